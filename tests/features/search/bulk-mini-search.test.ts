// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { BulkMiniSearch } from '../../../src/features/search/bulk-mini-search';
import { toSearchDocuments } from '../../../src/features/search/search-documents';
import { indexTerms } from '../../../src/features/search/tokenize';
import { SEARCH_FIELDS, type SearchDocument } from '../../../src/features/search/search-types';
import { octoberIssue, septemberIssue } from './fixtures';

const textOf = (doc: SearchDocument, field: string) => doc[field as (typeof SEARCH_FIELDS)[number]];
const options = {
  fields: [...SEARCH_FIELDS],
  idField: 'id',
  searchOptions: { tokenize: (text: string) => [text], processTerm: (term: string) => term },
};

/** What MiniSearch's own addAll builds from the same terms, with ids 0, 1, 2… */
function addAllIndex(docs: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const mini = new MiniSearch<SearchDocument>({
    ...options,
    extractField: (doc, field) =>
      (field === 'id' ? docs.indexOf(doc) : textOf(doc, field)) as string,
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term,
  });
  mini.addAll(docs);
  return mini;
}

/** The serialized index with its term list as a map, since the two fill the tree in other orders. */
function comparable(mini: MiniSearch<SearchDocument>) {
  const { index, ...rest } = mini.toJSON();
  return { ...rest, index: Object.fromEntries(index) };
}

const fixtureDocs = [...toSearchDocuments(octoberIssue), ...toSearchDocuments(septemberIssue)];

describe('BulkMiniSearch', () => {
  it('builds exactly the index that addAll builds', () => {
    const bulk = BulkMiniSearch.build(fixtureDocs, textOf, options);
    expect(comparable(bulk)).toEqual(comparable(addAllIndex(fixtureDocs)));
  });

  it('scores every query exactly as addAll would', () => {
    const bulk = BulkMiniSearch.build(fixtureDocs, textOf, options);
    const reference = addAllIndex(fixtureDocs);
    for (const query of ['모델', '캐시', 'llm', 'cach', '디퓨', 'parall']) {
      const prefix = query === 'parall';
      expect(bulk.search(query, { prefix })).toEqual(reference.search(query, { prefix }));
    }
  });

  it('scores a term within some documents exactly as search does', () => {
    const boosted = {
      ...options,
      searchOptions: { ...options.searchOptions, boost: { titleKo: 6 } },
    };
    const bulk = BulkMiniSearch.build(fixtureDocs, textOf, boosted);
    const some = [0, 2, 3, 5];
    const cases: Array<[string, boolean]> = [
      ['모델', false],
      ['캐시', false],
      ['llm', false],
      ['kv', false],
      ['디', true],
      ['parall', true],
      ['cach', true],
    ];
    for (const [term, prefix] of cases) {
      const scores = new Map<number, number>();
      const fields = new Map<number, Set<string>>();
      bulk.scoreWithin(bulk.expand(term, prefix), some, (id, field, score) => {
        scores.set(id, (scores.get(id) ?? 0) + score);
        fields.set(id, (fields.get(id) ?? new Set()).add(field));
      });
      const expected = bulk
        .search(term, { prefix })
        .filter((result) => some.includes(result.id as number));
      expect(expected.length).toBeGreaterThan(0);
      expect(new Map(expected.map((result) => [result.id, result.score]))).toEqual(scores);
      expect(
        new Map(expected.map((result) => [result.id, new Set(Object.values(result.match).flat())])),
      ).toEqual(fields);
    }
  });

  it('counts each term’s postings over all fields', () => {
    const bulk = BulkMiniSearch.build(fixtureDocs, textOf, options);
    const postings = (term: string) =>
      fixtureDocs.reduce(
        (sum, doc) =>
          sum + SEARCH_FIELDS.filter((field) => indexTerms(doc[field]).includes(term)).length,
        0,
      );
    for (const term of ['모델', '캐시', 'kv', '뇌', 'parallelism']) {
      expect(postings(term)).toBeGreaterThan(0);
      expect(bulk.postings.get(term)).toBe(postings(term));
    }
    expect(bulk.postings.get('transformer')).toBeUndefined();
  });

  it('matches addAll on arbitrary mixed text, including empty fields', () => {
    const text = fc.array(
      fc.constantFrom('모델', '언어모델을', '캐시', 'KV', 'Caches', 'LLMs', '뇌', '', ' ', '.'),
      { maxLength: 8 },
    );
    const fields = fc.tuple(
      ...SEARCH_FIELDS.map(() => text.map((parts) => parts.join(' '))),
    ) as fc.Arbitrary<string[]>;
    const doc = (texts: string[], i: number): SearchDocument => ({
      id: `i/${i}`,
      issueId: '2025-01-06',
      issueEnd: '2025-01-12',
      paperId: `p${i}`,
      order: i,
      titleKo: texts[0] ?? '',
      titleEn: texts[1] ?? '',
      summary: texts[2] ?? '',
      abstractKo: texts[3] ?? '',
      abstractEn: texts[4] ?? '',
    });
    fc.assert(
      fc.property(fc.array(fields, { maxLength: 6 }), (papers) => {
        const docs = papers.map(doc);
        expect(comparable(BulkMiniSearch.build(docs, textOf, options))).toEqual(
          comparable(addAllIndex(docs)),
        );
      }),
      { numRuns: 100 },
    );
  });
});
