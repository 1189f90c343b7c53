import { Suspense, useEffect } from 'react';
import { useParams } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { preloadMarkdown } from '../../components/markdown/markdown';
import { issueQueryOptions, useIssue } from '../../features/issues/api/get-issue';
import { IssueSkeleton } from '../../features/issues/components/issue-skeleton';
import { isNotFoundFailure } from '../../features/issues/describe-failure';
import { ISSUE_ID, IssueLoadError } from '../../features/issues/components/issue-load-error';
import { preloadableLazy } from '../../lib/preloadable-lazy';
import { useInterfaceText } from '../../lib/use-interface-text';
import type { PrepareRoute } from '../router';
import { IssueNotFound } from './not-found';

const IssueView = preloadableLazy(() => import('./issue-view'));

export const prepare: PrepareRoute = async ({ issueId = '' }, queryClient) => {
  if (ISSUE_ID.test(issueId)) await prepareIssueScreen(issueId, queryClient);
};

/** The issue's data, the page body and the Markdown renderer: all of IssueScreen's first render. */
export async function prepareIssueScreen(issueId: string, queryClient: QueryClient) {
  await Promise.all([
    queryClient.fetchQuery(issueQueryOptions(issueId)),
    IssueView.preload(),
    preloadMarkdown(),
  ]);
}

export default function IssueRoute() {
  const { issueId = '' } = useParams();
  if (!ISSUE_ID.test(issueId)) return <IssueNotFound issueId={issueId} />;
  return <IssueScreen issueId={issueId} />;
}

/** One issue, fully: header, intro, highlights, contents and every paper. Also the home page. */
export function IssueScreen({ issueId }: { issueId: string }) {
  const query = useIssue(issueId);
  const [text] = useInterfaceText();

  // The page's code and the Markdown chunk download while the issue JSON does, not after it.
  useEffect(() => {
    void IssueView.preload();
    void preloadMarkdown();
  }, []);

  const skeleton = <IssueSkeleton label={text.loadingIssue} />;
  if (query.isPending) return skeleton;
  if (query.isError) {
    if (isNotFoundFailure(query.error)) return <IssueNotFound issueId={issueId} />;
    return (
      <IssueLoadError
        error={query.error}
        retry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return (
    <Suspense fallback={skeleton}>
      <IssueView issue={query.data} />
    </Suspense>
  );
}
