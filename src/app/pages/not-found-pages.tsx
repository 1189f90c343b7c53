/*
 * The page for an address that names no issue, or no paper of an issue. Loaded on demand (not-found-page.ts):
 * the first load of a reading page does not carry it.
 */
import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { MessagePage } from '../../components/ui/message-page';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useInterfaceText } from '../../hooks/use-interface-text';
import { notFoundText } from './not-found-text';

export default function NotFoundPage({ issueId, paperId }: { issueId: string; paperId?: string }) {
  const [text, language] = useInterfaceText();
  const words = notFoundText(language);
  const title = paperId === undefined ? words.issueNotFoundTitle : words.paperNotFoundTitle;
  useDocumentTitle(title);
  return paperId === undefined ? (
    <MessagePage title={title} body={words.issueNotFoundBody(issueId)}>
      <Link to={paths.home()}>{text.backToLatest}</Link>
      <Link to={paths.archive()}>{text.goToArchive}</Link>
    </MessagePage>
  ) : (
    <MessagePage title={title} body={words.paperNotFoundBody(paperId)}>
      <Link to={paths.issue(issueId)}>{text.backToIssue}</Link>
      <Link to={paths.home()}>{text.backToLatest}</Link>
    </MessagePage>
  );
}
