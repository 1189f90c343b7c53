import { issueSummary, type Issue, type IssueIndex, type Paper } from '../../../src/data/schema';

/** Two small issues with text from the real digest, for the index and the results page. */
function paper(fields: Partial<Paper> & Pick<Paper, 'id' | 'titleKo' | 'titleEn'>): Paper {
  return {
    summary: '',
    abstractKo: '',
    abstractEn: '',
    paperUrl: null,
    moreLinks: [],
    missing: [],
    ...fields,
  };
}

export const octoberIssue: Issue = {
  version: 1,
  id: '2025-10-20',
  title: '[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음',
  period: { start: '2025-10-20', end: '2025-10-26' },
  source: null,
  intro: '',
  highlights: [],
  summaries: [],
  likes: 2,
  papers: [
    paper({
      id: 'optpipe',
      titleKo: 'OptPipe: LLM 학습을 위한 메모리 및 스케줄링 최적화 파이프라인 병렬 처리',
      titleEn: 'OptPipe: Memory- and Scheduling-Optimized Pipeline Parallelism for LLM Training',
      summary:
        '파이프라인 병렬성을 최적화하여 메모리 사용량과 처리 속도를 개선하는 방법을 제시합니다.',
      abstractKo: '파이프라인 병렬성은 대규모 모델을 학습하는 핵심 기법입니다.',
      abstractEn: 'Pipeline parallelism is widely used to train large language models.',
    }),
    paper({
      id: 'fast-dllm',
      titleKo: 'Fast-dLLM: KV 캐시 및 병렬 디코딩을 통한 디퓨전 LLM의 학습 없는 가속화',
      titleEn:
        'Fast-dLLM: Training-free Acceleration of Diffusion LLM by Enabling KV Cache and Parallel Decoding',
      summary:
        '디퓨전 기반 대규모 언어 모델(Diffusion LLMs)은 비자기 회귀 텍스트 생성을 위한 병렬 디코딩 기능을 보여주고 있지만, **키-값(KV) 캐시**의 부재로 뒤처집니다.',
      abstractKo:
        '디퓨전 기반 대규모 언어 모델은 병렬 디코딩 기능을 갖춘 비자기회귀 텍스트 생성에서 가능성을 보여줍니다.',
      abstractEn:
        'Diffusion-based large language models (Diffusion LLMs) have shown promise for non-autoregressive text generation with parallel decoding capabilities.',
    }),
    paper({
      id: 'elastic-cache',
      titleKo: '디퓨전 대규모 언어 모델에서 KV 캐시를 위한 어텐션 최적화',
      titleEn: 'Attention Is All You Need for KV Cache in Diffusion LLMs',
      summary:
        '본 연구는 디퓨전 대규모 언어 모델(DLMs)의 키-값(KV) 캐시를 적응적으로 재계산하여 예측 정확도를 극대화합니다. 이를 Elastic-Cache라 부릅니다.',
      abstractKo: '이 연구는 확산 대규모 언어 모델의 KV 캐시를 적응적으로 재계산합니다.',
      abstractEn:
        'This work studies how to adaptively recompute key-value (KV) caches for diffusion large language models.',
    }),
    paper({
      id: 'brain-rot',
      titleKo: 'LLM은 "브레인 로트"에 걸릴 수 있다!',
      titleEn: 'LLMs Can Get "Brain Rot"!',
      summary:
        'LLM 뇌 부패 가설을 제안하고 검증하였다. 쓰레기 웹 텍스트 노출이 언어 모델의 인지 능력 저하를 유발한다.',
      abstractKo: '우리는 $74.9 \\rightarrow 57.2$로 감소하는 결과를 보고합니다.',
      abstractEn: 'We propose and test the LLM Brain Rot Hypothesis.',
    }),
  ],
};

export const septemberIssue: Issue = {
  version: 1,
  id: '2025-09-29',
  title: '[2025/09/29 ~ 10/05] 이번 주에 살펴볼 만한 AI/ML 논문 모음',
  period: { start: '2025-09-29', end: '2025-10-05' },
  source: null,
  intro: '',
  highlights: [],
  summaries: [],
  likes: null,
  papers: [
    paper({
      id: 'tiny-models',
      titleKo: '작은 언어모델이 추론을 잘하는 이유',
      titleEn: 'Why Small Language Models Reason Well',
      summary: '언어모델을 작게 만들어도 추론 능력을 지키는 방법을 다룹니다.',
      abstractKo: '우리는 모델을 압축합니다.',
      abstractEn: 'We compress models while keeping their reasoning.',
    }),
    paper({
      id: 'apart-words',
      titleKo: '언어 이해와 모델 평가',
      titleEn: 'Language Understanding and Evaluation',
      summary: '언어 이해를 측정하는 새 벤치마크. 모델 평가에서 캐시 효과를 봅니다.',
      abstractKo: '이 벤치마크는 언어 이해를 평가합니다.',
      abstractEn: 'A benchmark of language understanding with cached evaluation.',
    }),
  ],
};

export const archiveIndex: IssueIndex = {
  version: 1,
  issues: [octoberIssue, septemberIssue].map(issueSummary),
};
