// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../scripts/ingest/html-blocks';
import { findMentions, PaperMatcher, quotedNames } from '../../../scripts/ingest/mentions';
import { splitTitles } from '../../../scripts/ingest/digest/paper-titles';
import { parseTitleLine } from '../../../scripts/ingest/digest/title-line';
import { slugify, uniqueSlugs } from '../../../scripts/ingest/slug';
import { textToBlocks } from '../../../scripts/ingest/text-blocks';

describe('parseTitleLine', () => {
  it.each([
    ['[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음', '2025-10-20', '2025-10-26'],
    ['[2025/10/27 ~ 11/02] 이번 주', '2025-10-27', '2025-11-02'],
    ['[2025/12/29 ~ 2026/01/04] 이번 주', '2025-12-29', '2026-01-04'],
    ['[2025/12/29 ~ 01/04] 이번 주', '2025-12-29', '2026-01-04'],
    ['[2025/10/27 ~ 02] 이번 주', '2025-10-27', '2025-11-02'],
    ['[2025/12/29 ~ 04] 이번 주', '2025-12-29', '2026-01-04'],
    ['[ 2025 / 10 / 20  ～  26 ]이번 주', '2025-10-20', '2025-10-26'],
    ['【2025.10.20 - 26】 이번 주', '2025-10-20', '2025-10-26'],
    ['[2024/02/26 ~ 03/03] 윤년', '2024-02-26', '2024-03-03'],
  ])('%s', (line, start, end) => {
    expect(parseTitleLine(line)).toMatchObject({ ok: true, value: { period: { start, end } } });
  });

  it('keeps the title text after the bracket', () => {
    expect(parseTitleLine('[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음')).toMatchObject(
      {
        value: { title: '이번 주에 살펴볼 만한 AI/ML 논문 모음' },
      },
    );
  });

  it.each([
    ['[2025/02/30 ~ 03/05] x', "'2025/02/30' is not a date"],
    ['[2025/10/20 ~ 2025/10/13] x', 'the period ends (2025-10-13) before it starts (2025-10-20)'],
    ['[2025/01/01 ~ 2025/03/01] x', 'the period 2025-01-01 ~ 2025-03-01 is longer than a month'],
  ])('names what is wrong with %s', (line, reason) => {
    expect(parseTitleLine(line)).toEqual({ ok: false, reason });
  });

  it.each(['이번 주에 살펴볼 만한 AI/ML 논문 모음', '2025/10/20 ~ 26 without brackets', ''])(
    '%s is not a title line',
    (line) => {
      expect(parseTitleLine(line)).toBeUndefined();
    },
  );
});

describe('splitTitles', () => {
  it.each([
    [
      'LLM은 "브레인 로트"에 걸릴 수 있다! / LLMs Can Get "Brain Rot"!',
      'LLM은 "브레인 로트"에 걸릴 수 있다!',
      'LLMs Can Get "Brain Rot"!',
    ],
    ['Twitter/X 데이터 / Twitter/X Data', 'Twitter/X 데이터', 'Twitter/X Data'],
    ['읽기 / 쓰기 헤드 / Read / Write Heads', '읽기 / 쓰기 헤드', 'Read / Write Heads'],
    ['한국어 제목 /English Title', '한국어 제목', 'English Title'],
    ['OptPipe: 파이프라인 / OptPipe: Pipeline', 'OptPipe: 파이프라인', 'OptPipe: Pipeline'],
  ])('%s', (line, ko, en) => {
    expect(splitTitles(line)).toEqual({ ko, en });
  });

  it.each(['AI/ML 논문 모음', '한국어 / 한국어', 'no separator here', ' / English only'])(
    '%s has no bilingual split',
    (line) => {
      expect(splitTitles(line)).toBeUndefined();
    },
  );
});

describe('slugs', () => {
  it.each([
    ['LLMs Can Get "Brain Rot"!', 'llms-can-get-brain-rot'],
    ['OptPipe: Memory- and Scheduling-Optimized Pipeline Parallelism', 'optpipe'],
    ["Modeling Others' Minds as Code", 'modeling-others-minds-as-code'],
    ['Ünïcödé Tîtle', 'unicode-title'],
    ['Twitter/X Is Not the Web', 'twitter-x-is-not-the-web'],
    ['한국어만', ''],
    [
      'A Very Long Title Without Any Colon That Goes On And On Past The Limit Of Sixty Characters',
      'a-very-long-title-without-any-colon-that-goes-on-and-on-past',
    ],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  it('stays unique within an issue and never empty', () => {
    expect(uniqueSlugs(['Foo: A', 'Foo: B', 'Foo', '', '한국어'])).toEqual([
      'foo',
      'foo-2',
      'foo-3',
      'paper-4',
      'paper-5',
    ]);
  });
});

describe('highlight mentions', () => {
  const matcher = new PaperMatcher([
    {
      id: 'brain-rot',
      titleKo: 'LLM은 "브레인 로트"에 걸릴 수 있다!',
      titleEn: 'LLMs Can Get "Brain Rot"!',
    },
    {
      id: 'optpipe',
      titleKo: 'OptPipe: 파이프라인',
      titleEn: 'OptPipe: Memory- and Scheduling-Optimized Pipeline Parallelism',
    },
    { id: 'dragon', titleKo: '드래곤 해칭', titleEn: 'The Dragon Hatchling: The Missing Link' },
  ]);

  it.each([
    ['"LLMs Can Get \'Brain Rot\'!" 논문', ["LLMs Can Get 'Brain Rot'!"]],
    ['“OptPipe”와 「드래곤 해칭」', ['OptPipe', '드래곤 해칭']],
    ['**Dragon Hatchling** and \\*\\*OptPipe\\*\\*', ['Dragon Hatchling', 'OptPipe']],
    ["It's 'OptPipe' and Others' work", ['OptPipe']],
    ['‘a’ 『b』 «c»', ['a', 'b', 'c']],
  ])('finds the names in %s', (text, names) => {
    expect(quotedNames(text)).toEqual(names);
  });

  it.each([
    ['"optpipe"', 'optpipe'],
    ['"The Dragon Hatchling"', 'dragon'],
    ['"Dragon Hatchling"', 'dragon'],
    ['"LLMs can get brain rot"', 'brain-rot'],
    ['"브레인 로트"', undefined],
    ['"Memory"', undefined],
  ])('matches %s', (text, id) => {
    expect(findMentions(text, matcher).paperIds[0]).toBe(id);
  });

  it('lists each paper once, in the order named, and each distinct text', () => {
    const body = '"OptPipe" vs "LLMs Can Get Brain Rot!" and again “OptPipe”, then **OPTPIPE**';
    expect(findMentions(body, matcher)).toEqual({
      paperIds: ['optpipe', 'brain-rot'],
      mentions: [
        { text: 'OptPipe', paperId: 'optpipe' },
        { text: 'LLMs Can Get Brain Rot!', paperId: 'brain-rot' },
        { text: 'OPTPIPE', paperId: 'optpipe' },
      ],
    });
  });
});

describe('textToBlocks', () => {
  it('reads LF, CRLF and CR line endings, a BOM and odd spaces alike, with line numbers', () => {
    const expected = [
      { kind: 'paragraph', text: 'a b', links: [], line: 1 },
      { kind: 'list-item', text: 'item', links: [], line: 3 },
      {
        kind: 'paragraph',
        text: 'https://arxiv.org/abs/1',
        links: [{ url: 'https://arxiv.org/abs/1' }],
        line: 4,
      },
    ];
    for (const eol of ['\n', '\r\n', '\r']) {
      const input = `\ufeff a\u00a0\u00a0b \t${eol}\u3000${eol}• item${eol}https://arxiv.org/abs/1${eol}`;
      expect(textToBlocks(input)).toEqual(expected);
    }
  });

  it('does not take a javascript: line for a link', () => {
    expect(textToBlocks('javascript:alert(1)')[0]?.links).toEqual([]);
  });
});

describe('htmlToBlocks', () => {
  const page = htmlToBlocks(`<html><head><title>[2025/10/20 ~ 26] T - 읽을거리 - 포럼</title>
    <link rel="canonical" href="https://discuss.pytorch.kr/t/x/1"></head><body>
    <div class="cooked">
      <h2><a name="p-1" class="anchor" href="#p-1"></a>제목 / Title</h2>
      <p><img class="emoji" alt=":one:" src="x.png"> <strong>굵게</strong>: <em>기울임</em> &amp; <a href="https://a.example/">링크</a><br>둘째 줄</p>
      <p><div class="lightbox-wrapper"><a class="lightbox" href="https://x/i.png"><img src="i.png"><div class="meta"><span class="filename">Title</span><span class="informations">1200×675 98.3 KB</span></div></a></div></p>
      <blockquote><p>Quoted</p><p>Two</p></blockquote>
      <aside class="onebox allowlistedgeneric" data-onebox-src="https://arxiv.org/abs/1"><article><h3><a href="https://arxiv.org/abs/1">Paper</a></h3><p>preview</p></article></aside>
      <p><a href="javascript:alert(1)">bad</a></p>
      <script>alert(1)</script>
    </div>
    <button class="like-count">7</button></body></html>`);

  it('turns the post into blocks with positions, keeping bold/italic and only http(s) links', () => {
    expect(page.blocks).toEqual([
      { kind: 'heading', text: '제목 / Title', links: [], element: 'h2#1 "제목 / Title"' },
      {
        kind: 'paragraph',
        text: ':one: \\textbf{굵게}: \\textit{기울임} & \\href{https://a.example/}{링크}',
        links: [{ url: 'https://a.example/', label: '링크' }],
        element: 'p#1 ":one: 굵게: 기울임 & 링크 둘째 줄"',
      },
      {
        kind: 'paragraph',
        text: '둘째 줄',
        links: [],
        element: 'p#1 ":one: 굵게: 기울임 & 링크 둘째 줄"',
      },
      { kind: 'quote', text: 'Quoted', links: [], element: 'p#2 "Quoted"' },
      { kind: 'quote', text: 'Two', links: [], element: 'p#3 "Two"' },
      {
        kind: 'link-preview',
        text: 'Paper',
        links: [{ url: 'https://arxiv.org/abs/1', label: 'Paper' }],
        element: 'aside.onebox#1 "Paper"',
      },
      { kind: 'paragraph', text: 'bad', links: [], element: 'p#4 "bad"' },
    ]);
  });

  it('finds the title, the canonical URL and the like count around the post', () => {
    expect(page.titles.map((t) => t.text)).toEqual(['[2025/10/20 ~ 26] T']);
    expect(page.source).toBe('https://discuss.pytorch.kr/t/x/1');
    expect(page.likes).toBe(7);
    expect(page.usedWholeDocument).toBe(false);
  });
});
