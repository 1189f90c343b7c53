import { Suspense, lazy, useEffect } from 'react';
import { Link, useParams } from 'react-router-dom';
import { paths } from '../../config/paths';
import { preloadMarkdown } from '../../components/markdown/markdown';
import { ErrorState } from '../../components/ui/error-state';
import { useIssue } from '../../features/issues/api/get-issue';
import { IssueSkeleton } from '../../features/issues/components/issue-skeleton';
import { describeFailure, isNotFoundFailure } from '../../features/issues/describe-failure';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useInterfaceText } from '../../lib/use-interface-text';
import { IssueNotFound } from './not-found';

const ISSUE_ID = /^\d{4}-\d{2}-\d{2}$/;

const importIssueView = () => import('./issue-view');
let issueViewModule: ReturnType<typeof importIssueView> | undefined;
const loadIssueView = () => (issueViewModule ??= importIssueView());
const IssueView = lazy(loadIssueView);

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
    void loadIssueView();
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

function IssueLoadError({
  error,
  retry,
  retrying,
}: {
  error: unknown;
  retry: () => void;
  retrying: boolean;
}) {
  const [text] = useInterfaceText();
  useDocumentTitle(text.errorTitle);
  const { message, details } = describeFailure(error, text);
  return (
    <div className="page">
      <ErrorState
        title={text.errorTitle}
        message={message}
        details={details}
        detailsLabel={text.errorDetails}
        retryLabel={text.retry}
        onRetry={retry}
        retrying={retrying}
      >
        <Link to={paths.archive()}>{text.goToArchive}</Link>
      </ErrorState>
    </div>
  );
}
