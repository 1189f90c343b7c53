import { Suspense, useEffect, type ReactNode } from 'react';
import type { QueryClient, UseQueryResult } from '@tanstack/react-query';
import { preloadMarkdown } from '../../components/markdown/markdown';
import { issueQueryOptions } from '../../features/issues/api/get-issue';
import { IssueLoadError } from '../../features/issues/components/issue-load-error';
import { isNotFoundFailure } from '../../features/issues/describe-failure';
import type { LoadedIssue } from '../../features/issues/parse-issue';
import { NotFoundPage } from './not-found-page';

/*
 * What the pages built on one issue's data (the issue page, a paper page) share. Not a route: each
 * route passes its own view chunk (issue-view.tsx, paper-view.tsx).
 */

interface ViewChunk {
  preload: () => Promise<unknown>;
}

/** The issue's data, the page's view chunk and the Markdown renderer: all of its first render. */
export async function prepareIssuePage(
  issueId: string,
  queryClient: QueryClient,
  view: ViewChunk,
): Promise<void> {
  await Promise.all([
    queryClient.fetchQuery(issueQueryOptions(issueId)),
    view.preload(),
    preloadMarkdown(),
  ]);
}

/** Starts the view chunk and the Markdown renderer while the issue JSON downloads, not after it. */
export function usePreloadIssuePage(view: ViewChunk) {
  useEffect(() => {
    void view.preload();
    void preloadMarkdown();
  }, [view]);
}

/** The page for an issue query that has no data yet (loading, missing or failed), or null once it has. */
export function issueQueryState(
  query: UseQueryResult<LoadedIssue>,
  issueId: string,
  loading: ReactNode,
): ReactNode | null {
  if (query.isPending) return loading;
  if (!query.isError) return null;
  // (The page loads when first shown: the loading state stays up meanwhile.)
  if (isNotFoundFailure(query.error))
    return (
      <Suspense fallback={loading}>
        <NotFoundPage issueId={issueId} />
      </Suspense>
    );
  return (
    <IssueLoadError
      error={query.error}
      retry={() => void query.refetch()}
      retrying={query.isFetching}
    />
  );
}
