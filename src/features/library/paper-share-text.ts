/**
 * What "Copy citation" and "Share" tell the reader once they have run, in the interface language. Only
 * paper-share-actions.ts loads this module, on the first click: the buttons' own labels are in
 * library-text.ts, which every reading page loads.
 */
import type { InterfaceLanguage } from '../../lib/reading-language';

const ko = {
  citationCopied: 'BibTeX 인용을 복사했어요',
  linkCopied: '링크를 복사했어요',
  copyFailed: '복사하지 못했어요: 브라우저가 클립보드 사용을 막았어요',
};

export type PaperShareText = typeof ko;

const en: PaperShareText = {
  citationCopied: 'BibTeX citation copied',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy: the browser blocked the clipboard',
};

export function paperShareText(language: InterfaceLanguage): PaperShareText {
  return language === 'en' ? en : ko;
}
