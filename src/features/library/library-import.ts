/**
 * Reading a backup file: validate first (entry by entry, any known version), then say what a merge
 * would add, skip and reject. Pure; the store applies the merge.
 */
// NOTE: `migrate` is passed in by the store rather than imported, so this module (loaded only when a
// reader imports a backup) shares nothing with the store's chunk and stays off the first load.
import type { MigrationResult, Rejection } from './library-migrate';
import {
  LIBRARY_VERSION,
  MAX_LIBRARY_ENTRIES,
  issueLikeSchema,
  libraryEntrySchema,
  libraryV0PaperSchema,
  type LibraryData,
  type LibraryEntry,
} from './library-schema';

export { MAX_LIBRARY_ENTRIES };

/**
 * What was wrong with an entry the import left out, for the reader (the library page words it in
 * their language): the fields at fault (none: the entry as a whole), a value that should hold entries
 * but does not, a week's like under a key that is not a date, or a version this app does not know.
 */
export type RejectionProblem = string[] | 'not-a-list' | 'issue-id' | 'version';

/** `migrate`'s rejection (its `reason` in English, for developers) and the reader's `problem`. */
export interface ImportRejection extends Rejection {
  problem: RejectionProblem;
}

/** Larger files are refused before parsing: a real library is a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * Why nothing was imported. Facts only: the library page words them in the reader's language
 * (library-page-text.ts), so no message here is tied to one language.
 */
export type ImportProblem =
  | { kind: 'too-big' }
  | { kind: 'not-json' }
  /** `why`: the input is no object at all, has neither a version nor v0's lists, or has a version
   * this app does not know (null: something else went wrong reading it). */
  | { kind: 'not-library'; why: 'not-object' | 'no-version' | 'bad-version' | null }
  /** The merge would hold `total` papers, more than MAX_LIBRARY_ENTRIES. */
  | { kind: 'too-many'; total: number };

/** What the reader should know that excluded nothing: a backup made by a newer version of the app,
 * read as this one's. */
export type ImportNote = { kind: 'newer-version'; version: number };

export type ImportReport =
  | {
      ok: true;
      added: number;
      skipped: number;
      rejected: ImportRejection[];
      /** Papers in the library once the backup is merged in. */
      total: number;
      notes: ImportNote[];
    }
  | { ok: false; error: ImportProblem; added: 0; skipped: 0; rejected: ImportRejection[] };

export type ParsedBackup =
  | { ok: true; data: LibraryData; rejected: ImportRejection[]; notes: ImportNote[] }
  | { ok: false; error: ImportProblem; rejected: ImportRejection[] };

/** Lets the page paint and answer input between slices of a long validation. */
const pause = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

const SLICE = 1000;

/**
 * `migrate`, a slice of papers at a time with a pause between slices, so that validating a backup of
 * thousands of papers never holds the page for long. Each slice is a library of its own; their papers
 * and findings add up to what one call would give.
 */
type Migrate = (raw: unknown) => MigrationResult;

async function migrateInSlices(raw: unknown, migrate: Migrate): Promise<MigrationResult> {
  const papers = (raw as { papers?: unknown } | null)?.papers;
  const entries = papers && typeof papers === 'object' ? Object.entries(papers) : [];
  if (entries.length <= SLICE) return migrate(raw);
  const whole = raw as Record<string, unknown>;
  let result: MigrationResult | undefined;
  for (let start = 0; start < entries.length; start += SLICE) {
    if (start > 0) await pause();
    const slice = migrate({
      ...whole,
      papers: Object.fromEntries(entries.slice(start, start + SLICE)),
      issueLikes: start === 0 ? whole.issueLikes : {},
    });
    if (!result) result = slice;
    else {
      Object.assign(result.data.papers, slice.data.papers);
      result.rejected.push(...slice.rejected.filter((r) => r.where !== 'version'));
    }
  }
  return result as MigrationResult;
}

/** Validates a backup (of this or an older version) entry by entry, a slice at a time. */
export async function parseBackup(text: string, migrate: Migrate): Promise<ParsedBackup> {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: { kind: 'too-big' }, rejected: [] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { kind: 'not-json' }, rejected: [] };
  }
  try {
    const result = await migrateInSlices(raw, migrate);
    const notes: ImportNote[] =
      result.from !== null && result.from > LIBRARY_VERSION
        ? [{ kind: 'newer-version', version: result.from }]
        : [];
    const rejected = result.rejected.map((r) => ({ ...r, problem: problemOf(raw, r.where) }));
    return { ok: true, data: result.data, rejected, notes };
  } catch (error) {
    const known = error instanceof Error && error.name === 'UnreadableLibraryError';
    return {
      ok: false,
      error: { kind: 'not-library', why: known ? whyNot(raw) : null },
      rejected: [],
    };
  }
}

/**
 * The reader's side of a rejection at `where` (`version`, `papers`, `papers.<key>`, `issueLikes.<id>`,
 * v0's `liked.<index>`…). `migrate` words its reasons in English for the kept-aside copy; rather than
 * carry a second form of each through the store (on every reading page's first load), the import,
 * loaded only when a reader imports, validates the few rejected values again.
 */
function problemOf(raw: unknown, where: string): RejectionProblem {
  if (where === 'version') return 'version';
  const dot = where.indexOf('.');
  if (dot < 0) return 'not-a-list';
  const list = where.slice(0, dot);
  const key = where.slice(dot + 1);
  const holder = (raw as Record<string, unknown>)[list];
  const value =
    typeof holder === 'object' && holder !== null && Object.hasOwn(holder, key)
      ? (holder as Record<string, unknown>)[key]
      : undefined;
  const schema =
    list === 'papers'
      ? libraryEntrySchema
      : list === 'issueLikes'
        ? issueLikeSchema
        : libraryV0PaperSchema;
  const parsed = schema.safeParse(value);
  if (parsed.success) return list === 'issueLikes' ? 'issue-id' : [];
  return parsed.error.issues
    .slice(0, 2)
    .map((issue) => issue.path.join('.'))
    .filter(Boolean);
}

/** Why `migrate` could not read `raw` as a library (it throws only for these three). */
function whyNot(raw: unknown): 'not-object' | 'no-version' | 'bad-version' {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'not-object';
  return 'version' in raw ? 'bad-version' : 'no-version';
}

/** What merging `incoming` into `current` would do: a paper counts as added when it is new or
 * brings a mark that is not set yet; otherwise it is skipped. Linear in the size of both. */
export function countImport(
  current: LibraryData,
  incoming: LibraryData,
  rejected: ImportRejection[],
  notes: ImportNote[] = [],
): ImportReport {
  let added = 0;
  let skipped = 0;
  let total = Object.keys(current.papers).length;
  for (const [key, entry] of Object.entries(incoming.papers)) {
    const before = current.papers[key];
    if (!before) total += 1;
    if (!before || marksOf(before) !== marksOf(unionOfMarks(before, entry))) added += 1;
    else skipped += 1;
  }
  for (const issueId of Object.keys(incoming.issueLikes)) {
    if (issueId in current.issueLikes) skipped += 1;
    else added += 1;
  }
  return { ok: true, added, skipped, rejected, total, notes };
}

/** The marks a merge leaves (a mark set in either stays set), as library-ops' merge decides. */
function unionOfMarks(ours: LibraryEntry, theirs: LibraryEntry): LibraryEntry {
  return {
    ...ours,
    likedAt: ours.likedAt ?? theirs.likedAt,
    bookmarkedAt: ours.bookmarkedAt ?? theirs.bookmarkedAt,
    readAt: ours.readAt ?? theirs.readAt,
  };
}

function marksOf(entry: LibraryEntry | undefined): string {
  return entry ? `${!!entry.likedAt}${!!entry.bookmarkedAt}${!!entry.readAt}` : '';
}
