/**
 * The archive's own labels, in both languages: kept beside its route so the first load of the issue
 * page does not carry them (src/lib/interface-text.ts holds the ones every page needs).
 */
import { formatMonthEn, formatMonthKo } from '../../lib/format-date/compact';
import { numberEn, numberKo } from '../../lib/interface-text';
import type { InterfaceLanguage } from '../../lib/reading-language';

const ko = {
  archiveTitle: '지난 호',
  loadingIndex: '목록을 불러오는 중…',
  archiveIntro: '지금까지 발행된 모든 호입니다. 최신 호가 먼저 나옵니다.',
  paperCount: (count: number) => `논문 ${count}편`,
  likesCount: (count: number) => `좋아요 ${numberKo(count)}`,
  archiveTotals: (weeks: number, papers: number) =>
    `${numberKo(weeks)}주 · 논문 ${numberKo(papers)}편`,
  archiveYears: '연도별 보기',
  archiveYear: (year: number) => `${year}년`,
  archiveMonth: formatMonthKo,
  unreadCount: (count: number) => (count === 0 ? '모두 읽음' : `안 읽은 논문 ${numberKo(count)}편`),
};

export type ArchiveText = typeof ko;

const en: ArchiveText = {
  archiveTitle: 'Archive',
  loadingIndex: 'Loading the list…',
  archiveIntro: 'Every issue so far, newest first.',
  paperCount: (count) => `${count} ${count === 1 ? 'paper' : 'papers'}`,
  likesCount: (count) => `${numberEn(count)} ${count === 1 ? 'like' : 'likes'}`,
  archiveTotals: (weeks, papers) =>
    `${numberEn(weeks)} ${weeks === 1 ? 'week' : 'weeks'} · ${numberEn(papers)} ${papers === 1 ? 'paper' : 'papers'}`,
  archiveYears: 'Jump to a year',
  archiveYear: (year) => String(year),
  archiveMonth: formatMonthEn,
  unreadCount: (count) => (count === 0 ? 'All read' : `${numberEn(count)} unread`),
};

export function archiveText(language: InterfaceLanguage): ArchiveText {
  return language === 'en' ? en : ko;
}
