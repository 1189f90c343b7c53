/**
 * The one contract between the ingest (scripts/ingest.ts) and the app.
 * The ingest validates with these schemas before it writes; the app parses every response with them;
 * the tests use them too. No React, no DOM: this file must stay importable from Node.
 */
// zod/mini, not classic zod: the same parser at ~6 KB gzip instead of ~90 KB on the first-load path.
import * as z from 'zod/mini';

/** Bumped when the shape changes in a way an older app cannot read. */
export const DATA_VERSION = 1;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));

/** An absolute http(s) URL. Anything else (javascript:, data:, relative) is refused. */
export const safeUrlSchema = z.string().check(
  z.maxLength(2048),
  z.refine((value: string) => isSafeHttpUrl(value), 'expected an absolute http(s) URL'),
);

export function isSafeHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Markdown text with `$...$` inline math (already cleaned up by the ingest). */
const markdown = z.string();

export const periodSchema = z.object({
  /** The week's first day, e.g. 2025-10-20. */
  start: isoDate,
  /** The week's last day, e.g. 2025-10-26. */
  end: isoDate,
});

export const linkSchema = z.object({
  url: safeUrlSchema,
  /** What the link preview said, when the digest had one (HTML form); otherwise absent. */
  label: z.optional(z.string()),
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
  authors: z.array(z.string().check(z.minLength(1), z.maxLength(300))).check(z.maxLength(5000)),
  /** When version 1 appeared. */
  published: isoDate,
  /** e.g. cs.CL; null when arXiv named none. */
  primaryCategory: z.nullable(z.string().check(z.maxLength(40))),
  pdfUrl: safeUrlSchema,
});

export const paperSchema = z.object({
  /** Stable slug from the English title; unique within an issue. */
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug')),
  titleKo: z.string(),
  titleEn: z.string(),
  /** "논문 소개": one or more Markdown paragraphs separated by a blank line. */
  summary: markdown,
  abstractKo: markdown,
  abstractEn: markdown,
  /** "논문 링크": the paper itself (usually arXiv), when known. */
  paperUrl: z.nullable(safeUrlSchema),
  /** "더 읽어보기": further links, in digest order. */
  moreLinks: z.array(linkSchema),
  /** Parts the ingest expected but did not find (e.g. "abstractEn"). Empty for a complete paper. */
  missing: z.array(z.string()),
  /** The arXiv id in `paperUrl` (without version), when it is an arXiv, alphaXiv or Hugging Face link. */
  arxivId: z.optional(arxivIdSchema),
  /** arXiv's metadata when `paperUrl` is an arXiv paper the sync has looked up; absent otherwise. */
  arxiv: z.optional(arxivMetadataSchema),
});

export const highlightSchema = z.object({
  /** 1, 2, 3 as written by :one: :two: :three: in the digest. */
  number: z.int().check(z.positive()),
  title: z.string(),
  body: markdown,
  /** Ids of the papers this highlight names, in the order it names them. */
  paperIds: z.array(z.string()),
  /** Each name as written in `body` (e.g. "OptPipe", "Beyond Seeing") and the paper it points at, so the
   * reader can turn that exact text into a link. */
  mentions: z.array(z.object({ text: z.string().check(z.minLength(1)), paperId: z.string() })),
});

/** Some weeks carry a short per-paper list after the highlights. */
export const summaryItemSchema = z.object({
  text: markdown,
  /** The paper this line is about, when it could be matched. */
  paperId: z.nullable(z.string()),
});

export const issueSchema = z.object({
  version: z.literal(DATA_VERSION),
  /** The week's first day, e.g. 2025-10-20. */
  id: isoDate,
  title: z.string().check(z.minLength(1)),
  period: periodSchema,
  /** Forum URL of the post, when known. */
  source: z.nullable(safeUrlSchema),
  intro: markdown,
  highlights: z.array(highlightSchema),
  summaries: z.array(summaryItemSchema),
  papers: z.array(paperSchema),
  /** The forum's like count ("N개의 좋아요"), or null when the digest did not show one. */
  likes: z.nullable(z.int().check(z.nonnegative())),
  /** When the forum post was published (UTC, ISO 8601), for weeks read from the forum's API. */
  postedAt: z.optional(utcTimeSchema),
});

export const issueSummarySchema = z.object({
  id: isoDate,
  title: z.string().check(z.minLength(1)),
  period: periodSchema,
  paperCount: z.int().check(z.nonnegative()),
  likes: z.nullable(z.int().check(z.nonnegative())),
  /** The week's highlight titles, in order (for the archive). */
  highlights: z.array(z.string()),
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
