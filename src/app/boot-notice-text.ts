/**
 * The boot notice's words (boot-notice.ts), in the interface language. A module of its own, with no
 * other imports: the notice is part of the tiny entry chunk and must work when the app's code is what
 * failed to load.
 */
import type { InterfaceLanguage } from '../lib/reading-language';

const ko = {
  message: '이 페이지의 버튼을 불러오지 못했습니다. 글은 그대로 읽을 수 있습니다.',
  retry: '다시 시도',
};

export type BootNoticeText = typeof ko;

const en: BootNoticeText = {
  message: "Couldn't load this page's buttons. You can keep reading.",
  retry: 'Try again',
};

export function bootNoticeText(language: InterfaceLanguage): BootNoticeText {
  return language === 'en' ? en : ko;
}
