// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/data/schema';
import { formatProblem } from '../../../scripts/ingest/problems';
import { outsideMath, parseFixture, textFields } from './fixtures';

function issueOf(name: string): Issue {
  const result = parseFixture(name);
  expect(result.errors.map(formatProblem)).toEqual([]);
  if (!result.issue) throw new Error(`${name} gave no issue`);
  return result.issue;
}

/** What both forms of a week must agree on (links may carry labels only the page knows). */
function comparable(issue: Issue) {
  return {
    id: issue.id,
    title: issue.title,
    period: issue.period,
    intro: issue.intro,
    highlights: issue.highlights,
    papers: issue.papers.map(({ moreLinks, ...paper }) => ({
      ...paper,
      moreLinks: moreLinks.map((l) => l.url),
    })),
  };
}

describe.each(['txt', 'html'])('every well-formed fixture (%s)', (ext) => {
  it.each(['month-crossing', 'year-crossing', 'summary-list'])(
    '%s: no shortcode and no LaTeX command outside math',
    (base) => {
      const issue = issueOf(`${base}.${ext}`);
      for (const [name, text] of textFields(issue)) {
        expect(text, name).not.toMatch(/:[a-z0-9_+-]+:/);
        expect(outsideMath(text), name).not.toMatch(/\\[a-zA-Z]+/);
      }
      for (const paper of issue.papers) expect(paper.missing, paper.id).toEqual([]);
    },
  );
});

describe('a period crossing a month, headings worded differently, no like count', () => {
  it.each(['month-crossing.txt', 'month-crossing.html'])('%s', (name) => {
    const issue = issueOf(name);
    expect(issue.id).toBe('2025-10-27');
    expect(issue.period).toEqual({ start: '2025-10-27', end: '2025-11-02' });
    expect(issue.likes).toBeNull();
    expect(issue.papers.map((p) => p.id)).toEqual(['agentbench-2', 'tiny-reasoners']);
    // "논문  소개", "초록(Abstract)" / "초록 [Abstract]", "논문 초록 ( Abstract )", "논문 링크:" all count.
    const [agent, tiny] = issue.papers;
    expect(agent?.summary.split('\n\n')).toHaveLength(2);
    expect(agent?.abstractKo).toMatch(/^우리는 장기 과제에서/);
    expect(agent?.abstractEn).toMatch(/^We present AgentBench 2/);
    expect(tiny?.abstractEn).toMatch(/^We show that language models below 1B/);
    expect(issue.highlights[1]?.mentions).toEqual([
      { text: 'Tiny Reasoners', paperId: 'tiny-reasoners' },
    ]);
  });

  it('gives the same issue from the text copy and the saved page, bar what only the page knows', () => {
    const text = issueOf('month-crossing.txt');
    const page = issueOf('month-crossing.html');
    expect(
      comparable({
        ...page,
        papers: page.papers.map((p) => ({ ...p, paperUrl: null, moreLinks: [] })),
      }),
    ).toEqual(comparable(text));
    expect(page.source).toBe('https://discuss.pytorch.kr/t/2025-10-27-11-02-ai-ml/8101');
    expect(page.papers.map((p) => p.paperUrl)).toEqual([
      'https://arxiv.org/abs/2510.20001',
      'https://arxiv.org/abs/2510.20002',
    ]);
    expect(page.papers[0]?.moreLinks).toEqual([
      { url: 'https://github.com/example/agentbench2', label: 'GitHub - example/agentbench2' },
    ]);
  });

  it('warns once that the text copy has no link targets, without flagging papers as incomplete', () => {
    const result = parseFixture('month-crossing.txt');
    expect(result.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'link',
        '2 paper(s) have no link: a text copy loses link targets; add them to month-crossing.links.json',
      ],
    ]);
    expect(result.issue?.papers.every((p) => p.paperUrl === null && p.missing.length === 0)).toBe(
      true,
    );
  });
});

describe('a period crossing a year, a title repeated, a sidecar with source and further links', () => {
  it.each(['year-crossing.txt', 'year-crossing.html'])('%s', (name) => {
    const issue = issueOf(name);
    expect(issue.period).toEqual({ start: '2025-12-29', end: '2026-01-04' });
    expect(issue.title).toBe('이번 주에 살펴볼 만한 AI/ML 논문 모음');
    expect(issue.intro).toBe('PyTorchKR🔥🇰🇷 🤔💭');
    expect(issue.likes).toBe(15); // the page: the first post's button, not the reply's 4
    expect(issue.source).toBe('https://discuss.pytorch.kr/t/2025-12-29-2026-01-04-ai-ml/8400');
    expect(issue.papers.map((p) => p.paperUrl)).toEqual([
      'https://arxiv.org/abs/2512.01234',
      'https://arxiv.org/abs/2512.05678',
    ]);
    expect(issue.papers[0]?.moreLinks.map((l) => l.url)).toEqual([
      'https://github.com/example/scaling-revisited',
      'https://example.org/blog/scaling-revisited',
    ]);
    expect(issue.papers[0]?.abstractEn).toContain('$L \\propto r^{-0.3}$');
    expect(issue.highlights.map((h) => h.paperIds)).toEqual([
      ['scaling-laws-revisited'],
      ['flashsparse'],
    ]);
  });

  it('agrees between the two forms', () => {
    expect(comparable(issueOf('year-crossing.html'))).toEqual(
      comparable(issueOf('year-crossing.txt')),
    );
  });
});

describe('a per-paper summary list after the highlights, and names quoted every way', () => {
  it('reads the text copy: a label line, plain items and a bulleted item', () => {
    const issue = issueOf('summary-list.txt');
    expect(issue.summaries).toEqual([
      {
        text: 'Economy of Minds: 에이전트 간 자원 거래로 협업을 조직한다.',
        paperId: 'economy-of-minds',
      },
      { text: 'Eval Drift - 벤치마크 점수가 모델 업데이트 없이도 변한다.', paperId: 'eval-drift' },
      {
        text: 'Long Context Is Not Enough: 긴 문맥 창과 기억은 다르다.',
        paperId: 'long-context-is-not-enough',
      },
    ]);
  });

  it('reads the page: a list, bold and italic names, a nested item', () => {
    const issue = issueOf('summary-list.html');
    expect(issue.summaries).toEqual([
      {
        text: '**Economy of Minds**: 에이전트 간 자원 거래로 협업을 조직한다.',
        paperId: 'economy-of-minds',
      },
      {
        text: '*Eval Drift* - 벤치마크 점수가 모델 업데이트 없이도 변한다.',
        paperId: 'eval-drift',
      },
      {
        text: 'Long Context Is Not Enough: 긴 문맥 창과 기억은 다르다.',
        paperId: 'long-context-is-not-enough',
      },
      { text: '128K 문맥에서도 앞부분의 사실을 잊는다.', paperId: null },
    ]);
  });

  it.each(['summary-list.txt', 'summary-list.html'])(
    "%s: 1️⃣/:one: highlights link **bold**, 「」, '' and ‘’ names",
    (name) => {
      const issue = issueOf(name);
      expect(issue.highlights.map((h) => [h.number, h.title])).toEqual([
        [1, '에이전트 사회'],
        [2, '평가의 재현성'],
        [3, '긴 문맥'],
      ]);
      expect(issue.highlights.map((h) => h.mentions)).toEqual([
        [{ text: 'Economy of Minds', paperId: 'economy-of-minds' }],
        [
          { text: '재현 가능한 평가', paperId: 'eval-drift' }, // the Korean title
          { text: 'Eval Drift', paperId: 'eval-drift' },
        ],
        [{ text: 'Long Context Is Not Enough', paperId: 'long-context-is-not-enough' }],
      ]);
      expect(issue.highlights[1]?.paperIds).toEqual(['eval-drift']);
      for (const h of issue.highlights)
        for (const m of h.mentions) expect(h.body).toContain(m.text);
    },
  );

  it('reports a sidecar entry that matches no paper', () => {
    expect(parseFixture('summary-list.txt').warnings.map(formatProblem)).toEqual([
      'summary-list.links.json: the entry "A Paper That Is Not In This Week" matches no paper\'s English title',
    ]);
  });
});

describe('image captions and copied link previews in the text copy', () => {
  const result = parseFixture('images-and-previews.txt');
  const issue = result.issue as Issue;

  it('ignores the captions and the preview text, keeps bare URLs as links', () => {
    expect(issue.papers.map((p) => p.id)).toEqual([
      'vit-registers',
      'distilling-diffusion-models-into-one-step',
    ]);
    const [vit, distill] = issue.papers;
    expect(vit?.summary).toBe(
      '레지스터 토큰을 추가하면 ViT의 어텐션 맵에서 고노름 아티팩트가 사라진다는 결과를 재현한다.',
    );
    expect(vit?.abstractEn).toBe(
      'We reproduce, on five models, the finding that register tokens remove attention artifacts.',
    );
    expect(vit?.paperUrl).toBe('https://arxiv.org/abs/2511.11111');
    expect(vit?.moreLinks).toEqual([
      { url: 'https://github.com/example/vit-registers' },
      { url: 'https://example.org/vit-registers/' },
    ]);
    expect(distill?.paperUrl).toBeNull();
    expect(distill?.missing).toEqual([]);
    expect(issue.likes).toBe(1);
  });
});

describe('titles with slashes, and repeated English titles', () => {
  it('splits on the separator before the English title and dedupes ids', () => {
    const issue = issueOf('slash-titles.txt');
    expect(issue.papers.map((p) => [p.id, p.titleKo, p.titleEn])).toEqual([
      [
        'twitter-x-is-not-the-web',
        'Twitter/X는 웹이 아니다: AI/ML 사전학습 데이터의 편향',
        'Twitter/X Is Not the Web: Bias in AI/ML Pretraining Data',
      ],
      [
        'read-write-heads',
        '읽기 / 쓰기 헤드: 트랜스포머를 위한 외부 메모리',
        'Read / Write Heads: External Memory for Transformers',
      ],
      [
        'twitter-x-is-not-the-web-2',
        '트위터 데이터 재검토',
        'Twitter/X Is Not the Web: Bias in AI/ML Pretraining Data',
      ],
    ]);
    expect(issue.highlights[0]?.paperIds).toEqual(['twitter-x-is-not-the-web', 'read-write-heads']);
  });
});

describe('papers with a missing part are kept, flagged and reported where the part was expected', () => {
  it('text copy', () => {
    const result = parseFixture('missing-parts.txt');
    expect(result.errors).toEqual([]);
    expect(result.issue?.papers.map((p) => [p.id, p.missing])).toEqual([
      ['a-complete-paper', []],
      ['a-paper-without-abstract', ['abstractKo', 'abstractEn']],
      ['a-paper-without-english-abstract', ['abstractEn']],
      ['paper-4', ['titleEn']],
      ['a-paper-without-introduction-heading', []],
    ]);
    expect(result.warnings.filter((w) => w.code !== 'link').map(formatProblem)).toEqual([
      `missing-parts.txt:29: paper "A Paper Without Abstract": expected '논문 초록(Abstract)' before '논문 링크'`,
      `missing-parts.txt:38: paper "A Paper Without English Abstract": '논문 초록(Abstract)' has no English paragraph`,
      `missing-parts.txt:45: paper "영어 제목이 없는 논문": expected '한국어 제목 / English Title', found no English title`,
      `missing-parts.txt:62: paper "A Paper Without Introduction Heading": expected '논문 소개' before this text; read as the summary`,
    ]);
    expect(result.issue?.papers[4]?.summary).toBe(
      "'논문 소개' 제목 없이 바로 시작하는 소개 문단이다.",
    );
    expect(result.issue?.likes).toBe(3);
  });

  it('saved page: a missing link is flagged there, since the page has the links', () => {
    const result = parseFixture('missing-parts.html');
    expect(result.issue?.papers.map((p) => [p.id, p.missing])).toEqual([
      ['a-paper-without-link', ['paperUrl']],
      ['a-paper-without-english-abstract', ['abstractEn']],
    ]);
    expect(result.warnings.map(formatProblem)).toEqual([
      `missing-parts.html (h3#3 "논문 링크"): paper "A Paper Without Link": expected a link under '논문 링크'`,
      `missing-parts.html (h3#5 "논문 초록(Abstract)"): paper "A Paper Without English Abstract": '논문 초록(Abstract)' has no English paragraph`,
    ]);
  });
});

describe('files that are not digests give no issue and say what was expected, where', () => {
  it.each([
    [
      'not-a-digest.txt',
      'not-a-digest',
      "not-a-digest.txt:1: not a digest: expected a title line like '[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음' at the top",
    ],
    [
      'not-a-digest.html',
      'not-a-digest',
      `not-a-digest.html (p#1 "PyTorch 2.9가 출시되었습니다. 주요 변경 사항…"): not a digest: expected a title line like '[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음' at the top`,
    ],
    [
      'no-papers.txt',
      'no-papers',
      "no-papers.txt:3: not a digest: no papers found (expected a line '한국어 제목 / English Title' followed by '논문 소개')",
    ],
    [
      'bad-period.txt',
      'period',
      "bad-period.txt:1: expected a period like '[2025/10/20 ~ 26]': '2025/02/30' is not a date",
    ],
  ])('%s', (name, code, message) => {
    const result = parseFixture(name);
    expect(result.issue).toBeUndefined();
    expect(result.errors.map((e) => e.code)).toEqual([code]);
    expect(result.errors.map(formatProblem)).toEqual([message]);
  });

  it('refuses a sidecar that does not match its schema, naming the sidecar file', async () => {
    const { parseDigest } = await import('../../../scripts/ingest/parse-digest');
    const result = parseDigest('[2025/10/20 ~ 26] x', {
      fileName: '2025-10-20.txt',
      format: 'text',
      sidecar: { papers: [{ titleEn: 'A', paper: 'javascript:alert(1)' }] },
    });
    expect(result.issue).toBeUndefined();
    expect(result.errors.map(formatProblem)).toEqual([
      '2025-10-20.links.json: not a valid links sidecar: papers.0.paper: expected an absolute http(s) URL',
    ]);
  });
});
