/**
 * The header search box's words, in the reader's interface language. Kept apart from search-text.ts so
 * that the first load of every page does not carry the search page's text.
 */
import type { InterfaceLanguage } from '../../lib/reading-language';

const ko = {
  label: '논문 검색',
  placeholder: '제목·요약·초록 검색',
};

export type SearchBoxText = typeof ko;

const en: SearchBoxText = {
  label: 'Search papers',
  placeholder: 'Search titles and abstracts',
};

export function searchBoxText(language: InterfaceLanguage): SearchBoxText {
  return language === 'en' ? en : ko;
}
