/**
 * Every change to the library as a pure operation on the data. Operations carry the reader's intent
 * ("bookmark on", not "flip"), so replaying one on a fresher copy written by another tab keeps both
 * tabs' changes.
 */
import {
  paperKey,
  type LibraryData,
  type LibraryEntry,
  type PaperMark,
  type SavedPaper,
} from './library-schema';

export type LibraryOp =
  | { type: 'mark'; mark: PaperMark; on: boolean; paper: SavedPaper; at: string }
  | { type: 'remove'; issueId: string; paperId: string; marks: readonly PaperMark[] }
  | { type: 'issue-like'; issueId: string; on: boolean; at: string }
  | { type: 'merge'; data: LibraryData };

export const MARK_FIELD = {
  like: 'likedAt',
  bookmark: 'bookmarkedAt',
  read: 'readAt',
} as const satisfies Record<PaperMark, keyof LibraryEntry>;

export const ALL_MARKS: readonly PaperMark[] = ['like', 'bookmark', 'read'];

export function applyOp(data: LibraryData, op: LibraryOp): LibraryData {
  switch (op.type) {
    case 'mark':
      return setMark(data, op.paper, op.mark, op.on, op.at);
    case 'remove': {
      const key = paperKey(op.issueId, op.paperId);
      const entry = data.papers[key];
      if (!entry) return data;
      const next = { ...entry };
      for (const mark of op.marks) next[MARK_FIELD[mark]] = null;
      return withEntry(data, key, next);
    }
    case 'issue-like': {
      const has = op.issueId in data.issueLikes;
      if (has === op.on) return data;
      const issueLikes = { ...data.issueLikes };
      if (op.on) issueLikes[op.issueId] = { likedAt: op.at };
      else delete issueLikes[op.issueId];
      return { ...data, issueLikes };
    }
    case 'merge':
      return mergeLibraries(data, op.data);
  }
}

export function applyOps(data: LibraryData, ops: readonly LibraryOp[]): LibraryData {
  return ops.reduce(applyOp, data);
}

function setMark(
  data: LibraryData,
  paper: SavedPaper,
  mark: PaperMark,
  on: boolean,
  at: string,
): LibraryData {
  const key = paperKey(paper.issueId, paper.paperId);
  const field = MARK_FIELD[mark];
  const entry = data.papers[key];
  if (!entry) {
    if (!on) return data;
    return withEntry(data, key, {
      paper: { ...paper, savedAt: at },
      likedAt: null,
      bookmarkedAt: null,
      readAt: null,
      [field]: at,
    });
  }
  if ((entry[field] !== null) === on) return data;
  // Fresh titles from the current issue replace stored ones (the ingest may have fixed a typo).
  const next: LibraryEntry = {
    ...entry,
    paper: { ...paper, savedAt: entry.paper.savedAt },
    [field]: on ? at : null,
  };
  return withEntry(data, key, next);
}

/** Writes an entry, or deletes it when no mark is left. */
function withEntry(data: LibraryData, key: string, entry: LibraryEntry): LibraryData {
  const papers = { ...data.papers };
  if (entry.likedAt || entry.bookmarkedAt || entry.readAt) papers[key] = entry;
  else delete papers[key];
  return { ...data, papers };
}

/** The union of two libraries: a mark set in either stays set, with its earliest time. */
export function mergeLibraries(base: LibraryData, incoming: LibraryData): LibraryData {
  let papers = base.papers;
  for (const [key, theirs] of Object.entries(incoming.papers)) {
    const ours = papers[key];
    const merged = ours ? mergeEntry(ours, theirs) : theirs;
    if (merged === ours) continue;
    if (papers === base.papers) papers = { ...base.papers };
    papers[key] = merged;
  }
  let issueLikes = base.issueLikes;
  for (const [issueId, like] of Object.entries(incoming.issueLikes)) {
    if (issueId in issueLikes) continue;
    if (issueLikes === base.issueLikes) issueLikes = { ...base.issueLikes };
    issueLikes[issueId] = like;
  }
  return papers === base.papers && issueLikes === base.issueLikes
    ? base
    : { ...base, papers, issueLikes };
}

function mergeEntry(ours: LibraryEntry, theirs: LibraryEntry): LibraryEntry {
  const likedAt = earliest(ours.likedAt, theirs.likedAt);
  const bookmarkedAt = earliest(ours.bookmarkedAt, theirs.bookmarkedAt);
  const readAt = earliest(ours.readAt, theirs.readAt);
  const savedAt = earliest(ours.paper.savedAt, theirs.paper.savedAt) ?? ours.paper.savedAt;
  if (
    likedAt === ours.likedAt &&
    bookmarkedAt === ours.bookmarkedAt &&
    readAt === ours.readAt &&
    savedAt === ours.paper.savedAt
  ) {
    return ours;
  }
  return { paper: { ...ours.paper, savedAt }, likedAt, bookmarkedAt, readAt };
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return Date.parse(b) < Date.parse(a) ? b : a;
}
