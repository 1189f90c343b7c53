/**
 * The words of the pages for an address that names nothing (no page, issue or paper), in both languages:
 * kept beside those pages, which load on demand, so that the first load of a reading page does not carry
 * them (src/lib/interface-text.ts holds the words every page needs).
 */
import type { InterfaceLanguage } from '../../lib/reading-language';

const ko = {
  notFoundTitle: '페이지를 찾을 수 없습니다',
  notFoundBody: '주소가 바뀌었거나 없는 페이지입니다.',
  issueNotFoundTitle: '이 호를 찾을 수 없습니다',
  issueNotFoundBody: (id: string) => `"${id}" 호는 발행 목록에 없습니다.`,
  paperNotFoundTitle: '이 논문을 찾을 수 없습니다',
  paperNotFoundBody: (id: string) => `이번 호에 "${id}" 논문이 없습니다.`,
};

export type NotFoundText = typeof ko;

const en: NotFoundText = {
  notFoundTitle: 'Page not found',
  notFoundBody: 'The address may have changed, or the page never existed.',
  issueNotFoundTitle: 'Issue not found',
  issueNotFoundBody: (id) => `There is no issue "${id}" in the list.`,
  paperNotFoundTitle: 'Paper not found',
  paperNotFoundBody: (id) => `This issue has no paper "${id}".`,
};

export function notFoundText(language: InterfaceLanguage): NotFoundText {
  return language === 'en' ? en : ko;
}
