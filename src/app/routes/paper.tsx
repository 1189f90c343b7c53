import { Suspense, useEffect } from 'react';
import { useParams } from 'react-router-dom';
import { preloadMarkdown } from '../../components/markdown/markdown';
import { issueQueryOptions, useIssue } from '../../features/issues/api/get-issue';
import { IssueSkeleton } from '../../features/issues/components/issue-skeleton';
import { isNotFoundFailure } from '../../features/issues/describe-failure';
import { ISSUE_ID, IssueLoadError } from '../../features/issues/components/issue-load-error';
import { preloadableLazy } from '../../lib/preloadable-lazy';
import { useInterfaceText } from '../../lib/use-interface-text';
import type { PrepareRoute } from '../router';
import { IssueNotFound, PaperNotFound } from './not-found';

const PaperView = preloadableLazy(() => import('./paper-view'));

export const prepare: PrepareRoute = async ({ issueId = '' }, queryClient) => {
  if (!ISSUE_ID.test(issueId)) return;
  await Promise.all([
    queryClient.fetchQuery(issueQueryOptions(issueId)),
    PaperView.preload(),
    preloadMarkdown(),
  ]);
};

/** One paper on its own page: the shareable deep link. */
export default function PaperRoute() {
  const { issueId = '', paperId = '' } = useParams();
  const query = useIssue(issueId);
  const [text] = useInterfaceText();
  useEffect(() => {
    void PaperView.preload();
    void preloadMarkdown();
  }, []);

  if (!ISSUE_ID.test(issueId)) return <IssueNotFound issueId={issueId} />;
  if (query.isPending) return <IssueSkeleton label={text.loadingIssue} />;
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
  const index = query.data.papers.findIndex((paper) => paper.id === paperId);
  if (index < 0) return <PaperNotFound issueId={issueId} paperId={paperId} />;
  return (
    <Suspense fallback={<IssueSkeleton label={text.loadingIssue} />}>
      <PaperView issue={query.data} index={index} />
    </Suspense>
  );
}
