import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { MessagePage } from '../../components/ui/message-page';
import { issueIndexQueryOptions, useIssueIndex } from '../../features/issues/api/get-issue-index';
import { IssueLoadError } from '../../features/issues/components/issue-load-error';
import { IssueSkeleton } from '../../features/issues/components/issue-skeleton';
import { useInterfaceText } from '../../hooks/use-interface-text';
import type { PrepareRoute } from '../../config/routes';
import { IssueScreen, prepareIssueScreen } from '../pages/issue/issue-screen';

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

  if (index.isPending) return <IssueSkeleton label={text.loadingIssue} />;
  if (index.isError) {
    return (
      <IssueLoadError
        error={index.error}
        retry={() => void index.refetch()}
        retrying={index.isFetching}
        title={text.indexErrorTitle}
      >
        <Link to={paths.library()}>{text.navLibrary}</Link>
      </IssueLoadError>
    );
  }
  if (!latest) return <MessagePage title={text.siteName} body={text.noIssues} />;
  return <IssueScreen issueId={latest.id} />;
}
