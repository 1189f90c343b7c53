/**
 * Reading a backup file: validate first (entry by entry, any known version), then say what a merge
 * would add, skip and reject. Pure; the store applies the merge.
 */
// NOTE: `migrate` is passed in by the store rather than imported, so this module (loaded only when a
// reader imports a backup) shares nothing with the store's chunk and stays off the first load.
import type { MigrationResult, Rejection } from './library-migrate';
import { MAX_LIBRARY_ENTRIES, type LibraryData, type LibraryEntry } from './library-schema';

export { MAX_LIBRARY_ENTRIES };

export type { Rejection } from './library-migrate';

/** Larger files are refused before parsing: a real library is a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function tooManyMessage(total: number): string {
  return `서재에는 논문을 ${MAX_LIBRARY_ENTRIES.toLocaleString('ko-KR')}편까지 담을 수 있어요. 이 백업을 더하면 ${total.toLocaleString('ko-KR')}편이 됩니다.`;
}

export type ImportReport =
  | {
      ok: true;
      added: number;
      skipped: number;
      rejected: Rejection[];
      /** Papers in the library once the backup is merged in. */
      total: number;
      notes: string[];
    }
  | { ok: false; error: string; added: 0; skipped: 0; rejected: Rejection[] };

export type ParsedBackup =
  | { ok: true; data: LibraryData; rejected: Rejection[]; notes: string[] }
  | { ok: false; error: string; rejected: Rejection[] };

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
    return {
      ok: false,
      error: '파일이 너무 큽니다 (5MB 이하의 서재 백업만 가져올 수 있어요).',
      rejected: [],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {
      ok: false,
      error: 'JSON 파일이 아닙니다. 이 사이트에서 내보낸 서재 백업(.json)을 골라 주세요.',
      rejected: [],
    };
  }
  try {
    const result = await migrateInSlices(raw, migrate);
    return { ok: true, data: result.data, rejected: result.rejected, notes: result.notes };
  } catch (error) {
    const detail =
      error instanceof Error && error.name === 'UnreadableLibraryError'
        ? ` (${error.message})`
        : '';
    return { ok: false, error: `서재 백업 형식이 아닙니다${detail}.`, rejected: [] };
  }
}

/** What merging `incoming` into `current` would do: a paper counts as added when it is new or
 * brings a mark that is not set yet; otherwise it is skipped. Linear in the size of both. */
export function countImport(
  current: LibraryData,
  incoming: LibraryData,
  rejected: Rejection[],
  notes: string[] = [],
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
