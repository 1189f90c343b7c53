import { useMemo } from 'react';
import { readCountsByIssue } from './library-view';
import { useLibrary } from './use-library';

/**
 * Papers read per issue (for the archive's unread counts), recomputed only when the library changes.
 * Apart from use-library.ts so the reading pages, which never count, do not load the counting.
 */
export function useReadCounts(): ReadonlyMap<string, number> {
  const { data } = useLibrary();
  return useMemo(() => readCountsByIssue(data), [data]);
}
