import { useParams } from 'react-router-dom';
import { isIssueId } from '../../data/issue-id';
import type { PrepareRoute } from '../../config/routes';
import { IssueScreen, prepareIssueScreen } from '../pages/issue/issue-screen';
import { NotFoundPage } from '../pages/not-found-page';

export const prepare: PrepareRoute = async ({ issueId = '' }, queryClient) => {
  if (isIssueId(issueId)) await prepareIssueScreen(issueId, queryClient);
};

/** `/issues/:issueId`: one issue (an address that is not an issue id gets "no such issue"). */
export default function IssueRoute() {
  const { issueId = '' } = useParams();
  if (!isIssueId(issueId)) return <NotFoundPage issueId={issueId} />;
  return <IssueScreen issueId={issueId} />;
}
