import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchRequest } from './search-types';

/**
 * The engine and the archive it indexed. Nothing here is imported statically: the loader, the index
 * and MiniSearch arrive with the first search, and stay for the session.
 */
export function useSearchEngine(enabled: boolean) {
  return useQuery({
    queryKey: ['search', 'engine'],
    queryFn: async ({ signal }) => {
      const [{ loadArchive }, { createSearchEngine }] = await Promise.all([
        import('./search-documents'),
        import('./search-engine'),
      ]);
      const archive = await loadArchive(signal);
      const engine = await createSearchEngine(archive.documents);
      return {
        engine,
        issues: archive.issues,
        failedIssueIds: archive.failedIssueIds,
        paperCount: archive.documents.length,
      };
    },
    enabled,
    staleTime: Infinity,
    gcTime: Infinity,
    // The engine owns a worker; it must stay the same object, never be copied.
    structuralSharing: false,
    retry: false,
  });
}

export type LoadedSearchEngine = NonNullable<ReturnType<typeof useSearchEngine>['data']>;

export function useSearchResults(loaded: LoadedSearchEngine | undefined, request: SearchRequest) {
  return useQuery({
    queryKey: ['search', 'results', request.query, request.issueId ?? '', request.limit ?? 0],
    queryFn: () => (loaded as LoadedSearchEngine).engine.search(request),
    enabled: loaded !== undefined && request.query.trim() !== '',
    // While the next keystroke's results compute, the previous ones stay on screen.
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    retry: false,
  });
}
