import { useSyncExternalStore } from 'react';
import {
  getPaperMarks,
  getServerLibrarySnapshot,
  libraryStore,
  type LibrarySnapshot,
  type PaperMarks,
} from './library-store';

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
