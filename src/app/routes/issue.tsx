import { Suspense } from 'react';
import { useParams } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { useIssue } from '../../features/issues/api/get-issue';
import { IssueSkeleton } from '../../features/issues/components/issue-skeleton';
import { ISSUE_ID } from '../../features/issues/components/issue-load-error';
import { preloadableLazy } from '../../lib/preloadable-lazy';
import { useInterfaceText } from '../../lib/use-interface-text';
import type { PrepareRoute } from '../router';
import { issueQueryState, prepareIssuePage, usePreloadIssuePage } from './issue-page-data';
import { IssueNotFound } from './not-found';

const IssueView = preloadableLazy(() => import('./issue-view'));

export const prepare: PrepareRoute = async ({ issueId = '' }, queryClient) => {
  if (ISSUE_ID.test(issueId)) await prepareIssueScreen(issueId, queryClient);
};

/** All of IssueScreen's first render (the home page prepares through this too). */
export function prepareIssueScreen(issueId: string, queryClient: QueryClient) {
  return prepareIssuePage(issueId, queryClient, IssueView);
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
  usePreloadIssuePage(IssueView);

  const skeleton = <IssueSkeleton label={text.loadingIssue} />;
  if (!query.isSuccess) return issueQueryState(query, issueId, skeleton);
  return (
    <Suspense fallback={skeleton}>
      <IssueView issue={query.data} />
    </Suspense>
  );
}
