/**
 * An issue JSON built to hurt: every text field carries script tags, event handlers, javascript: and data:
 * links, KaTeX commands that would produce links or classes, macro bombs, right-to-left overrides, deeply
 * nested Markdown and a 1 MB abstract. Every payload that could run sets window.__pwned, so a spec can
 * prove nothing executed.
 */
const PWN = 'window.__pwned=1';

export const HOSTILE_MARKERS = {
  scriptText: `<script>${PWN}</script>`,
  rtl: 'evil\u202Egnp.exe',
} as const;

const payloads = [
  HOSTILE_MARKERS.scriptText,
  `<img src=x onerror="${PWN}">`,
  `<svg onload="${PWN}"></svg>`,
  `<iframe src="javascript:${PWN}"></iframe>`,
  `[click me](javascript:${PWN})`,
  `[data link](data:text/html,<script>${PWN}</script>)`,
  `<javascript:${PWN}>`,
  `[vb](vbscript:msgbox)`,
  `![img](javascript:${PWN})`,
  `$\\href{javascript:${PWN}}{katex link}$`,
  `$\\url{javascript:${PWN}}$`,
  `$\\htmlClass{pwned}{x}$ $\\htmlStyle{color:red}{y}$ $\\htmlId{main}{z}$ $\\htmlData{a=b}{w}$`,
  '$\\def\\a{\\b\\b\\b\\b\\b\\b\\b\\b\\b\\b}\\def\\b{\\c\\c\\c\\c\\c\\c\\c\\c\\c\\c}\\def\\c{xxxxxxxxxx}\\a\\a\\a\\a\\a\\a\\a\\a$',
  '$\\rule{100000em}{100000em}$',
  HOSTILE_MARKERS.rtl,
  '"><script>' + PWN + '</script>',
].join('\n\n');

const nested = `${'> '.repeat(2000)}deep quote\n\n${'- '.repeat(1500)}deep list\n\n${'*'.repeat(5000)}stars${'*'.repeat(5000)}\n\n${'['.repeat(5000)}brackets`;
// As long as an abstract may be (src/data/schema.ts FIELD_LIMITS.paperText: 100,000 characters); a
// longer one is refused, paper by paper (tests/data/field-limits.test.ts).
const megabyte = 'Hostile abstract filler sentence that keeps going. '.repeat(1_960);

const paper = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  titleKo: `${HOSTILE_MARKERS.scriptText} 제목 ${id}`,
  titleEn: `<img src=x onerror="${PWN}"> Title ${id}`,
  summary: payloads,
  abstractKo: nested,
  abstractEn: payloads,
  paperUrl: 'https://arxiv.org/abs/2510.00001',
  moreLinks: [{ url: 'https://example.com/more', label: `<b onmouseover="${PWN}">label</b>` }],
  missing: [],
  ...extra,
});

export function hostileIssue(id = '2025-10-20') {
  return {
    version: 1,
    id,
    title: `${HOSTILE_MARKERS.scriptText} 이번 주 논문`,
    period: { start: id, end: '2025-10-26' },
    source: 'https://discuss.pytorch.kr/t/hostile',
    intro: payloads,
    highlights: [
      {
        number: 1,
        title: `<img src=x onerror="${PWN}">`,
        body: payloads,
        paperIds: ['plain-hostile'],
        mentions: [{ text: 'click me', paperId: 'plain-hostile' }],
      },
    ],
    summaries: [{ text: payloads, paperId: null }],
    papers: [
      paper('plain-hostile'),
      paper('huge-abstract', { abstractEn: megabyte }),
      // Refused by the schema (javascript: link): the page must show the others and mark this one.
      paper('javascript-link', {
        paperUrl: `javascript:${PWN}`,
        moreLinks: [{ url: `data:text/html,x` }],
      }),
    ],
    likes: 3,
  };
}

export function hostileIndex(id = '2025-10-20') {
  return {
    version: 1,
    issues: [
      {
        id,
        title: `${HOSTILE_MARKERS.scriptText} 이번 주 논문`,
        period: { start: id, end: '2025-10-26' },
        paperCount: 3,
        likes: 3,
        highlights: [`${HOSTILE_MARKERS.scriptText} 하이라이트`],
      },
    ],
  };
}

/**
 * One unbroken word of 100,000 characters, the most a paper's text may hold (FIELD_LIMITS.paperText), its
 * script changing at every letter: Hangul, Latin and digits mixed cost a browser far more to wrap than a
 * word in one script (scripts/bench-long-word.ts measures both).
 */
export const LONG_WORD = Array.from({ length: 100_000 }, (_, index) => '가a1나b'[index % 5]).join(
  '',
);

/** A plain week whose second paper's Korean abstract is LONG_WORD; the other texts are ordinary. */
export function longWordIssue(id = '2025-10-20') {
  const paper = (paperId: string, extra: Record<string, unknown> = {}) => ({
    id: paperId,
    titleKo: `긴 낱말 논문 ${paperId}`,
    titleEn: `Long word paper ${paperId}`,
    summary: '이 논문은 평범한 요약을 가지고 있습니다.',
    abstractKo: '평범한 초록입니다.',
    abstractEn: 'An ordinary abstract.',
    paperUrl: 'https://arxiv.org/abs/2510.00001',
    moreLinks: [],
    missing: [],
    ...extra,
  });
  return {
    version: 1,
    id,
    title: '긴 낱말이 있는 주',
    period: { start: id, end: '2025-10-26' },
    source: 'https://discuss.pytorch.kr/t/long-word',
    intro: '이번 주의 소개입니다.',
    highlights: [
      {
        number: 1,
        title: '평범한 하이라이트',
        body: '하이라이트 본문입니다.',
        paperIds: ['long-word'],
        mentions: [],
      },
    ],
    summaries: [],
    papers: [
      paper('before-long-word'),
      paper('long-word', { abstractKo: LONG_WORD }),
      paper('after-long-word'),
    ],
    likes: 0,
  };
}

export function longWordIndex(id = '2025-10-20') {
  return {
    version: 1,
    issues: [
      {
        id,
        title: '긴 낱말이 있는 주',
        period: { start: id, end: '2025-10-26' },
        paperCount: 3,
        likes: 0,
        highlights: ['평범한 하이라이트'],
      },
    ],
  };
}
