/**
 * The issue page's reading tools' words (issue-reading-tools.tsx), in the interface language. Here
 * rather than in lib/interface-text.ts, which every page loads first: only the tools' chunk, which loads
 * after the page's first paint, imports this module.
 */
import type { InterfaceLanguage } from '../../../lib/reading-language';

const ko = {
  tools: '보기 설정',
  compact: '간단히 보기',
  hideRead: '읽은 논문 숨기기',
  hidden: (count: number) => `읽은 논문 ${count}편을 숨겼습니다.`,
  contents: '논문 바로 가기',
  contentsButton: '목차',
  read: '읽음',
  bookmarked: '북마크함',
  hiddenPaper: '숨김',
  toTop: '맨 위로',
  showAbstract: '초록 펼치기',
  hideAbstract: '초록 접기',
};

export type ReadingToolsText = typeof ko;

const en: ReadingToolsText = {
  tools: 'View',
  compact: 'Compact',
  hideRead: 'Hide read papers',
  hidden: (count) => `${count} read ${count === 1 ? 'paper' : 'papers'} hidden.`,
  contents: 'Jump to a paper',
  contentsButton: 'Contents',
  read: 'read',
  bookmarked: 'bookmarked',
  hiddenPaper: 'hidden',
  toTop: 'Back to top',
  showAbstract: 'Show abstract',
  hideAbstract: 'Hide abstract',
};

export function readingToolsText(language: InterfaceLanguage): ReadingToolsText {
  return language === 'en' ? en : ko;
}
