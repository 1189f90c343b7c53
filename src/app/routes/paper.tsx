import { Suspense, lazy, useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { paths } from '../../config/paths';
import { preloadMarkdown } from '../../components/markdown/markdown';
import { ErrorState } from '../../components/ui/error-state';
import { useIssue } from '../../features/issues/api/get-issue';
import { IssueSkeleton } from '../../features/issues/components/issue-skeleton';
import { describeFailure, isNotFoundFailure } from '../../features/issues/describe-failure';
import { useInterfaceText } from '../../lib/use-interface-text';
import { IssueNotFound, PaperNotFound } from './not-found';

const importPaperView = () => import('./paper-view');
let paperViewModule: ReturnType<typeof importPaperView> | undefined;
const loadPaperView = () => (paperViewModule ??= importPaperView());
const PaperView = lazy(loadPaperView);

/** One paper on its own page: the shareable deep link. */
export default function PaperRoute() {
  const { issueId = '', paperId = '' } = useParams();
  const query = useIssue(issueId);
  const [text] = useInterfaceText();
  useEffect(() => {
    void loadPaperView();
    void preloadMarkdown();
  }, []);

  if (!/^\d{4}-\d{2}-\d{2}$/.test(issueId)) return <IssueNotFound issueId={issueId} />;
  if (query.isPending) return <IssueSkeleton label={text.loadingIssue} />;
  if (query.isError) {
    if (isNotFoundFailure(query.error)) return <IssueNotFound issueId={issueId} />;
    const { message, details } = describeFailure(query.error, text);
    return (
      <div className="page">
        <ErrorState
          title={text.errorTitle}
          message={message}
          details={details}
          detailsLabel={text.errorDetails}
          retryLabel={text.retry}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        >
          <Link to={paths.archive()}>{text.goToArchive}</Link>
        </ErrorState>
      </div>
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
