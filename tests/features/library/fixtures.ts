import type { Issue, Paper } from '../../../src/data/schema';

export function makePaper(id: string, overrides: Partial<Paper> = {}): Paper {
  const titleEn = id
    .split('-')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');
  return {
    id,
    titleKo: `${titleEn} (한국어 제목)`,
    titleEn,
    summary: '요약',
    abstractKo: '초록',
    abstractEn: 'Abstract',
    paperUrl: `https://arxiv.org/abs/2510.${String(10000 + id.length).padStart(5, '0')}`,
    moreLinks: [],
    missing: [],
    ...overrides,
  };
}

export const brainRot = makePaper('llms-can-get-brain-rot', {
  titleKo: 'LLM은 "브레인 로트"에 걸릴 수 있다!',
  titleEn: 'LLMs Can Get "Brain Rot"!',
  paperUrl: 'https://arxiv.org/abs/2510.13928',
});
export const optPipe = makePaper('optpipe', {
  titleKo: 'OptPipe: LLM 학습을 위한 메모리 및 스케줄링 최적화 파이프라인 병렬 처리',
  titleEn: 'OptPipe: Memory- and Scheduling-Optimized Pipeline Parallelism for LLM Training',
  paperUrl: 'https://arxiv.org/abs/2510.05186',
});
export const noLink = makePaper('space-of-ai', {
  titleKo: 'AI의 SPACE',
  titleEn: "The SPACE of AI: Real-World Lessons on AI's Impact on Developers",
  paperUrl: null,
});

export const issue: Issue = {
  version: 1,
  id: '2025-10-20',
  title: '[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음',
  period: { start: '2025-10-20', end: '2025-10-26' },
  source: null,
  intro: '',
  highlights: [],
  summaries: [],
  papers: [brainRot, optPipe, noLink],
  likes: 12,
};

export const olderIssue: Issue = {
  ...issue,
  id: '2025-10-13',
  title: '[2025/10/13 ~ 19] 이번 주에 살펴볼 만한 AI/ML 논문 모음',
  period: { start: '2025-10-13', end: '2025-10-19' },
  papers: [makePaper('older-paper', { titleEn: 'An Older Paper', titleKo: '지난주 논문' })],
  likes: null,
};
