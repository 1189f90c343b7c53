/**
 * The search page's words, in the reader's interface language. Only the search page loads this
 * module; the header's search box has its own few words (search-box-text.ts).
 */
import { numberEn, numberKo } from '../../lib/interface-text';
import type { InterfaceLanguage } from '../../lib/reading-language';
import type { MatchPlace } from './search-types';

const ko = {
  pageTitle: '검색',
  heading: '논문 검색',
  resultsHeading: (query: string) => `“${query}” 검색 결과`,
  documentTitle: (query: string) => `“${query}” 검색`,
  intro:
    '모든 호의 논문 제목(한국어·영어), 소개와 초록에서 찾습니다. 조사가 붙은 말이나 합성어도 찾아요.',
  tryThese: '이렇게 찾아보세요',
  preparing: '검색 색인을 준비하는 중…',
  searching: '찾는 중…',
  found: (count: number) => `논문 ${numberKo(count)}편을 찾았습니다.`,
  foundInIssue: (count: number, issue: string) =>
    `${issue} 호에서 논문 ${numberKo(count)}편을 찾았습니다.`,
  nothingFound: (query: string) => `“${query}”에 해당하는 논문이 없습니다.`,
  nothingFoundTips:
    '띄어쓰기를 바꾸거나(예: 언어모델 ↔ 언어 모델) 단어 수를 줄이거나, 영어 또는 한국어로 바꿔 찾아보세요.',
  searchAllIssues: '모든 호에서 찾기',
  issueFilter: '호',
  allIssues: (count: number) => `모든 호 (${count}편)`,
  issueOption: (label: string, count: number) => `${label} (${count}편)`,
  results: '검색 결과',
  matchedIn: {
    title: '제목에서 일치',
    summary: '소개에서 일치',
    abstract: '초록에서 일치',
  } as Record<MatchPlace, string>,
  showMore: (shown: number, total: number) => `더 보기 (${shown} / ${total})`,
  loadFailed: '검색에 필요한 데이터를 불러오지 못했습니다.',
  searchFailed: '검색하는 중에 문제가 생겼습니다.',
  retry: '다시 시도',
  someIssuesMissing: (ids: string[]) =>
    `${ids.length}개 호(${ids.join(', ')})를 불러오지 못해 이번 검색에서 빠졌습니다.`,
  keyboardHint: '↓ 키로 결과를 고르고 Enter로 엽니다.',
  issueLink: (label: string) => `${label} 호`,
};

export type SearchText = typeof ko;

const en: SearchText = {
  pageTitle: 'Search',
  heading: 'Search papers',
  resultsHeading: (query) => `Results for “${query}”`,
  documentTitle: (query) => `“${query}” – Search`,
  intro:
    'Searches every issue: titles in Korean and English, summaries and abstracts. Korean words are found with particles and inside compounds.',
  tryThese: 'Try',
  preparing: 'Preparing the search index…',
  searching: 'Searching…',
  found: (count) => `${numberEn(count)} ${count === 1 ? 'paper' : 'papers'} found.`,
  foundInIssue: (count, issue) =>
    `${numberEn(count)} ${count === 1 ? 'paper' : 'papers'} found in the issue of ${issue}.`,
  nothingFound: (query) => `No paper matches “${query}”.`,
  nothingFoundTips:
    'Try fewer words, different spacing (언어모델 ↔ 언어 모델), or the other language.',
  searchAllIssues: 'Search all issues',
  issueFilter: 'Issue',
  allIssues: (count) => `All issues (${count})`,
  issueOption: (label, count) => `${label} (${count})`,
  results: 'Search results',
  matchedIn: {
    title: 'Matched in title',
    summary: 'Matched in summary',
    abstract: 'Matched in abstract',
  },
  showMore: (shown, total) => `Show more (${shown} of ${total})`,
  loadFailed: 'Could not load the data that search needs.',
  searchFailed: 'Something went wrong while searching.',
  retry: 'Try again',
  someIssuesMissing: (ids) =>
    `${ids.length} ${ids.length === 1 ? 'issue' : 'issues'} (${ids.join(', ')}) could not be loaded and are left out of this search.`,
  keyboardHint: 'Use ↓ to pick a result and Enter to open it.',
  issueLink: (label) => `Issue of ${label}`,
};

export function searchText(language: InterfaceLanguage): SearchText {
  return language === 'en' ? en : ko;
}

/** Example queries that show what the engine understands (compounds, particles, mixed scripts). */
export const EXAMPLE_QUERIES = [
  '디퓨전',
  'KV 캐시',
  '파이프라인 병렬',
  '강화학습',
  'multimodal',
  'LLM 추론',
];
