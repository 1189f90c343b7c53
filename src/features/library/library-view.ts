/**
 * What the library page lists: the entries with one mark, newest mark first, optionally grouped by
 * issue. Pure, so the page stays a thin layer over it.
 */
import { MARK_FIELD } from './library-ops';
import type { LibraryData, LibraryEntry, PaperMark } from './library-schema';

export const LIBRARY_TABS = ['bookmarks', 'likes', 'read'] as const;
export type LibraryTab = (typeof LIBRARY_TABS)[number];
export const TAB_MARK: Record<LibraryTab, PaperMark> = {
  bookmarks: 'bookmark',
  likes: 'like',
  read: 'read',
};

export const LIBRARY_SORTS = ['issue', 'saved'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export function parseTab(value: string | null): LibraryTab {
  return (LIBRARY_TABS as readonly (string | null)[]).includes(value)
    ? (value as LibraryTab)
    : 'bookmarks';
}

export function parseSort(value: string | null): LibrarySort {
  return value === 'saved' ? 'saved' : 'issue';
}

/** When the entry got the mark the tab is about. */
export function markedAt(entry: LibraryEntry, mark: PaperMark): string {
  return entry[MARK_FIELD[mark]] ?? entry.paper.savedAt;
}

/** Entries carrying `mark`, most recently marked first (ties: by title, so the order is stable). */
export function entriesWith(data: LibraryData, mark: PaperMark): LibraryEntry[] {
  const field = MARK_FIELD[mark];
  return Object.values(data.papers)
    .filter((entry) => entry[field] !== null)
    .sort(
      (a, b) =>
        Date.parse(markedAt(b, mark)) - Date.parse(markedAt(a, mark)) ||
        titleOf(a).localeCompare(titleOf(b)),
    );
}

export function countsByTab(data: LibraryData): Record<LibraryTab, number> {
  const entries = Object.values(data.papers);
  return {
    bookmarks: entries.filter((e) => e.bookmarkedAt).length,
    likes: entries.filter((e) => e.likedAt).length,
    read: entries.filter((e) => e.readAt).length,
  };
}

export function titleOf(entry: LibraryEntry): string {
  return entry.paper.titleKo || entry.paper.titleEn || entry.paper.paperId;
}

/** How many papers of each issue the reader marked read, by issue id. */
export function readCountsByIssue(data: LibraryData): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of Object.values(data.papers)) {
    if (entry.readAt === null) continue;
    counts.set(entry.paper.issueId, (counts.get(entry.paper.issueId) ?? 0) + 1);
  }
  return counts;
}
