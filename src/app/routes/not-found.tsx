import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { MessagePage } from '../../components/ui/message-page';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useInterfaceText } from '../../hooks/use-interface-text';
import { notFoundText } from '../pages/not-found-text';

export default function NotFoundRoute() {
  const [text, language] = useInterfaceText();
  const words = notFoundText(language);
  useDocumentTitle(words.notFoundTitle);
  return (
    <MessagePage title={words.notFoundTitle} body={words.notFoundBody}>
      <Link to={paths.home()}>{text.backToLatest}</Link>
      <Link to={paths.archive()}>{text.goToArchive}</Link>
    </MessagePage>
  );
}
