import { Suspense } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { useIssue } from '../../../features/issues/api/get-issue';
import { IssueSkeleton } from '../../../features/issues/components/issue-skeleton';
import { preloadableLazy } from '../../../components/lazy/preloadable-lazy';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { issueQueryState, prepareIssuePage, usePreloadIssuePage } from '../issue-page-data';

/*
 * One issue's page, for the routes that show one: `/issues/:issueId` (src/app/routes/issue.tsx) and `/`,
 * the newest issue (src/app/routes/home.tsx).
 */

const IssueView = preloadableLazy(() => import('./issue-view'));

/** All of IssueScreen's first render: the issue's data, the page body and the Markdown renderer. */
export function prepareIssueScreen(issueId: string, queryClient: QueryClient) {
  return prepareIssuePage(issueId, queryClient, IssueView);
}

/** One issue, fully: header, intro, highlights, contents and every paper. */
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
