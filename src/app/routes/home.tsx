import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { ErrorState } from '../../components/ui/error-state';
import { MessagePage } from '../../components/ui/message-page';
import { issueIndexQueryOptions, useIssueIndex } from '../../features/issues/api/get-issue-index';
import { IssueSkeleton } from '../../features/issues/components/issue-skeleton';
import { describeFailure } from '../../features/issues/describe-failure';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useInterfaceText } from '../../lib/use-interface-text';
import type { PrepareRoute } from '../router';
import { IssueScreen, prepareIssueScreen } from './issue';

export const prepare: PrepareRoute = async (_params, queryClient) => {
  const index = await queryClient.fetchQuery(issueIndexQueryOptions());
  const latest = index.issues[0];
  if (latest) await prepareIssueScreen(latest.id, queryClient);
};

/** `/` is always the newest issue, so a bookmark of the site opens this week's papers. */
export default function HomeRoute() {
  const index = useIssueIndex();
  const [text] = useInterfaceText();
  const latest = index.data?.issues[0];
  useDocumentTitle(index.isError ? text.indexErrorTitle : undefined);

  if (index.isPending) return <IssueSkeleton label={text.loadingIssue} />;
  if (index.isError) {
    const { message, details } = describeFailure(index.error, text);
    return (
      <div className="page">
        <ErrorState
          title={text.indexErrorTitle}
          message={message}
          details={details}
          detailsLabel={text.errorDetails}
          retryLabel={text.retry}
          onRetry={() => void index.refetch()}
          retrying={index.isFetching}
        >
          <Link to={paths.library()}>{text.navLibrary}</Link>
        </ErrorState>
      </div>
    );
  }
  if (!latest) return <MessagePage title={text.siteName} body={text.noIssues} />;
  return <IssueScreen issueId={latest.id} />;
}
