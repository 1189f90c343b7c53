/**
 * The one contract between the ingest (scripts/ingest.ts) and the app.
 * The ingest validates with these schemas before it writes; the app parses every response with them;
 * the tests use them too. No React, no DOM: this file must stay importable from Node.
 */
// zod/mini, not classic zod: the same parser at ~6 KB gzip instead of ~90 KB on the first-load path.
import * as z from 'zod/mini';

/** Bumped when the shape changes in a way an older app cannot read. */
export const DATA_VERSION = 1;

// The limits, one name each; FIELD_LIMITS below gathers them for the ingest, the tests and the docs.
// NOTE: plain constants rather than reads of FIELD_LIMITS, so the app's bundle carries only the numbers
// (the object is left out of it): this file is on the way to a reader's first content, byte-counted.
const TITLE = 1_000;
const PAPER_TEXT = 100_000;
const ISSUE_TEXT = 20_000;
const URL_LENGTH = 2_048;
const PAPERS = 500;
const HIGHLIGHTS = 50;
const MORE_LINKS = 100;
const MENTIONS = 1_000;
const MISSING_PARTS = 20;
const AUTHOR_NAME = 300;
const AUTHORS = 5_000;
const ARXIV_CATEGORY = 40;

/**
 * The most each field may hold, in JavaScript string length (UTF-16 code units) or list entries. Generous
 * for real digests (a real abstract is a few thousand characters, a week has about ten papers) but bounded:
 * a broken copy, such as a 1 MB unbroken word, is refused here instead of freezing a phone that renders it.
 * The ingest reports a field over its limit at its line; the app marks the paper (or refuses the issue).
 * docs/data-format.md lists which field has which limit.
 */
export const FIELD_LIMITS = {
  /** The issue's title, a paper's titles, a highlight's title (and the index's copies of them). */
  title: TITLE,
  /** A paper's 논문 소개 and each of its abstracts. */
  paperText: PAPER_TEXT,
  /** The intro, a highlight's body, a line of the summary list. */
  issueText: ISSUE_TEXT,
  url: URL_LENGTH,
  /** What a link preview says of the page: a title's room. */
  linkLabel: TITLE,
  /** A paper's id, the ids that point at one, a `missing` entry. Today's slugs are at most ~65 characters,
   * but earlier data made them from whole titles (over 100), so an id gets a title's room. */
  id: TITLE,
  papers: PAPERS,
  highlights: HIGHLIGHTS,
  /** Further links (더 읽어보기) under one paper. */
  moreLinks: MORE_LINKS,
  /** Names one highlight links to papers. */
  mentions: MENTIONS,
  /** Entries of a paper's `missing` list. */
  missingParts: MISSING_PARTS,
  /** As `npm run sync` keeps them from arXiv (scripts/sync/arxiv.ts): a collaboration lists thousands. */
  authorName: AUTHOR_NAME,
  authors: AUTHORS,
  arxivCategory: ARXIV_CATEGORY,
} as const;

// The path (which describeSchemaError prints before the message) names the field: "papers.1.abstractEn:
// too long: at most 100000 characters". The message never quotes the input: it may be the megabyte.
// NOTE: a fixed message per check, plain digits: naming the field and the size in the message itself
// would cost ~150 bytes gzip on the first-content path (scripts/budget-limits.ts).
/** At most `max` characters (a string) or entries (a list). */
const atMost = (max: number, unit: string) => z.maxLength(max, `too long: at most ${max} ${unit}`);
/** A string of at most `max` characters. */
const maxChars = (max: number) => atMost(max, 'characters');
/** A list of at most `max` entries. */
const maxEntries = (max: number) => atMost(max, 'entries');

/** Text of at most `max` characters. */
const text = (max: number) => z.string().check(maxChars(max));
const title = text(TITLE);
/** A slug or other short name the data points with: a title's room (see FIELD_LIMITS.id). */
const id = title;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

/** An absolute http(s) URL. Anything else (javascript:, data:, relative) is refused. */
export const safeUrlSchema = z
  .string()
  .check(maxChars(URL_LENGTH), z.refine(isSafeHttpUrl, 'expected an absolute http(s) URL'));

export function isSafeHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Markdown text with `$...$` inline math (already cleaned up by the ingest), of at most `max` characters. */
const markdown = text;

export const periodSchema = z.object({
  /** The week's first day, e.g. 2025-10-20. */
  start: isoDate,
  /** The week's last day, e.g. 2025-10-26. */
  end: isoDate,
});

export const linkSchema = z.object({
  url: safeUrlSchema,
  /** What the link preview said, when the digest had one (HTML form); otherwise absent. */
  label: z.optional(title),
});

/** How many authors a citation names (the library's saves, Zotero's tags): a collaboration's thousand names are cut. */
export const MAX_CITED_AUTHORS = 100;

/** A moment as `Date.toISOString` writes it (UTC, milliseconds), e.g. 2025-10-27T01:32:10.000Z. */
export const utcTimeSchema = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'expected a UTC time'));

/** An arXiv id without its version: 2510.13928, or an old-style hep-th/9901001 (src/lib/arxiv-id.ts reads them from links). */
export const arxivIdSchema = z
  .string()
  .check(
    z.regex(
      /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})$/,
      'expected an arXiv id such as 2510.13928',
    ),
  );

/** What arXiv's API says of a paper (filled by `npm run sync`; absent for a paper not on arXiv). */
export const arxivMetadataSchema = z.object({
  /** Without its version, e.g. 2510.13928. */
  id: arxivIdSchema,
  /** In arXiv's order, as arXiv spells them. */
  authors: z
    .array(z.string().check(z.minLength(1), maxChars(AUTHOR_NAME)))
    .check(maxEntries(AUTHORS)),
  /** When version 1 appeared. */
  published: isoDate,
  /** e.g. cs.CL; null when arXiv named none. */
  primaryCategory: z.nullable(text(ARXIV_CATEGORY)),
  pdfUrl: safeUrlSchema,
});

export const paperSchema = z.object({
  /** Stable slug from the English title; unique within an issue. */
  id: z
    .string()
    .check(maxChars(TITLE), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug')),
  titleKo: title,
  titleEn: title,
  /** "논문 소개": one or more Markdown paragraphs separated by a blank line. */
  summary: markdown(PAPER_TEXT),
  abstractKo: markdown(PAPER_TEXT),
  abstractEn: markdown(PAPER_TEXT),
  /** "논문 링크": the paper itself (usually arXiv), when known. */
  paperUrl: z.nullable(safeUrlSchema),
  /** "더 읽어보기": further links, in digest order. */
  moreLinks: z.array(linkSchema).check(maxEntries(MORE_LINKS)),
  /** Parts the ingest expected but did not find, or found over their size limit and left out (e.g.
   * "abstractEn"). Empty for a complete paper. */
  missing: z.array(id).check(maxEntries(MISSING_PARTS)),
  /** The arXiv id in `paperUrl` (without version), when it is an arXiv, alphaXiv or Hugging Face link. */
  arxivId: z.optional(arxivIdSchema),
  /** arXiv's metadata when `paperUrl` is an arXiv paper the sync has looked up; absent otherwise. */
  arxiv: z.optional(arxivMetadataSchema),
});

export const highlightSchema = z.object({
  /** 1, 2, 3 as written by :one: :two: :three: in the digest. */
  number: z.int().check(z.positive()),
  title: title,
  body: markdown(ISSUE_TEXT),
  /** Ids of the papers this highlight names, in the order it names them. */
  paperIds: z.array(id).check(maxEntries(PAPERS)),
  /** Each name as written in `body` (e.g. "OptPipe", "Beyond Seeing") and the paper it points at, so the
   * reader can turn that exact text into a link. */
  mentions: z
    .array(
      z.object({
        text: z.string().check(z.minLength(1), maxChars(TITLE)),
        paperId: id,
      }),
    )
    .check(maxEntries(MENTIONS)),
});

/** Some weeks carry a short per-paper list after the highlights. */
export const summaryItemSchema = z.object({
  text: markdown(ISSUE_TEXT),
  /** The paper this line is about, when it could be matched. */
  paperId: z.nullable(id),
});

export const issueSchema = z.object({
  version: z.literal(DATA_VERSION),
  /** The week's first day, e.g. 2025-10-20. */
  id: isoDate,
  title: z.string().check(z.minLength(1), maxChars(TITLE)),
  period: periodSchema,
  /** Forum URL of the post, when known. */
  source: z.nullable(safeUrlSchema),
  intro: markdown(ISSUE_TEXT),
  highlights: z.array(highlightSchema).check(maxEntries(HIGHLIGHTS)),
  summaries: z.array(summaryItemSchema).check(maxEntries(PAPERS)),
  papers: z.array(paperSchema).check(maxEntries(PAPERS)),
  /** The forum's like count ("N개의 좋아요"), or null when the digest did not show one. */
  likes: z.nullable(z.int().check(z.nonnegative())),
  /** When the forum post was published (UTC, ISO 8601), for weeks read from the forum's API. */
  postedAt: z.optional(utcTimeSchema),
});

/**
 * An issue's paper list checked only for its length (as many papers as an issue may hold), for readers
 * that then check each paper on its own (src/features/issues/parse-issue.ts).
 */
export const paperListSchema = z.array(z.unknown()).check(maxEntries(PAPERS));

export const issueSummarySchema = z.object({
  id: isoDate,
  title: z.string().check(z.minLength(1), maxChars(TITLE)),
  period: periodSchema,
  paperCount: z.int().check(z.nonnegative()),
  likes: z.nullable(z.int().check(z.nonnegative())),
  /** The week's highlight titles, in order (for the archive). */
  highlights: z.array(title).check(maxEntries(HIGHLIGHTS)),
});

export const issueIndexSchema = z.object({
  version: z.literal(DATA_VERSION),
  /** Newest first. */
  issues: z.array(issueSummarySchema),
});

export type Period = z.infer<typeof periodSchema>;
export type Link = z.infer<typeof linkSchema>;
export type ArxivMetadata = z.infer<typeof arxivMetadataSchema>;
export type Paper = z.infer<typeof paperSchema>;
export type Highlight = z.infer<typeof highlightSchema>;
export type SummaryItem = z.infer<typeof summaryItemSchema>;
export type Issue = z.infer<typeof issueSchema>;
export type IssueSummary = z.infer<typeof issueSummarySchema>;
export type IssueIndex = z.infer<typeof issueIndexSchema>;

// Kept in its own zod-free module so fetch-json.ts can use it without pulling zod onto the first load.
// (With its extension: scripts/prerender.ts reaches this file from vite.config.ts, whose loader needs it.)
export { describeSchemaError } from './describe-schema-error.ts';

/** What the index says of an issue: the ingest writes it, tests build their indexes with it. */
export function issueSummary(issue: Issue): IssueSummary {
  return {
    id: issue.id,
    title: issue.title,
    period: issue.period,
    paperCount: issue.papers.length,
    likes: issue.likes,
    highlights: issue.highlights.map((highlight) => highlight.title),
  };
}
