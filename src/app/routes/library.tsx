import { LibraryPage } from '../../features/library/components/library-page';
import { libraryPageText } from '../../features/library/library-page-text';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useInterfaceText } from '../../hooks/use-interface-text';

export default function LibraryRoute() {
  const [, language] = useInterfaceText();
  useDocumentTitle(libraryPageText(language).title);
  return <LibraryPage />;
}
