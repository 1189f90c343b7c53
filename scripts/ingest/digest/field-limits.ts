import { FIELD_LIMITS, type Issue, type Link, type Paper } from '../../../src/data/schema';
import type { Block } from '../blocks';
import type { FrontMatter } from './front-matter';
import { paperName, type PaperDraft } from './paper-sections';
import type { ProblemLog } from './problem-log';

/**
 * The schema's size limits (FIELD_LIMITS), checked here so that a field over its limit is reported at its
 * line with its length, instead of as one schema error for the whole file. Text is never cut: a shortened
 * abstract would misquote the paper, and the reader would not know.
 *
 * The same line as the app's: a paper's field over its limit is left out, listed in the paper's
 * `missing` and warned about, and the week is written; a field of the issue itself (title, intro,
 * highlights, summary list, too many papers) fails the week, whose earlier JSON stays as it was.
 */

const formatCount = (value: number) => value.toLocaleString('en-US');

function overLimit(field: string, size: number, max: number, unit = 'characters'): string {
  return `${field} is ${formatCount(size)} ${unit}, over the limit of ${formatCount(max)}`;
}

/** The block most likely to blame for a field that is too long: its longest. */
function longest(blocks: readonly Block[]): Block | undefined {
  let found: Block | undefined;
  for (const block of blocks) if (!found || block.text.length > found.text.length) found = block;
  return found;
}

const TEXT_FIELDS = [
  ['titleKo', FIELD_LIMITS.title],
  ['titleEn', FIELD_LIMITS.title],
  ['summary', FIELD_LIMITS.paperText],
  ['abstractKo', FIELD_LIMITS.paperText],
  ['abstractEn', FIELD_LIMITS.paperText],
] as const;

function blocksOf(draft: PaperDraft, field: (typeof TEXT_FIELDS)[number][0]): Block[] {
  if (field === 'titleKo' || field === 'titleEn') return [draft.header];
  return draft[field];
}

/** The paper with every field over its limit left out and listed in `missing`, each one reported. */
export function withholdOversizedFields(paper: Paper, draft: PaperDraft, log: ProblemLog): Paper {
  let out: Paper | undefined;
  const withhold = (field: string, problem: string, block: Block | undefined): Paper => {
    out ??= { ...paper, missing: [...paper.missing] };
    log.warn(
      block,
      'over-limit',
      `paper "${paperName(draft)}": ${problem}; left out and listed in 'missing'`,
    );
    if (!out.missing.includes(field)) out.missing.push(field);
    return out;
  };

  for (const [field, max] of TEXT_FIELDS) {
    const size = paper[field].length;
    if (size <= max) continue;
    const edited = withhold(field, overLimit(field, size, max), longest(blocksOf(draft, field)));
    edited[field] = '';
  }
  const linksHeading = draft.headings.get('links') ?? draft.header;
  if (paper.paperUrl !== null && paper.paperUrl.length > FIELD_LIMITS.url) {
    const problem = overLimit('paperUrl', paper.paperUrl.length, FIELD_LIMITS.url);
    const edited = withhold('paperUrl', problem, linksHeading);
    edited.paperUrl = null;
  }

  const moreHeading = draft.headings.get('more') ?? linksHeading;
  if (paper.moreLinks.length > FIELD_LIMITS.moreLinks) {
    const problem = overLimit('moreLinks', paper.moreLinks.length, FIELD_LIMITS.moreLinks, 'links');
    const edited = withhold('moreLinks', problem, moreHeading);
    edited.moreLinks = [];
    return edited;
  }
  const tooLong = (link: Link) =>
    link.url.length > FIELD_LIMITS.url || (link.label?.length ?? 0) > FIELD_LIMITS.linkLabel;
  if (!paper.moreLinks.some(tooLong)) return out ?? paper;
  const kept: Link[] = [];
  for (const link of paper.moreLinks) {
    if (link.url.length > FIELD_LIMITS.url) {
      withhold(
        'moreLinks',
        overLimit('a moreLinks url', link.url.length, FIELD_LIMITS.url),
        moreHeading,
      );
    } else if (link.label !== undefined && link.label.length > FIELD_LIMITS.linkLabel) {
      // The link still works without the preview's title; nothing the reader needs is lost.
      log.warn(
        moreHeading,
        'over-limit',
        `paper "${paperName(draft)}": ${overLimit('a moreLinks label', link.label.length, FIELD_LIMITS.linkLabel)}; the link is kept without it`,
      );
      kept.push({ url: link.url });
    } else {
      kept.push(link);
    }
  }
  out ??= { ...paper };
  out.moreLinks = kept;
  return out;
}

export interface IssueSources {
  titleBlock: Block;
  front: FrontMatter;
  drafts: readonly PaperDraft[];
}

/** Fails the week for each field of the issue itself that is over its limit. */
export function reportOversizedIssueFields(
  issue: Issue,
  { titleBlock, front, drafts }: IssueSources,
  log: ProblemLog,
): void {
  const check = (
    field: string,
    size: number,
    max: number,
    block: Block | undefined,
    unit?: string,
  ) => {
    if (size > max)
      log.fail(
        block,
        'over-limit',
        `${overLimit(field, size, max, unit)}; the week is not written`,
      );
  };

  check('title', issue.title.length, FIELD_LIMITS.title, titleBlock);
  if (issue.source !== null) check('source', issue.source.length, FIELD_LIMITS.url, undefined);
  check('intro', issue.intro.length, FIELD_LIMITS.issueText, longest(front.intro));
  check(
    'highlights',
    issue.highlights.length,
    FIELD_LIMITS.highlights,
    front.highlights[FIELD_LIMITS.highlights]?.block,
    'highlights',
  );
  issue.highlights.forEach((highlight, index) => {
    const draft = front.highlights[index];
    const label = `highlight ${highlight.number}`;
    check(`${label} title`, highlight.title.length, FIELD_LIMITS.title, draft?.block);
    const bodyBlocks = draft ? [draft.block, ...draft.extra] : [];
    check(`${label} body`, highlight.body.length, FIELD_LIMITS.issueText, longest(bodyBlocks));
  });
  check(
    'summaries',
    issue.summaries.length,
    FIELD_LIMITS.papers,
    front.summaries[FIELD_LIMITS.papers],
    'lines',
  );
  issue.summaries.forEach((summary, index) => {
    const field = `summaries line ${index + 1}`;
    check(field, summary.text.length, FIELD_LIMITS.issueText, front.summaries[index]);
  });
  check(
    'papers',
    issue.papers.length,
    FIELD_LIMITS.papers,
    drafts[FIELD_LIMITS.papers]?.header,
    'papers',
  );
}
