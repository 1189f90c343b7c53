/**
 * Reading a backup file: validate first (entry by entry, any known version), then say what a merge
 * would add, skip and reject. Pure; the store applies the merge.
 */
import { migrate, UnreadableLibraryError, type Rejection } from './library-migrate';
import { emptyLibrary, type LibraryData, type LibraryEntry } from './library-schema';
import { mergeLibraries } from './library-ops';

export type { Rejection } from './library-migrate';

/** Larger files are refused before parsing: a real library is a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export type ImportReport =
  | { ok: true; added: number; skipped: number; rejected: Rejection[] }
  | { ok: false; error: string; added: 0; skipped: 0; rejected: Rejection[] };

export type ParsedBackup =
  | { ok: true; data: LibraryData; rejected: Rejection[] }
  | { ok: false; error: string; rejected: Rejection[] };

/** Validates a backup (of this or an older version) entry by entry. */
export function parseBackup(text: string): ParsedBackup {
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
    const result = migrate(raw);
    return { ok: true, data: result.data, rejected: result.rejected };
  } catch (error) {
    const detail = error instanceof UnreadableLibraryError ? ` (${error.message})` : '';
    return { ok: false, error: `서재 백업 형식이 아닙니다${detail}.`, rejected: [] };
  }
}

/** What merging `incoming` into `current` would do: a paper counts as added when it is new or
 * brings a mark that is not set yet; otherwise it is skipped. */
export function countImport(
  current: LibraryData,
  incoming: LibraryData,
  rejected: Rejection[],
): ImportReport {
  let added = 0;
  let skipped = 0;
  for (const [key, entry] of Object.entries(incoming.papers)) {
    const single = { ...emptyLibrary(), papers: { [key]: entry } };
    const merged = mergeLibraries(current, single);
    const before = current.papers[key];
    const after = merged.papers[key];
    if (!before || marksOf(before) !== marksOf(after)) added += 1;
    else skipped += 1;
  }
  for (const issueId of Object.keys(incoming.issueLikes)) {
    if (issueId in current.issueLikes) skipped += 1;
    else added += 1;
  }
  return { ok: true, added, skipped, rejected };
}

function marksOf(entry: LibraryEntry | undefined): string {
  return entry ? `${!!entry.likedAt}${!!entry.bookmarkedAt}${!!entry.readAt}` : '';
}
