/**
 * The library page's box of bookmark exports (BibTeX, RIS, CSL-JSON, Markdown) in the interface
 * language, the library-text.ts pattern. Kept apart from library-text.ts, which every reading page
 * loads, because only the library page shows these.
 */
import type { InterfaceLanguage } from '../../lib/reading-language';
import { useInterfaceText } from '../../lib/use-interface-text';

const ko = {
  exportTitle: '북마크 목록',
  exportHint: (count: number) =>
    `북마크한 ${count}편을 BibTeX·RIS·CSL-JSON(arXiv 저자 포함, Zotero·EndNote·Mendeley 등에서 가져오기) 또는 Markdown 읽기 목록으로.`,
  exportBibtex: 'BibTeX 내려받기',
  exportRis: 'RIS 내려받기',
  exportCslJson: 'CSL-JSON 내려받기',
  exportMarkdown: 'Markdown 내려받기',
};

const en: typeof ko = {
  exportTitle: 'Bookmarked papers',
  exportHint: (count) =>
    `Your ${count} bookmarked ${count === 1 ? 'paper' : 'papers'} as BibTeX, RIS or CSL-JSON (with arXiv's authors, for Zotero, EndNote, Mendeley and others) or as a Markdown reading list.`,
  exportBibtex: 'Download BibTeX',
  exportRis: 'Download RIS',
  exportCslJson: 'Download CSL-JSON',
  exportMarkdown: 'Download Markdown',
};

export function useLibraryExportText(): [typeof ko, InterfaceLanguage] {
  const [, language] = useInterfaceText();
  return [language === 'en' ? en : ko, language];
}
