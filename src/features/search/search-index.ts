/**
 * The search index: MiniSearch over our own Hangul-aware terms, plus an exact check of every candidate.
 * Pure (no DOM), so it runs in the worker, on the main thread as a fallback, and in the benchmark.
 */
import MiniSearch from 'minisearch';
import { findWordRanges, indexTerms, parseQuery, type QueryWord } from './tokenize';
import { buildSnippet, toSegments, type Range } from './snippet';
import {
  SEARCH_FIELDS,
  type MatchPlace,
  type SearchDocument,
  type SearchField,
  type SearchHit,
  type SearchRequest,
  type SearchResponse,
} from './search-types';

const BOOST: Record<SearchField, number> = {
  titleKo: 6,
  titleEn: 6,
  summary: 2,
  abstractKo: 1,
  abstractEn: 1,
};

const PLACE_OF: Record<SearchField, MatchPlace> = {
  titleKo: 'title',
  titleEn: 'title',
  summary: 'summary',
  abstractKo: 'abstract',
  abstractEn: 'abstract',
};

const DEFAULT_LIMIT = 20;

interface Candidate {
  doc: SearchDocument;
  score: number;
  /** How many query words matched in the title, the summary and the abstracts. */
  title: number;
  summary: number;
  abstract: number;
}

/** The array position is the index's id: smaller than the string ids and free to look up. */
interface Entry {
  key: number;
  doc: SearchDocument;
}

/**
 * MiniSearch with a term cache in front of its radix tree while documents are added: a Korean abstract
 * yields a term per syllable, and walking the tree for each one is most of the build time. The cache
 * holds the tree's own per-term objects, so the index ends up exactly as MiniSearch would build it.
 */
class CachedBuildMiniSearch extends MiniSearch<Entry> {
  addAllCached(entries: readonly Entry[]): void {
    const tree = this._index;
    const fetch = tree.fetch;
    const cache = new Map<string, ReturnType<typeof fetch>>();
    tree.fetch = (term, initial) => {
      let value = cache.get(term);
      if (value === undefined) {
        value = fetch.call(tree, term, initial);
        cache.set(term, value);
      }
      return value;
    };
    try {
      this.addAll(entries);
    } finally {
      tree.fetch = fetch;
    }
  }
}

export class SearchIndex {
  private readonly mini: CachedBuildMiniSearch;
  private readonly docs: SearchDocument[];

  constructor(documents: readonly SearchDocument[]) {
    this.docs = [...documents];
    this.mini = new CachedBuildMiniSearch({
      fields: [...SEARCH_FIELDS],
      idField: 'key',
      extractField: (entry, field) =>
        field === 'key' ? (entry.key as unknown as string) : entry.doc[field as SearchField],
      tokenize: (text) => indexTerms(text),
      processTerm: (term) => term,
      // Queries arrive as ready-made terms (see parseQuery), so they pass through untouched.
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
    });
    this.mini.addAllCached(this.docs.map((doc, key) => ({ key, doc })));
  }

  get size(): number {
    return this.docs.length;
  }

  /** The index as MiniSearch serializes it (for measuring its size). */
  toJSON(): unknown {
    return this.mini.toJSON();
  }

  search(request: SearchRequest): SearchResponse {
    const words = parseQuery(request.query);
    const empty: SearchResponse = {
      query: request.query,
      words: words.map((word) => word.text),
      total: 0,
      perIssue: [],
      hits: [],
    };
    if (words.length === 0) return empty;

    let candidates: Map<number, Candidate> | null = null;
    for (const word of words) {
      const matches = this.matchWord(word, candidates);
      candidates = matches;
      if (matches.size === 0) return empty;
    }
    const all = [...(candidates ?? new Map<number, Candidate>()).values()].sort(compareCandidates);

    const perIssueCounts = new Map<string, number>();
    for (const candidate of all) {
      perIssueCounts.set(
        candidate.doc.issueId,
        (perIssueCounts.get(candidate.doc.issueId) ?? 0) + 1,
      );
    }
    const perIssue = [...perIssueCounts]
      .map(([issueId, count]) => ({ issueId, count }))
      .sort((a, b) => (a.issueId < b.issueId ? 1 : a.issueId > b.issueId ? -1 : 0));

    const chosen = request.issueId
      ? all.filter((candidate) => candidate.doc.issueId === request.issueId)
      : all;
    const limit = Math.max(0, request.limit ?? DEFAULT_LIMIT);
    return {
      ...empty,
      total: chosen.length,
      perIssue,
      hits: chosen.slice(0, limit).map((candidate) => toHit(candidate, words)),
    };
  }

  /**
   * Documents where the word occurs, narrowed to `within` (the previous words' matches). MiniSearch
   * finds documents holding all of the word's terms; a Hangul word of three or more syllables is then
   * checked as a substring, because its bigrams may sit apart (`언어 ... 어모 ... 모델`).
   */
  private matchWord(
    word: QueryWord,
    within: Map<number, Candidate> | null,
  ): Map<number, Candidate> {
    const results = this.mini.search(
      { queries: word.terms, combineWith: 'AND', prefix: word.prefix },
      {
        boost: BOOST,
        filter: within ? (result) => within.has(result.id as number) : undefined,
      },
    );
    const needsCheck = word.kind === 'hangul' && word.text.length >= 3;
    const next = new Map<number, Candidate>();
    for (const result of results) {
      const id = result.id as number;
      const doc = this.docs[id];
      if (!doc) continue;
      let title = 0;
      let summary = 0;
      let abstract = 0;
      for (const term of result.terms) {
        for (const field of result.match[term] ?? []) {
          const name = field as SearchField;
          if (needsCheck && !doc[name].includes(word.text)) continue;
          const place = PLACE_OF[name];
          if (place === 'title') title = 1;
          else if (place === 'summary') summary = 1;
          else abstract = 1;
        }
      }
      if (title + summary + abstract === 0) continue;
      const previous = within?.get(id);
      next.set(id, {
        doc,
        score: (previous?.score ?? 0) + result.score,
        title: (previous?.title ?? 0) + title,
        summary: (previous?.summary ?? 0) + summary,
        abstract: (previous?.abstract ?? 0) + abstract,
      });
    }
    return next;
  }
}

/** Title matches first, then summary, then abstract; then score; then newer issue, then digest order. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    b.title - a.title ||
    b.summary - a.summary ||
    b.abstract - a.abstract ||
    b.score - a.score ||
    (a.doc.issueId < b.doc.issueId ? 1 : a.doc.issueId > b.doc.issueId ? -1 : 0) ||
    a.doc.order - b.doc.order
  );
}

function rangesIn(text: string, words: readonly QueryWord[]): Range[] {
  return words.flatMap((word) => findWordRanges(text, word));
}

function snippetFrom(fields: string[], words: readonly QueryWord[]) {
  for (const text of fields) {
    const ranges = rangesIn(text, words);
    if (ranges.length > 0) return buildSnippet(text, ranges);
  }
  const lead = fields.find((text) => text.length > 0) ?? '';
  return buildSnippet(lead, []);
}

function toHit(candidate: Candidate, words: readonly QueryWord[]): SearchHit {
  const { doc } = candidate;
  return {
    id: doc.id,
    issueId: doc.issueId,
    issueEnd: doc.issueEnd,
    paperId: doc.paperId,
    matchedIn: candidate.title > 0 ? 'title' : candidate.summary > 0 ? 'summary' : 'abstract',
    titleKo: toSegments(doc.titleKo, rangesIn(doc.titleKo, words)),
    titleEn: toSegments(doc.titleEn, rangesIn(doc.titleEn, words)),
    snippetKo: snippetFrom([doc.summary, doc.abstractKo], words),
    snippetEn: snippetFrom([doc.abstractEn], words),
  };
}
