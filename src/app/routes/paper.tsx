import { Suspense } from 'react';
import { useParams } from 'react-router-dom';
import { useIssue } from '../../features/issues/api/get-issue';
import { IssueSkeleton } from '../../features/issues/components/issue-skeleton';
import { isIssueId } from '../../data/issue-id';
import { preloadableLazy } from '../../components/lazy/preloadable-lazy';
import { useInterfaceText } from '../../hooks/use-interface-text';
import type { PrepareRoute } from '../../config/routes';
import { issueQueryState, prepareIssuePage, usePreloadIssuePage } from '../pages/issue-page-data';
import { NotFoundPage } from '../pages/not-found-page';

const PaperView = preloadableLazy(() => import('../pages/paper/paper-view'));

export const prepare: PrepareRoute = async ({ issueId = '' }, queryClient) => {
  if (isIssueId(issueId)) await prepareIssuePage(issueId, queryClient, PaperView);
};

/** One paper on its own page: the shareable deep link. */
export default function PaperRoute() {
  const { issueId = '', paperId = '' } = useParams();
  const query = useIssue(issueId);
  const [text] = useInterfaceText();
  usePreloadIssuePage(PaperView);

  if (!isIssueId(issueId)) return <NotFoundPage issueId={issueId} />;
  const skeleton = <IssueSkeleton label={text.loadingIssue} />;
  if (!query.isSuccess) return issueQueryState(query, issueId, skeleton);
  const index = query.data.papers.findIndex((paper) => paper.id === paperId);
  if (index < 0)
    return (
      <Suspense fallback={skeleton}>
        <NotFoundPage issueId={issueId} paperId={paperId} />
      </Suspense>
    );
  return (
    <Suspense fallback={skeleton}>
      <PaperView issue={query.data} index={index} />
    </Suspense>
  );
}
