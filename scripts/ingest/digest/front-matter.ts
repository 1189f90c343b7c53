import { plainText, type Block } from '../blocks';
import type { Role } from './block-roles';
import type { ProblemLog } from './problem-log';

export interface HighlightDraft {
  number: number;
  block: Block;
  /** The highlight's text after its number emoji. */
  rest: string;
  /** Paragraphs that follow it before the next highlight. */
  extra: Block[];
}

/** What stands between the title line and the first paper. */
export interface FrontMatter {
  intro: Block[];
  highlights: HighlightDraft[];
  /** The optional per-paper summary list after the highlights, one block per line. */
  summaries: Block[];
}

const SUMMARY_LABEL = /(요약|정리|한\s*줄|목록|논문\s*별|summary|summaries|tl;?\s*dr)/i;

/** Intro, highlights and the optional summary list, from the blocks before the first paper title. */
export function readFrontMatter(
  blocks: readonly Block[],
  roles: readonly Role[],
  firstPaperTitle: number,
  log: ProblemLog,
): FrontMatter {
  const intro: Block[] = [];
  const highlights: HighlightDraft[] = [];
  const summaries: Block[] = [];
  let zone: 'intro' | 'highlights' | 'summaries' = 'intro';
  blocks.slice(0, firstPaperTitle).forEach((block, index) => {
    const role = roles[index];
    if (!role || role.type === 'caption') return;
    if (role.type === 'highlight') {
      highlights.push({ number: role.number, block, rest: role.rest, extra: [] });
      zone = 'highlights';
      return;
    }
    if (role.type === 'section') {
      log.warn(
        block,
        'section-order',
        `'${block.text}' before the first paper is ignored (expected a line '한국어 제목 / English Title' before it)`,
      );
      return;
    }
    if (role.type !== 'text') {
      log.warn(block, 'ignored', 'a forum footer line before the first paper is ignored');
      return;
    }
    if (block.kind === 'link-preview') {
      log.warn(block, 'ignored', 'a link preview before the first paper is ignored');
      return;
    }
    const last = highlights[highlights.length - 1];
    if (zone === 'intro' || !last) {
      intro.push(block);
    } else if (block.kind === 'list-item' || zone === 'summaries') {
      summaries.push(block);
      zone = 'summaries';
    } else if (plainText(block.text).length <= 40 && SUMMARY_LABEL.test(block.text)) {
      zone = 'summaries';
    } else {
      log.warn(block, 'ignored', `text after highlight ${last.number} is read as part of it`);
      last.extra.push(block);
    }
  });
  if (highlights.length === 0) {
    log.warn(
      blocks[0],
      'missing-part',
      "no highlights (expected ':one:' … paragraphs before the first paper)",
    );
  }
  highlights.forEach((draft, index) => {
    if (draft.number !== index + 1) {
      log.warn(
        draft.block,
        'section-order',
        `highlight ${draft.number} where ${index + 1} was expected`,
      );
    }
  });
  return { intro, highlights, summaries };
}
