/**
 * Untrusted library JSON (a stored value of any age, or an imported backup) in, valid v1 data out.
 * Whatever cannot be read is reported, entry by entry, never silently dropped: the caller keeps the raw
 * text aside and tells the reader.
 */
import type * as z from 'zod/mini';
import {
  LIBRARY_VERSION,
  emptyLibrary,
  issueLikeSchema,
  libraryDataSchema,
  libraryEntrySchema,
  issueIdSchema,
  libraryV0PaperSchema,
  paperKey,
  savedPaperSchema,
  type LibraryData,
  type LibraryEntry,
} from './library-schema';

export interface Rejection {
  /** Where in the input, e.g. `papers.2025-10-20/x` or `bookmarked.3`. */
  where: string;
  reason: string;
}

export interface MigrationResult {
  data: LibraryData;
  /** The version the input claimed; `null` when it had none (v0). */
  from: number | null;
  rejected: Rejection[];
  /** What the reader should know that excluded nothing, e.g. a backup made by a newer version. */
  notes: string[];
}

export class UnreadableLibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableLibraryError';
  }
}

/** Brings any known shape up to v1, keeping every entry that validates on its own. Throws
 * UnreadableLibraryError when the input is not a library at all. */
export function migrate(raw: unknown): MigrationResult {
  if (!isRecord(raw)) throw new UnreadableLibraryError('not a JSON object');
  const version = raw.version;
  const isV0 = 'liked' in raw || 'bookmarked' in raw || 'read' in raw;
  if ((version === undefined || version === 0) && isV0) {
    return { ...fromV0(raw), from: null, notes: [] };
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    // A damaged version next to papers of today's shape: read the papers, and say so.
    if (isRecord(raw.papers) && Object.keys(raw.papers).length > 0) {
      const result = salvageV1(raw);
      result.rejected.unshift({
        where: 'version',
        reason: `${describeVersion(version)}; read as version ${LIBRARY_VERSION}`,
      });
      return { ...result, from: null, notes: [] };
    }
    throw new UnreadableLibraryError(
      version === undefined
        ? 'no version and none of liked/bookmarked/read'
        : `${describeVersion(version)}`,
    );
  }
  const whole = libraryDataSchema.safeParse({ ...raw, version: LIBRARY_VERSION });
  // NOTE: a record parser skips a key such as `__proto__`; such an entry must be salvaged, not lost.
  if (whole.success && version === LIBRARY_VERSION && keptEveryKey(raw, whole.data)) {
    return { data: normaliseKeys(whole.data), from: version, rejected: [], notes: [] };
  }
  // A newer app's data, or a v1 value with some bad entries: keep what validates.
  const result = salvageV1(raw);
  return { ...result, from: version, notes: newerVersionNotes(version) };
}

function describeVersion(version: unknown): string {
  if (version === undefined) return 'no version';
  // NOTE: never String(version): `{"toString": []}` makes that throw, and a throw here would cost the
  // whole library (found by the property test over stored values).
  let shown: string = typeof version;
  try {
    shown = JSON.stringify(version).slice(0, 40);
  } catch {
    // Keeps the type.
  }
  return `unknown version ${shown}`;
}

function newerVersionNotes(version: number): string[] {
  return version > LIBRARY_VERSION
    ? [`made by a newer version (${version}); read as version ${LIBRARY_VERSION}`]
    : [];
}

function keptEveryKey(raw: Record<string, unknown>, data: LibraryData): boolean {
  const count = (value: unknown) => (isRecord(value) ? Object.keys(value).length : 0);
  return (
    count(raw.papers) === Object.keys(data.papers).length &&
    count(raw.issueLikes) === Object.keys(data.issueLikes).length
  );
}

function salvageV1(raw: Record<string, unknown>): Omit<MigrationResult, 'from' | 'notes'> {
  const data = emptyLibrary();
  const rejected: Rejection[] = [];
  if (!isRecord(raw.papers) && raw.papers !== undefined) {
    rejected.push({ where: 'papers', reason: 'expected an object' });
  }
  salvageEntries(Object.entries(isRecord(raw.papers) ? raw.papers : {}), data, rejected);
  salvageIssueLikes(raw, data, rejected);
  return { data, rejected };
}

function salvageEntries(
  entries: [string, unknown][],
  data: LibraryData,
  rejected: Rejection[],
): void {
  for (const [key, value] of entries) {
    const parsed = libraryEntrySchema.safeParse(value);
    if (parsed.success) {
      addEntry(data, parsed.data);
    } else {
      rejected.push({ where: `papers.${key}`, reason: describe(parsed.error) });
    }
  }
}

function salvageIssueLikes(
  raw: Record<string, unknown>,
  data: LibraryData,
  rejected: Rejection[],
): void {
  if (!isRecord(raw.issueLikes) && raw.issueLikes !== undefined) {
    rejected.push({ where: 'issueLikes', reason: 'expected an object' });
  }
  for (const [issueId, value] of Object.entries(isRecord(raw.issueLikes) ? raw.issueLikes : {})) {
    const parsed = issueLikeSchema.safeParse(value);
    if (parsed.success && issueIdSchema.safeParse(issueId).success) {
      data.issueLikes[issueId] = parsed.data;
    } else {
      rejected.push({
        where: `issueLikes.${issueId}`,
        reason: parsed.success ? 'expected an issue id as YYYY-MM-DD' : describe(parsed.error),
      });
    }
  }
}

function fromV0(raw: Record<string, unknown>): Omit<MigrationResult, 'from' | 'notes'> {
  const data = emptyLibrary();
  const rejected: Rejection[] = [];
  const marks = [
    ['liked', 'likedAt'],
    ['bookmarked', 'bookmarkedAt'],
    ['read', 'readAt'],
  ] as const;
  for (const [list, field] of marks) {
    const items = raw[list] ?? [];
    if (!Array.isArray(items)) {
      rejected.push({ where: list, reason: 'expected a list' });
      continue;
    }
    items.forEach((item: unknown, index) => {
      const parsed = libraryV0PaperSchema.safeParse(item);
      if (!parsed.success) {
        rejected.push({ where: `${list}.${index}`, reason: describe(parsed.error) });
        return;
      }
      const old = parsed.data;
      // v0 had no time for a mark: the epoch says "before anything saved since".
      const at = old.savedAt ?? new Date(0).toISOString();
      const paper = savedPaperSchema.parse({
        issueId: old.issueId,
        issueTitle: '',
        paperId: old.paperId,
        titleKo: old.titleKo ?? '',
        titleEn: old.title,
        paperUrl: old.url ?? null,
        savedAt: at,
      });
      const key = paperKey(paper.issueId, paper.paperId);
      const entry = data.papers[key] ?? {
        paper,
        likedAt: null,
        bookmarkedAt: null,
        readAt: null,
      };
      data.papers[key] = { ...entry, [field]: at };
    });
  }
  return { data, rejected };
}

/** Keys are derived from the entry, so a hand-edited key can never point at the wrong paper. */
function normaliseKeys(data: LibraryData): LibraryData {
  const out: LibraryData = { ...data, papers: {} };
  for (const entry of Object.values(data.papers)) addEntry(out, entry);
  return out;
}

function addEntry(data: LibraryData, entry: LibraryEntry): void {
  if (!entry.likedAt && !entry.bookmarkedAt && !entry.readAt) return;
  data.papers[paperKey(entry.paper.issueId, entry.paper.paperId)] = entry;
}

function describe(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 2)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
