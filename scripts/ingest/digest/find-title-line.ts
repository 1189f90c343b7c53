import { plainText, type Block } from '../blocks';
import type { ProblemLog } from './problem-log';
import { parseTitleLine, type TitleLine } from './title-line';

export interface FoundTitleLine {
  block: Block;
  line: TitleLine;
  /** The blocks after the title line and its repeats. */
  rest: Block[];
}

/** The title line near the top (what comes before it is reported and skipped), or an error. */
export function findTitleLine(
  blocks: readonly Block[],
  log: ProblemLog,
): FoundTitleLine | undefined {
  if (blocks.length === 0) {
    log.fail(undefined, 'not-a-digest', 'not a digest: the file has no text');
    return undefined;
  }
  const found = locateTitleLine(blocks, log);
  if (!found) return undefined;
  const block = blocks[found.index] as Block;
  for (const skipped of blocks.slice(0, found.index))
    log.warn(skipped, 'ignored', 'text before the title line is ignored');
  return {
    block,
    line: found.line,
    rest: skipRepeatedTitleLines(blocks.slice(found.index + 1), block, found.line, log),
  };
}

function locateTitleLine(
  blocks: readonly Block[],
  log: ProblemLog,
): { index: number; line: TitleLine } | undefined {
  for (let index = 0; index < Math.min(blocks.length, 6); index++) {
    const block = blocks[index];
    if (!block) continue;
    const result = parseTitleLine(plainText(block.text));
    if (result === undefined) continue;
    if (!result.ok) {
      log.fail(block, 'period', `expected a period like '[2025/10/20 ~ 26]': ${result.reason}`);
      return undefined;
    }
    return { index, line: result.value };
  }
  log.fail(
    blocks[0],
    'not-a-digest',
    "not a digest: expected a title line like '[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음' at the top",
  );
  return undefined;
}

/** The forum page repeats the title line (topic heading, then the post); any copies are skipped. */
function skipRepeatedTitleLines(
  after: Block[],
  titleBlock: Block,
  title: TitleLine,
  log: ProblemLog,
): Block[] {
  let rest = after;
  while (
    rest[0] &&
    (rest[0].text === titleBlock.text || parseTitleLine(plainText(rest[0].text))?.ok === true)
  ) {
    const repeat = parseTitleLine(plainText(rest[0].text));
    if (repeat?.ok && repeat.value.period.start !== title.period.start) {
      log.warn(
        rest[0],
        'period',
        `a second title line names another period (${repeat.value.period.start}); the first one is used`,
      );
    }
    rest = rest.slice(1);
  }
  return rest;
}

/** A file named for another week than its title line is most likely a copy saved under the wrong name. */
export function checkFileNameDate(fileName: string, title: FoundTitleLine, log: ProblemLog): void {
  const fileDate = /(\d{4}-\d{2}-\d{2})[^/\\]*$/.exec(fileName)?.[1];
  if (fileDate !== undefined && fileDate !== title.line.period.start) {
    log.warn(
      title.block,
      'period',
      `the file is named for ${fileDate} but the digest's period starts ${title.line.period.start}`,
    );
  }
}
