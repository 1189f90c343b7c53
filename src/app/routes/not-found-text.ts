/**
 * The unknown address's words, in both languages: kept beside its route so that the first load of a
 * reading page does not carry them (src/lib/interface-text.ts holds the words every page needs).
 */
import type { InterfaceLanguage } from '../../lib/reading-language';

const ko = {
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '주소가 바뀌었거나 없는 페이지입니다.',
};

export type NotFoundText = typeof ko;

const en: NotFoundText = {
  notFoundTitle: 'Page not found',
  notFoundBody: 'The address may have changed, or the page never existed.',
};

export function notFoundText(language: InterfaceLanguage): NotFoundText {
  return language === 'en' ? en : ko;
}
