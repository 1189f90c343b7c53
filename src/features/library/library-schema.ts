/**
 * The stored shape of the reader's library (likes, bookmarks, reading marks) and of its backups.
 * No React, no DOM: the store and the import code validate with these on every read and write.
 */
// zod/mini: the store is on the first-load path (its buttons sit on every paper card).
import * as z from 'zod/mini';
import { ISSUE_ID_PATTERN } from '../../data/issue-id';
import { MAX_CITED_AUTHORS, safeUrlSchema, type Paper } from '../../data/schema';

export const LIBRARY_VERSION = 1;

/** An ISO timestamp as written by `Date#toISOString`. */
const timestamp = z.iso.datetime({ offset: true });
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a lowercase slug'));
export const issueIdSchema = z
  .string()
  .check(z.regex(ISSUE_ID_PATTERN, 'expected an issue id as YYYY-MM-DD'));

/**
 * Enough of a paper to list and link it without its issue's JSON (which may be slow or missing).
 */
/** Longest titles the library keeps (a stored copy only needs enough to list the paper). */
export const MAX_ISSUE_TITLE = 500;
export const MAX_PAPER_TITLE = 1000;
/**
 * The most papers the library holds. localStorage gives an origin about 5 MB; 20,000 papers with short
 * titles take about that much, and no reader saves more in years of weekly issues.
 */
export const MAX_LIBRARY_ENTRIES = 20_000;

/** Enough authors for any citation; a collaboration's thousand names are cut, not refused. */
export const MAX_AUTHORS = MAX_CITED_AUTHORS;
export const MAX_AUTHOR = 200;

export const savedPaperSchema = z.object({
  issueId: issueIdSchema,
  issueTitle: z.string().check(z.maxLength(MAX_ISSUE_TITLE)),
  paperId: slug,
  titleKo: z.string().check(z.maxLength(MAX_PAPER_TITLE)),
  titleEn: z.string().check(z.maxLength(MAX_PAPER_TITLE)),
  paperUrl: z.nullable(safeUrlSchema),
  /** When the paper first entered the library (any mark). */
  savedAt: timestamp,
  /** arXiv's author list, when the issue carried it (for citations); absent in older saves. */
  authors: z.optional(
    z.array(z.string().check(z.maxLength(MAX_AUTHOR))).check(z.maxLength(MAX_AUTHORS)),
  ),
  /** arXiv's first published date (YYYY-MM-DD), when known. */
  published: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'))),
});

/** One paper and the reader's marks on it; a mark is the time it was set, or null. */
export const libraryEntrySchema = z.object({
  paper: savedPaperSchema,
  likedAt: z.nullable(timestamp),
  bookmarkedAt: z.nullable(timestamp),
  readAt: z.nullable(timestamp),
});

export const issueLikeSchema = z.object({ likedAt: timestamp });

export const libraryDataSchema = z.object({
  version: z.literal(LIBRARY_VERSION),
  /** Keyed by `paperKey(issueId, paperId)`. */
  papers: z.record(z.string(), libraryEntrySchema),
  /** The reader's own like of a whole issue (the forum's count is per issue), keyed by issue id. */
  issueLikes: z.record(issueIdSchema, issueLikeSchema),
});

export type SavedPaper = z.infer<typeof savedPaperSchema>;
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;
export type LibraryData = z.infer<typeof libraryDataSchema>;
export type PaperMark = 'like' | 'bookmark' | 'read';

export function paperKey(issueId: string, paperId: string): string {
  return `${issueId}/${paperId}`;
}

export function emptyLibrary(): LibraryData {
  return { version: LIBRARY_VERSION, papers: {}, issueLikes: {} };
}

/**
 * One saved paper in the shape before versioning (v0): flat lists per mark, one title, no mark times.
 * Kept so that `migrate` has a real older shape to prove its path on.
 */
export const libraryV0PaperSchema = z.object({
  issueId: issueIdSchema,
  paperId: slug,
  title: z.string(),
  titleKo: z.optional(z.string()),
  url: z.optional(z.nullable(safeUrlSchema)),
  savedAt: z.optional(timestamp),
});
export interface LibraryV0 {
  version?: 0;
  liked?: z.input<typeof libraryV0PaperSchema>[];
  bookmarked?: z.input<typeof libraryV0PaperSchema>[];
  read?: z.input<typeof libraryV0PaperSchema>[];
}

/** How a paper on a reading page is saved: its titles clipped to what the schema accepts. */
export function toSavedPaper(issue: { id: string; title: string }, paper: Paper): SavedPaper {
  // NOTE: issue JSON has no length limit; an over-long title must never make a save fail validation,
  // which would keep every later change from being written.
  return {
    issueId: issue.id,
    issueTitle: clip(issue.title, MAX_ISSUE_TITLE),
    paperId: paper.id,
    titleKo: clip(paper.titleKo, MAX_PAPER_TITLE),
    titleEn: clip(paper.titleEn, MAX_PAPER_TITLE),
    paperUrl: paper.paperUrl,
    savedAt: new Date().toISOString(),
    ...(paper.arxiv && {
      authors: paper.arxiv.authors.slice(0, MAX_AUTHORS).map((name) => clip(name, MAX_AUTHOR)),
      published: paper.arxiv.published,
    }),
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
