// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SearchIndex } from '../../../src/features/search/search-index';
import { toSearchDocuments } from '../../../src/features/search/search-documents';
import { stripParticle } from '../../../src/features/search/tokenize';
import type { Segment } from '../../../src/features/search/snippet';
import { SEARCH_FIELDS, type SearchDocument } from '../../../src/features/search/search-types';
import { octoberIssue, septemberIssue } from './fixtures';

const documents = [...toSearchDocuments(octoberIssue), ...toSearchDocuments(septemberIssue)];
const index = new SearchIndex(documents);
const ids = (query: string, issueId?: string) =>
  index.search({ query, issueId, limit: 100 }).hits.map((hit) => hit.paperId);
const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('SearchIndex: what a query finds', () => {
  it.each([
    // Korean particles and compounds.
    ['모델', ['tiny-models', 'elastic-cache', 'apart-words', 'fast-dllm', 'brain-rot', 'optpipe']],
    [
      '모델이',
      ['tiny-models', 'elastic-cache', 'apart-words', 'fast-dllm', 'brain-rot', 'optpipe'],
    ],
    ['언어모델', ['tiny-models']],
    ['언어모델을', ['tiny-models']],
    ['캐시를', ['elastic-cache', 'fast-dllm', 'apart-words']],
    ['디퓨전', ['fast-dllm', 'elastic-cache']],
    ['파이프라인', ['optpipe']],
    ['뇌', ['brain-rot']],
    // English: case, plurals, words being typed.
    ['Pipeline', ['optpipe']],
    ['caches', ['elastic-cache', 'fast-dllm', 'apart-words']],
    ['CACHE', ['elastic-cache', 'fast-dllm', 'apart-words']],
    // `model ` (a finished word) finds `Models` and `models`; Brain Rot's English has neither.
    ['model ', ['tiny-models', 'optpipe', 'elastic-cache', 'fast-dllm']],
    ['parall', ['optpipe', 'fast-dllm']],
    // Mixed queries match across fields; every word must match.
    ['KV 캐시', ['elastic-cache', 'fast-dllm']],
    // `Parallel Decoding` is not `parallelism`: whole words, only plurals fold.
    ['pipeline parallelism', ['optpipe']],
    ['디퓨전 LLM', ['fast-dllm', 'elastic-cache']],
    ['디퓨전 파이프라인', []],
    // Three words, the last one still being typed (prefix-matched after the others narrowed).
    ['언어 모델 캐', ['elastic-cache', 'apart-words', 'fast-dllm']],
    ['KV 디퓨전 대', ['elastic-cache', 'fast-dllm']],
    ['transformer', []],
  ])('%s', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('ranks title matches above summary matches above abstract matches', () => {
    const response = index.search({ query: '모델' });
    expect(response.hits.map((hit) => hit.matchedIn)).toEqual([
      'title',
      'title',
      'title',
      'summary',
      'summary',
      'abstract',
    ]);
    expect(response.hits.at(-1)?.paperId).toBe('optpipe');
  });

  it('puts a paper with every word in its title before one with some', () => {
    // Elastic-Cache has both words in its title; Fast-dLLM has 대규모 only in its summary.
    expect(ids('디퓨전 대규모')).toEqual(['elastic-cache', 'fast-dllm']);
    expect(ids('대규모 디퓨전')).toEqual(['elastic-cache', 'fast-dllm']);
    expect(ids('Fast-dLLM')).toEqual(['fast-dllm']);
  });

  it('filters by issue and still counts every issue', () => {
    const response = index.search({ query: '모델', issueId: '2025-09-29' });
    expect(response.hits.map((hit) => hit.paperId)).toEqual(['tiny-models', 'apart-words']);
    expect(response.total).toBe(2);
    expect(response.perIssue).toEqual([
      { issueId: '2025-10-20', count: 4 },
      { issueId: '2025-09-29', count: 2 },
    ]);
  });

  it('returns nothing, not everything, for an empty or punctuation-only query', () => {
    expect(index.search({ query: '' })).toMatchObject({ total: 0, hits: [], words: [] });
    expect(index.search({ query: ' ?! ' })).toMatchObject({ total: 0, hits: [] });
  });

  it('counts all matches but returns only `limit` hits', () => {
    const response = index.search({ query: '모델', limit: 2 });
    expect(response.total).toBe(6);
    expect(response.hits).toHaveLength(2);
  });

  it('reports the words it matched, particles stripped', () => {
    expect(index.search({ query: 'KV 캐시를' }).words).toEqual(['kv', '캐시']);
  });
});

describe('SearchIndex: highlights and snippets', () => {
  it('marks every matched word in both titles', () => {
    const [hit] = index.search({ query: 'KV 캐시를' }).hits;
    expect(hit?.paperId).toBe('elastic-cache');
    expect(marked(hit?.titleKo ?? [])).toEqual(['KV', '캐시']);
    expect(marked(hit?.titleEn ?? [])).toEqual(['KV']);
    expect(hit?.titleKo.map((s) => s.text).join('')).toBe(
      '디퓨전 대규모 언어 모델에서 KV 캐시를 위한 어텐션 최적화',
    );
  });

  it('builds the Korean snippet from plain text (no Markdown) around the match', () => {
    const hit = index.search({ query: '캐시' }).hits.find((h) => h.paperId === 'fast-dllm');
    const text = hit?.snippetKo.map((s) => s.text).join('') ?? '';
    expect(text).toContain('키-값(KV) 캐시의 부재');
    expect(text).not.toContain('**');
    expect(marked(hit?.snippetKo ?? [])).toEqual(['캐시']);
  });

  it('builds the English snippet from the English abstract', () => {
    const hit = index.search({ query: 'caches' }).hits.find((h) => h.paperId === 'elastic-cache');
    expect(marked(hit?.snippetEn ?? [])).toEqual(['caches']);
  });

  it('shows the opening of the text when only the title matched', () => {
    const hit = index.search({ query: 'Brain' }).hits[0];
    expect(hit?.matchedIn).toBe('title');
    expect(hit?.snippetKo.map((s) => s.text).join('')).toMatch(/^LLM 뇌 부패 가설/);
  });

  it('turns math into readable text', () => {
    const hit = index.search({ query: '감소하는' }).hits[0];
    expect(hit?.snippetKo.map((s) => s.text).join('')).toContain('74.9 → 57.2');
  });
});

describe('SearchIndex: exactness against a substring scan', () => {
  // A tiny alphabet makes bigrams collide often, which is where a bigram index could over-match.
  const syllable = fc.constantFrom('언', '어', '모', '델', '캐', '시', '이', '을');
  const word = fc.array(syllable, { minLength: 1, maxLength: 5 }).map((s) => s.join(''));
  const text = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
  const doc = (fields: string[], i: number): SearchDocument => ({
    id: `i/${i}`,
    issueId: '2025-01-06',
    issueEnd: '2025-01-12',
    paperId: `p${i}`,
    order: i,
    titleKo: fields[0] ?? '',
    titleEn: '',
    summary: fields[1] ?? '',
    abstractKo: fields[2] ?? '',
    abstractEn: '',
  });

  it('finds exactly the papers that contain the (particle-stripped) query', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        word,
        (papers, query) => {
          const docs = papers.map(doc);
          const got = new SearchIndex(docs)
            .search({ query, limit: docs.length })
            .hits.map((hit) => hit.paperId)
            .sort();
          const needle = stripParticle(query);
          const expected = docs
            .filter((d) => SEARCH_FIELDS.some((field) => d[field].includes(needle)))
            .map((d) => d.paperId)
            .sort();
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('finds exactly the papers that contain every word of a query of several words', () => {
    // A one-syllable last word is prefix-matched by MiniSearch; the others are looked up per paper.
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.array(word, { minLength: 2, maxLength: 3 }),
        (papers, words) => {
          const docs = papers.map(doc);
          const got = new SearchIndex(docs)
            .search({ query: words.join(' '), limit: docs.length })
            .hits.map((hit) => hit.paperId)
            .sort();
          const needles = words.map(stripParticle);
          const expected = docs
            .filter((d) =>
              needles.every((needle) => SEARCH_FIELDS.some((field) => d[field].includes(needle))),
            )
            .map((d) => d.paperId)
            .sort();
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('returns the top of the full ranking when asked for fewer hits, and counts them all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 12 }),
        fc.array(word, { minLength: 1, maxLength: 2 }),
        fc.nat(6),
        (papers, words, limit) => {
          const index = new SearchIndex(papers.map(doc));
          const query = words.join(' ');
          const all = index.search({ query, limit: papers.length });
          const top = index.search({ query, limit });
          expect(top.total).toBe(all.total);
          expect(top.hits).toEqual(all.hits.slice(0, limit));
        },
      ),
      { numRuns: 200 },
    );
  });
});
