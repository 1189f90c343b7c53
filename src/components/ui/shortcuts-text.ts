/**
 * The keyboard help's words, in both languages: kept beside the dialog, which loads when it is opened,
 * so the first load of a page does not carry them (src/lib/interface-text.ts holds the ones every page
 * needs).
 */
import type { InterfaceLanguage } from '../../lib/reading-language';

const ko = {
  shortcutsTitle: '키보드 단축키',
  close: '닫기',
  shortcutNext: '다음 논문',
  shortcutPrevious: '이전 논문',
  shortcutLike: '좋아요',
  shortcutBookmark: '북마크',
  shortcutRead: '읽음 표시',
  shortcutSearch: '논문 검색',
  shortcutLanguage: '읽기 언어 바꾸기 (한국어 → English → 둘 다)',
  shortcutHelp: '이 도움말 열기',
  shortcutsNote: '입력란에 글을 쓰는 동안에는 단축키가 동작하지 않습니다.',
};

export type ShortcutsText = typeof ko;

const en: ShortcutsText = {
  shortcutsTitle: 'Keyboard shortcuts',
  close: 'Close',
  shortcutNext: 'Next paper',
  shortcutPrevious: 'Previous paper',
  shortcutLike: 'Like',
  shortcutBookmark: 'Bookmark',
  shortcutRead: 'Mark as read',
  shortcutSearch: 'Search papers',
  shortcutLanguage: 'Cycle the reading language (한국어 → English → both)',
  shortcutHelp: 'Show this help',
  shortcutsNote: 'Shortcuts are off while you type in a field.',
};

export function shortcutsText(language: InterfaceLanguage): ShortcutsText {
  return language === 'en' ? en : ko;
}
