// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { issueSchema, type Issue } from '../../../src/data/schema';
import { formatProblem } from '../../../scripts/ingest/problems';
import { outsideMath, parseFixture, parseSeed, SEED_SIDECAR, textFields } from './fixtures';

const HANGUL = /[\uac00-\ud7a3]/;
const result = parseSeed();
const issue = result.issue as Issue;

describe('the seed week (2025-10-20.txt + links sidecar)', () => {
  it('parses without errors or warnings and passes the schema', () => {
    expect(result.errors.map(formatProblem)).toEqual([]);
    expect(result.warnings.map(formatProblem)).toEqual([]);
    expect(issueSchema.safeParse(issue).success).toBe(true);
  });

  it('has the period, id, title, like count and intro of the post', () => {
    expect(issue.id).toBe('2025-10-20');
    expect(issue.period).toEqual({ start: '2025-10-20', end: '2025-10-26' });
    expect(issue.title).toBe('이번 주에 살펴볼 만한 AI/ML 논문 모음');
    expect(issue.likes).toBe(2);
    expect(issue.intro).toBe('PyTorchKR🔥🇰🇷 🤔💭');
    expect(issue.summaries).toEqual([]);
  });

  it('has 10 complete papers with both titles, the summary and both abstracts', () => {
    expect(issue.papers).toHaveLength(10);
    for (const paper of issue.papers) {
      expect(paper.missing, paper.id).toEqual([]);
      expect(paper.titleKo, paper.id).toMatch(HANGUL);
      expect(paper.titleEn, paper.id).toMatch(/^[\x20-\x7e]+$/);
      expect(paper.summary.length, paper.id).toBeGreaterThan(300);
      expect(paper.abstractKo, paper.id).toMatch(HANGUL);
      expect(paper.abstractEn, paper.id).not.toMatch(HANGUL);
      expect(paper.abstractEn.length, paper.id).toBeGreaterThan(500);
    }
    expect(issue.papers.map((p) => p.id)).toEqual([
      'llms-can-get-brain-rot',
      'optpipe',
      'the-dragon-hatchling',
      'hybrid-reinforcement',
      'modeling-others-minds-as-code',
      'chunkllm',
      'fast-dllm',
      'attention-is-all-you-need-for-kv-cache-in-diffusion-llms',
      'beyond-seeing',
      'the-space-of-ai',
    ]);
  });

  it('keeps titles containing a slash or quotes whole', () => {
    const brainRot = issue.papers[0];
    expect(brainRot?.titleKo).toBe('LLM은 "브레인 로트"에 걸릴 수 있다!');
    expect(brainRot?.titleEn).toBe('LLMs Can Get "Brain Rot"!');
    expect(issue.papers[4]?.titleEn).toBe("Modeling Others' Minds as Code");
  });

  it('keeps multi-paragraph summaries as paragraphs', () => {
    const byId = new Map(issue.papers.map((p) => [p.id, p]));
    expect(byId.get('optpipe')?.summary.split('\n\n')).toHaveLength(3);
    expect(byId.get('hybrid-reinforcement')?.summary.split('\n\n')).toHaveLength(4);
    expect(byId.get('fast-dllm')?.summary.split('\n\n')).toHaveLength(1);
  });

  it('takes the 10 arXiv links from the sidecar, matched by English title', () => {
    const expected = new Map(
      (SEED_SIDECAR as { papers: { titleEn: string; paper: string }[] }).papers.map((e) => [
        e.titleEn,
        e.paper,
      ]),
    );
    for (const paper of issue.papers) {
      expect(paper.paperUrl, paper.id).toBe(expected.get(paper.titleEn));
      expect(paper.paperUrl).toMatch(/^https:\/\/arxiv\.org\/abs\/\d{4}\.\d{5}$/);
    }
    expect(new Set(issue.papers.map((p) => p.paperUrl)).size).toBe(10);
  });

  it('links each highlight to the papers it names, with the exact text of each name', () => {
    expect(issue.highlights.map((h) => [h.number, h.title, h.paperIds])).toEqual([
      [1, '데이터 품질과 LLM 성능의 관계', ['llms-can-get-brain-rot']],
      [2, '멀티모달 처리의 필요성', ['beyond-seeing']],
      [3, '효율적인 학습 및 추론 기술 개발', ['optpipe', 'fast-dllm']],
    ]);
    expect(issue.highlights.flatMap((h) => h.mentions.map((m) => m.text))).toEqual([
      "LLMs Can Get 'Brain Rot'!",
      'Beyond Seeing',
      'OptPipe',
      'Fast-dLLM',
    ]);
    for (const highlight of issue.highlights) {
      expect(highlight.body).not.toMatch(/^:\w+:|^[1-9]\ufe0f?\u20e3/);
      for (const mention of highlight.mentions) expect(highlight.body).toContain(mention.text);
    }
  });

  it('leaves the forum footer and the like count out of the last paper', () => {
    const last = issue.papers[9];
    for (const text of [last?.summary, last?.abstractKo, last?.abstractEn]) {
      expect(text).not.toMatch(/파이토치 한국 사용자 모임|좋아요|뉴스 발행/);
    }
  });

  it('leaves no :shortcode: and no LaTeX command outside math in any text field', () => {
    for (const [name, text] of textFields(issue)) {
      expect(text, name).not.toMatch(/:[a-z0-9_+-]+:/);
      expect(outsideMath(text), name).not.toMatch(/\\[a-zA-Z]+/);
    }
    // The formula the digest meant stays math; its figures are text in the prose font (item 8).
    expect(issue.papers.map((paper) => paper.abstractKo).join('\n')).toContain('$n$');
    expect(issue.papers[0]?.abstractKo).toContain('74.9 → 57.2로');
  });
});

describe('the seed week saved as a Discourse page (seed-part.html, first 3 papers)', () => {
  const html = parseFixture('seed-part.html');
  const page = html.issue as Issue;

  it('reads the same issue as the text copy, plus what only the page knows', () => {
    expect(html.errors).toEqual([]);
    expect(html.warnings.map(formatProblem)).toEqual([]);
    expect(page.period).toEqual(issue.period);
    expect(page.title).toBe(issue.title);
    expect(page.intro).toBe(issue.intro);
    expect(page.likes).toBe(2); // the first post's count, not the reply's 7
    expect(page.source).toBe('https://discuss.pytorch.kr/t/2025-10-20-26-ai-ml/8064');
    expect(page.highlights.map((h) => [h.title, h.body])).toEqual(
      issue.highlights.map((h) => [h.title, h.body]),
    );
  });

  it('gives each paper the same text as the copy, ignoring image captions and link previews', () => {
    expect(page.papers).toHaveLength(3);
    page.papers.forEach((paper, index) => {
      const { moreLinks: _pageLinks, ...fromPage } = paper;
      const { moreLinks: _textLinks, ...fromText } = issue.papers[index] as Issue['papers'][number];
      expect(fromPage).toEqual(fromText);
    });
  });

  it('keeps the onebox hrefs under 더 읽어보기 as further links, with their titles', () => {
    expect(page.papers[0]?.moreLinks).toEqual([
      {
        url: 'https://github.com/llm-attacks/llm-brain-rot',
        label: 'GitHub - llm-attacks/llm-brain-rot',
      },
      { url: 'https://llm-brain-rot.github.io/', label: 'LLMs Can Get Brain Rot — project page' },
    ]);
    expect(page.papers[1]?.moreLinks).toEqual([]);
    expect(page.papers[2]?.moreLinks).toEqual([
      {
        url: 'https://github.com/pathwaycom/bdh',
        label: 'GitHub - pathwaycom/bdh: Baby Dragon Hatchling (BDH)',
      },
    ]);
  });
});
