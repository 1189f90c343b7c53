import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { MessagePage } from '../../components/ui/message-page';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useInterfaceText } from '../../hooks/use-interface-text';

export default function NotFoundRoute() {
  const [text] = useInterfaceText();
  useDocumentTitle(text.notFoundTitle);
  return (
    <MessagePage title={text.notFoundTitle} body={text.notFoundBody}>
      <Link to={paths.home()}>{text.backToLatest}</Link>
      <Link to={paths.archive()}>{text.goToArchive}</Link>
    </MessagePage>
  );
}
