import { LibraryPage } from '../../features/library/components/library-page';
import { useDocumentTitle } from '../../lib/use-document-title';

export default function LibraryRoute() {
  useDocumentTitle('내 서재');
  return <LibraryPage />;
}
