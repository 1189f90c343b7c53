import { useMemo, useSyncExternalStore } from 'react';
import {
  getPaperMarks,
  getServerLibrarySnapshot,
  libraryStore,
  type LibrarySnapshot,
  type PaperMarks,
} from './library-store';
import { readCountsByIssue } from './library-view';

/** The library's current snapshot (immutable; a new object only when something changed). */
export function useLibrary(): LibrarySnapshot {
  return useSyncExternalStore(
    libraryStore.subscribe,
    libraryStore.getSnapshot,
    getServerLibrarySnapshot,
  );
}

/** The reader's marks on one paper. */
export function usePaperMarks(issueId: string, paperId: string): PaperMarks {
  return getPaperMarks(useLibrary(), issueId, paperId);
}

/** Whether the reader liked the whole issue. */
export function useIssueLiked(issueId: string): boolean {
  return issueId in useLibrary().data.issueLikes;
}

/** Papers read per issue (for unread counts), recomputed only when the library changes. */
export function useReadCounts(): ReadonlyMap<string, number> {
  const { data } = useLibrary();
  return useMemo(() => readCountsByIssue(data), [data]);
}
