// @vitest-environment node
// NOTE: Node, not jsdom: the prerender runs in Node at build time, where window and localStorage do not
// exist (tests/setup.ts clears localStorage only where there is one).
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { describe as group, expect, it } from 'vitest';
import { describe } from '../../scripts/prerender';
import { parseIndex, parseIssueFile, renderPage, type PrerenderData } from '../../src/prerender';
import { hostileIndex, hostileIssue, HOSTILE_MARKERS } from '../e2e/hostile-data';

const seedIndex: unknown = JSON.parse(readFileSync('public/data/index.json', 'utf8'));
const seedIssue: unknown = JSON.parse(readFileSync('public/data/issues/2025-10-20.json', 'utf8'));
const parseData = (index: unknown, issues: unknown[]): PrerenderData => ({
  index: parseIndex(index),
  issues: issues.map(parseIssueFile),
});
const seed = parseData(seedIndex, [seedIssue]);

group('renderPage: the real app rendered to static HTML', () => {
  it('renders the newest issue at / with every paper, its highlights and its first cards in full', async () => {
    const page = await renderPage('/', seed);
    expect(page.errors).toEqual([]);
    expect(page.title).toBe(
      '2025년 10월 20일 ~ 26일 · 이번 주에 살펴볼 만한 AI/ML 논문 모음 · AI/ML 논문 모음',
    );
    expect(page.html.match(/<article/g)).toHaveLength(10);
    expect(page.html).toContain('데이터 품질과 LLM 성능의 관계');
    // The first cards in full, with both abstracts; the others by their titles until the app fills
    // them in (src/features/papers/use-rendered-cards.ts).
    expect(page.html.match(/<article[^>]*class="paper-card"/g)).toHaveLength(2);
    expect(page.html).toContain('We propose and test the LLM Brain Rot Hypothesis');
    expect(page.html.match(/paper-card--pending/g)).toHaveLength(8);
    // A paper's own page is complete, formulas typeset.
    const paper = await renderPage('/issues/2025-10-20/papers/the-dragon-hatchling', seed);
    expect(paper.html).toContain('class="katex"');
    // Everything inline and in place: no outlined Suspense boundaries, no inline scripts, no fallbacks.
    expect(page.html).not.toMatch(/<script|<template|hidden id="S:|aria-busy="true"/);
  });

  it('renders a paper page and the archive with their own titles', async () => {
    const paper = await renderPage('/issues/2025-10-20/papers/chunkllm', seed);
    expect(paper.errors).toEqual([]);
    expect(paper.title).toMatch(/^ChunkLLM/);
    expect(paper.html.match(/<article/g)).toHaveLength(1);
    const archive = await renderPage('/archive', seed);
    expect(archive.title).toMatch(/^지난 호/);
    expect(archive.html).toContain('href="/issues/2025-10-20"');
  });

  it('puts the base path into every link under a sub-path', async () => {
    const page = await renderPage('/digest/', seed, '/digest');
    expect(page.html).toContain('href="/digest/issues/2025-10-20/papers/chunkllm"');
    expect(page.html).not.toMatch(/href="\/issues\//);
  });

  it('renders hostile text as text: no element, attribute or link the data asked for', async () => {
    const hostile = parseData(hostileIndex(), [hostileIssue()]);
    const page = await renderPage('/', hostile);
    const elements = parse(page.html).querySelectorAll('*');
    const tags = new Set(elements.map((element) => element.tagName.toLowerCase()));
    for (const tag of ['script', 'img', 'iframe', 'object', 'embed', 'style']) {
      expect(tags.has(tag), `a <${tag}> element`).toBe(false);
    }
    const attributes = elements.flatMap((element) => Object.entries(element.attributes));
    expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
    expect(
      attributes.filter(
        ([name, value]) => /^(href|src)$/i.test(name) && !/^(https?:|\/(?!\/)|#)/.test(value),
      ),
    ).toEqual([]);
    // The only SVGs are our own icons.
    expect(
      elements.filter((e) => e.tagName === 'SVG' && e.classList.value.join(' ') !== 'library-icon'),
    ).toEqual([]);
    expect(page.html.includes('&lt;script&gt;window.__pwned=1&lt;/script&gt;')).toBe(true);
    expect(page.html.includes(HOSTILE_MARKERS.rtl)).toBe(true);
  });

  it('refuses data the app itself would refuse, saying which file', () => {
    expect(() => parseIndex({ version: 1, issues: 'no' })).toThrow(/^index\.json: /);
    // scripts/prerender.ts names the file in front of this (tests/e2e/prerender-faults.spec.ts).
    expect(() => parseIssueFile({ version: 1 })).toThrow(/^id: /);
  });
});

group('describe: the meta description of a page', () => {
  it('takes the first paragraph with real words, as plain text', () => {
    expect(
      describe(
        'PyTorchKR🔥🇰🇷 🤔💭\n\n**데이터 품질**이 [LLM](https://x.y) 성능을 좌우한다는 연구가 많습니다.',
      ),
    ).toBe('데이터 품질이 LLM 성능을 좌우한다는 연구가 많습니다.');
  });

  it('drops math and falls back to everything when no paragraph has enough words', () => {
    expect(describe('$x^2$ 짧다')).toBe('짧다');
    expect(describe('a\n\nb')).toBe('a b');
  });

  it('cuts at 160 characters without splitting an emoji', () => {
    const text = `${'가'.repeat(158)}🔥🔥🔥`;
    const cut = describe(text);
    expect(Array.from(cut)).toHaveLength(160);
    expect(cut.endsWith('🔥…')).toBe(true);
  });
});
