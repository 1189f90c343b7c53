/* The pages for an address that names no issue or no paper; route modules show them. */
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { MessagePage } from '../../components/ui/message-page';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useInterfaceText } from '../../hooks/use-interface-text';

export function IssueNotFound({ issueId }: { issueId: string }) {
  const [text] = useInterfaceText();
  useDocumentTitle(text.issueNotFoundTitle);
  return (
    <MessagePage title={text.issueNotFoundTitle} body={text.issueNotFoundBody(issueId)}>
      <Link to={paths.home()}>{text.backToLatest}</Link>
      <Link to={paths.archive()}>{text.goToArchive}</Link>
    </MessagePage>
  );
}

export function PaperNotFound({ issueId, paperId }: { issueId: string; paperId: string }) {
  const [text] = useInterfaceText();
  useDocumentTitle(text.paperNotFoundTitle);
  return (
    <MessagePage title={text.paperNotFoundTitle} body={text.paperNotFoundBody(paperId)}>
      <Link to={paths.issue(issueId)}>{text.backToIssue}</Link>
      <Link to={paths.home()}>{text.backToLatest}</Link>
    </MessagePage>
  );
}
