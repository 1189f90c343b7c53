/** The offline notices, in the interface language the reader chose. */
import type { InterfaceLanguage } from '../../lib/reading-language';

const ko = {
  offline: '오프라인이에요. 읽었던 페이지와 최신 호, 내 서재는 그대로 볼 수 있어요.',
  updateReady: '새 버전이 준비됐어요.',
  update: '새로고침',
  later: '나중에',
};

export type OfflineText = typeof ko;

const en: OfflineText = {
  offline: "You're offline. Pages you've read, the newest week and your library still work.",
  updateReady: 'A new version is ready.',
  update: 'Reload',
  later: 'Later',
};

export function offlineText(language: InterfaceLanguage): OfflineText {
  return language === 'en' ? en : ko;
}
