import { SearchPage } from '../../features/search/components/search-page';
import { useReadingLanguage } from '../../hooks/use-reading-language';

export default function SearchRoute() {
  const [language] = useReadingLanguage();
  return <SearchPage language={language} />;
}
