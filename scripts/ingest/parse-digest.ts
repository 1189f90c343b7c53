/**
 * A digest in, an issue out. The phases, in the order they run, each in its own file under digest/:
 *
 * 1. sidecar-file.ts      the optional `<digest>.links.json`, validated
 * 2. input-blocks.ts      the text copy or saved page as one list of blocks
 * 3. find-title-line.ts   the `[2025/10/20 ~ 26] …` line (title-line.ts reads it), repeats skipped
 * 4. block-roles.ts       what each block is: a section heading, a highlight, a caption, the footer
 * 5. paper-titles.ts      which lines open a paper (`한국어 제목 / English Title`)
 * 6. footer.ts            where the forum's footer starts, and the like count
 * 7. front-matter.ts      intro, highlights and the summary list before the first paper
 * 8. paper-sections.ts    each paper's blocks sorted into 소개 / 초록 / 링크 / 더 읽어보기
 *    missing-parts.ts, paper-links.ts, papers.ts: what each paper lacks, its links, its final fields
 *    field-limits.ts      (a paper's field over the schema's size limit is left out, and reported)
 * 9. highlights.ts        highlight titles and bodies, the papers they name, the summary list
 * 10. field-limits.ts     the issue's own fields over their size limits fail the week
 *
 * Every phase reports into one ProblemLog (problem-log.ts) with the file and line (or element).
 */
import { DATA_VERSION, describeSchemaError, issueSchema, type Issue } from '../../src/data/schema';
import { classifyBlock } from './digest/block-roles';
import { cleanMarkdown, cleanPlainText } from './digest/clean-fields';
import { checkFileNameDate, findTitleLine } from './digest/find-title-line';
import { reportOversizedIssueFields } from './digest/field-limits';
import { findFooterStart, readLikeCount } from './digest/footer';
import { readFrontMatter } from './digest/front-matter';
import { buildHighlights, buildSummaries, paperMatcher } from './digest/highlights';
import { readInputBlocks } from './digest/input-blocks';
import { createPaperLinker } from './digest/paper-links';
import { findPaperTitles } from './digest/paper-titles';
import { buildPapers, paperIds, readPaperDrafts } from './digest/papers';
import type { ParseOptions } from './digest/parse-options';
import { ProblemLog } from './digest/problem-log';
import { readSidecar } from './digest/sidecar-file';
import type { IngestProblem } from './problems';

export type { ParseOptions } from './digest/parse-options';

export interface ParseResult {
  /** Present when the file could be read as a digest and the result passed the schema. */
  issue?: Issue;
  /** Why there is no issue. Empty when `issue` is present. */
  errors: IngestProblem[];
  /** Everything a maintainer should look at; the issue is still written. Papers with a missing part
   * are listed here (and flagged in the paper's `missing`). */
  warnings: IngestProblem[];
}

/**
 * Reads one digest into an issue without validating it against the schema (parseDigest does that).
 * Split out so the benchmark can time parsing alone.
 */
export function readDigest(
  input: string,
  options: ParseOptions,
): { issue?: Issue; problems: ProblemLog } {
  const problems = new ProblemLog(options.fileName);
  const sidecar = readSidecar(options, problems);
  if (sidecar === null) return { problems };

  const { blocks, pageSource, pageLikes } = readInputBlocks(input, options, problems);
  const title = findTitleLine(blocks, problems);
  if (!title) return { problems };
  const { rest } = title;

  const roles = rest.map(classifyBlock);
  const paperTitles = findPaperTitles(rest, roles);
  const firstPaperTitle = paperTitles[0];
  if (firstPaperTitle === undefined) {
    problems.fail(
      rest[0] ?? title.block,
      'no-papers',
      "not a digest: no papers found (expected a line '한국어 제목 / English Title' followed by '논문 소개')",
    );
    return { problems };
  }
  const lastPaperTitle = paperTitles[paperTitles.length - 1] ?? firstPaperTitle;
  const footerStart = findFooterStart(roles, lastPaperTitle);
  const likes = readLikeCount(roles, pageLikes, options.forumPost?.likes);

  const front = readFrontMatter(rest, roles, firstPaperTitle, problems);

  const drafts = readPaperDrafts(rest, roles, paperTitles, footerStart, problems);
  const ids = paperIds(drafts);
  const papers = buildPapers(drafts, ids, createPaperLinker(sidecar, options, problems), problems);

  const matcher = paperMatcher(drafts, ids);
  const highlights = buildHighlights(front.highlights, matcher, problems);
  const summaries = buildSummaries(front.summaries, matcher, problems);

  checkFileNameDate(options.fileName, title, problems);

  const issue: Issue = {
    version: DATA_VERSION,
    id: title.line.period.start,
    title: cleanPlainText(title.line.title, title.block, problems),
    period: title.line.period,
    source: sidecar?.source ?? pageSource,
    intro: cleanMarkdown(front.intro, problems),
    highlights,
    summaries,
    papers,
    likes,
    ...(options.forumPost?.postedAt && { postedAt: options.forumPost.postedAt }),
  };
  reportOversizedIssueFields(issue, { titleBlock: title.block, front, drafts }, problems);
  return { issue, problems };
}

/**
 * A digest (text copy or saved HTML page) in, a validated issue out, with every problem named by file
 * and line/element. Pure, and never throws: anything unexpected becomes an `internal` error.
 */
export function parseDigest(input: string, options: ParseOptions): ParseResult {
  try {
    if (typeof input !== 'string') {
      return {
        errors: [
          { code: 'not-a-digest', file: options.fileName, message: 'not a digest: expected text' },
        ],
        warnings: [],
      };
    }
    const { issue, problems } = readDigest(input, options);
    // Papers are checked after they are all read; report in file order all the same.
    problems.warnings.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    if (!issue || problems.errors.length > 0)
      return { errors: problems.errors, warnings: problems.warnings };
    const checked = issueSchema.safeParse(issue);
    if (!checked.success) {
      problems.fail(
        undefined,
        'schema',
        `the result does not match the data schema: ${describeSchemaError(checked.error)}`,
      );
      return { errors: problems.errors, warnings: problems.warnings };
    }
    return { issue: checked.data, errors: [], warnings: problems.warnings };
  } catch (error) {
    return {
      errors: [
        {
          code: 'internal',
          file: options.fileName,
          message: `the ingest failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
      warnings: [],
    };
  }
}
