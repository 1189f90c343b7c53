/**
 * The paper page's pager, in both languages: kept beside it, so that the issue page's first load does
 * not carry them (src/lib/interface-text.ts holds the words every page needs).
 */
import type { InterfaceLanguage } from '../../../lib/reading-language';

const ko = {
  previousPaper: '이전 논문',
  nextPaper: '다음 논문',
  paperPosition: (index: number, total: number) => `${total}편 중 ${index}번째`,
};

export type PagerText = typeof ko;

const en: PagerText = {
  previousPaper: 'Previous paper',
  nextPaper: 'Next paper',
  paperPosition: (index, total) => `${index} of ${total}`,
};

export function pagerText(language: InterfaceLanguage): PagerText {
  return language === 'en' ? en : ko;
}
