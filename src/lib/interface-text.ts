import type { InterfaceLanguage } from './reading-language';

/**
 * Every interface label in both languages. Pages pick a table with `interfaceText(lang)`; the data's
 * own text (titles, abstracts) is never translated here.
 */
// One formatter per language, made once: a list of hundreds of weeks formats a number for each.
export const numberKo = new Intl.NumberFormat('ko-KR').format;
export const numberEn = new Intl.NumberFormat('en-US').format;

const ko = {
  siteName: 'AI/ML 논문 모음',
  skipToContent: '본문으로 건너뛰기',
  mainMenu: '주 메뉴',
  navArchive: '지난 호',
  navLibrary: '내 서재',
  readingLanguage: '읽기 언어',
  languageKo: '한국어',
  languageEn: 'English',
  languageBoth: '둘 다',
  languageBothLong: '한국어와 영어 함께',
  theme: '화면 테마',
  themeLight: '밝게',
  themeSystem: '시스템',
  themeDark: '어둡게',
  shortcuts: '단축키',
  loadingIssue: '이번 호를 불러오는 중…',
  source: '포럼 원문 보기 (댓글·좋아요)',
  authorsLabel: '저자',
  moreAuthors: (count: number) => ` 외 ${count}명`,
  forumLikes: (count: number) => `포럼 좋아요 ${numberKo(count)}개`,
  highlights: '이번 주 주목할 흐름',
  summaries: '한 줄 요약',
  contents: '이번 호 논문 목차',
  papers: (count: number) => `논문 ${count}편`,
  paperSummary: '논문 소개',
  abstract: '초록',
  abstractKo: '한국어 초록',
  abstractEn: '영어 초록 (원문)',
  paperLink: '논문 보기',
  /** The name of a paper's list of reading sites: the words before and after its title. */
  readOn: ['', ' 읽을 곳'] as readonly [string, string],
  moreLinks: '더 읽어보기',
  cardLanguageShort: '이 논문만',
  followGlobal: '전체 설정 따르기',
  missingParts: '원문에 없는 부분',
  missingPart: (part: string) => MISSING_LABELS_KO[part] ?? part,
  missingAbstract: '이 언어의 초록이 원문에 없어 다른 언어로 보여 드립니다.',
  invalidPaper: '이 논문은 데이터에 문제가 있어 표시할 수 없습니다.',
  invalidPaperTitle: (index: number) => `${index}번째 논문 (표시할 수 없음)`,
  errorTitle: '이번 호를 불러오지 못했습니다',
  indexErrorTitle: '발행 목록을 불러오지 못했습니다',
  errorNetwork: '서버에 연결하지 못했습니다. 네트워크 연결을 확인해 주세요.',
  errorHttp: (status: number | undefined) =>
    `서버가 오류(${status ?? '알 수 없음'})로 응답했습니다.`,
  errorJson: '데이터 파일이 손상되었습니다 (올바른 JSON이 아닙니다).',
  errorSchema: '데이터 파일의 형식이 예상과 다릅니다.',
  errorUnknown: '알 수 없는 문제가 생겼습니다.',
  errorDetails: '자세한 내용',
  retry: '다시 시도',
  backToLatest: '최신 호로 가기',
  goToArchive: '지난 호 목록 보기',
  backToIssue: '이번 호로 돌아가기',
  noIssues: '아직 발행된 호가 없습니다.',
};

export type InterfaceText = typeof ko;

const MISSING_LABELS_KO: Record<string, string> = {
  titleKo: '한국어 제목',
  titleEn: '영어 제목',
  summary: '논문 소개',
  abstractKo: '한국어 초록',
  abstractEn: '영어 초록',
  paperUrl: '논문 링크',
  moreLinks: '더 읽어보기 링크',
};

const MISSING_LABELS_EN: Record<string, string> = {
  titleKo: 'Korean title',
  titleEn: 'English title',
  summary: 'summary',
  abstractKo: 'Korean abstract',
  abstractEn: 'English abstract',
  paperUrl: 'paper link',
  moreLinks: 'further links',
};

const en: InterfaceText = {
  siteName: 'AI/ML 논문 모음',
  skipToContent: 'Skip to content',
  mainMenu: 'Main menu',
  navArchive: 'Archive',
  navLibrary: 'Library',
  readingLanguage: 'Reading language',
  languageKo: '한국어',
  languageEn: 'English',
  languageBoth: 'Both',
  languageBothLong: 'Korean and English together',
  theme: 'Theme',
  themeLight: 'Light',
  themeSystem: 'System',
  themeDark: 'Dark',
  shortcuts: 'Keyboard shortcuts',
  loadingIssue: 'Loading the issue…',
  source: 'Read on the forum (comments, likes)',
  authorsLabel: 'Authors',
  moreAuthors: (count: number) => ` and ${count} more`,
  forumLikes: (count: number) =>
    `${numberEn(count)} ${count === 1 ? 'like' : 'likes'} on the forum`,
  highlights: 'Trends this week',
  summaries: 'In one line',
  contents: 'Papers in this issue',
  papers: (count: number) => `${count} ${count === 1 ? 'paper' : 'papers'}`,
  paperSummary: 'Summary (Korean)',
  abstract: 'Abstract',
  abstractKo: 'Korean abstract',
  abstractEn: 'English abstract (original)',
  paperLink: 'Read the paper',
  readOn: ['Where to read ', ''],
  moreLinks: 'Further reading',
  cardLanguageShort: 'This paper',
  followGlobal: 'Follow the page setting',
  missingParts: 'Missing from the source',
  missingPart: (part: string) => MISSING_LABELS_EN[part] ?? part,
  missingAbstract: 'The source has no abstract in this language, so it is shown in the other one.',
  invalidPaper: 'This paper has a problem in the data and cannot be shown.',
  invalidPaperTitle: (index: number) => `Paper ${index} (cannot be shown)`,
  errorTitle: 'Could not load this issue',
  indexErrorTitle: 'Could not load the list of issues',
  errorNetwork: 'Could not reach the server. Please check your connection.',
  errorHttp: (status: number | undefined) =>
    `The server answered with an error (${status ?? 'unknown'}).`,
  errorJson: 'The data file is damaged (it is not valid JSON).',
  errorSchema: 'The data file is not in the expected shape.',
  errorUnknown: 'Something unexpected went wrong.',
  errorDetails: 'Details',
  retry: 'Try again',
  backToLatest: 'Go to the latest issue',
  goToArchive: 'See all issues',
  backToIssue: 'Back to the issue',
  noIssues: 'No issue has been published yet.',
};

export function interfaceText(language: InterfaceLanguage): InterfaceText {
  return language === 'en' ? en : ko;
}
