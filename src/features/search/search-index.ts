/**
 * The search index: MiniSearch over our own Hangul-aware terms, plus an exact check of every candidate.
 * Pure (no DOM), so it runs in the worker, on the main thread as a fallback, and in the benchmark.
 */
import { findWordRanges, parseQuery, type QueryWord } from './tokenize';
import { BulkMiniSearch } from './bulk-mini-search';
import { buildSnippet, toSegments, type Range } from './snippet';
import {
  SEARCH_FIELDS,
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

/** Bits for the places a word matched in. */
const TITLE = 1;
const SUMMARY = 2;
const ABSTRACT = 4;

const PLACE_BIT: Record<SearchField, number> = {
  titleKo: TITLE,
  titleEn: TITLE,
  summary: SUMMARY,
  abstractKo: ABSTRACT,
  abstractEn: ABSTRACT,
};

const DEFAULT_LIMIT = 20;

/** What one query word asks of MiniSearch, and how many postings that will walk. */
interface WordPlan {
  word: QueryWord;
  terms: string[];
  cost: number;
}

export class SearchIndex {
  private readonly mini: BulkMiniSearch<SearchDocument>;
  private readonly docs: SearchDocument[];
  /** Each paper's place in the final tie-break: newer issue first, then digest order. */
  private readonly docRank: Int32Array;
  /** Issue ids, newest first, and each paper's position in that list. */
  private readonly issueIds: string[];
  private readonly issueOf: Int32Array;
  /**
   * Scratch state of the running search, one slot per paper, so matching allocates nothing per paper.
   * `round[key]` is the number of the last word the paper matched; `places` packs how many words
   * matched in the title, in the summary and in the abstract, in ranking order.
   */
  private readonly round: Int32Array;
  private readonly places: Float64Array;
  private readonly score: Float64Array;
  /** One word's score and places, while matchWithin adds them up. */
  private readonly wordScore: Float64Array;
  private readonly wordBits: Int32Array;
  private rounds = 0;

  constructor(documents: readonly SearchDocument[]) {
    this.docs = [...documents];
    const count = this.docs.length;
    this.mini = BulkMiniSearch.build(this.docs, (doc, field) => doc[field as SearchField], {
      fields: [...SEARCH_FIELDS],
      // Ids are the documents' positions (see BulkMiniSearch); nothing is added later.
      idField: 'id',
      // Queries arrive as ready-made terms (see parseQuery), so they pass through untouched.
      searchOptions: { tokenize: (text) => [text], processTerm: (term) => term, boost: BOOST },
    });

    const byRank = this.docs
      .map((_, key) => key)
      .sort((a, b) => compareDocs(this.docs[a] as SearchDocument, this.docs[b] as SearchDocument));
    this.docRank = new Int32Array(count);
    byRank.forEach((key, rank) => (this.docRank[key] = rank));
    this.issueIds = [...new Set(byRank.map((key) => (this.docs[key] as SearchDocument).issueId))];
    const issuePosition = new Map(this.issueIds.map((id, position) => [id, position]));
    this.issueOf = Int32Array.from(this.docs, (doc) => issuePosition.get(doc.issueId) ?? 0);
    this.round = new Int32Array(count);
    this.places = new Float64Array(count);
    this.score = new Float64Array(count);
    this.wordScore = new Float64Array(count);
    this.wordBits = new Int32Array(count);
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

    // The rarest word first: every later word only has to look at the papers still in the running.
    const plans = words.map((word) => this.plan(word)).sort((a, b) => a.cost - b.cost);
    // Per-place counts are packed as digits in base (words + 1), so one number compares as the three.
    const base = words.length + 1;
    let matched: number[] = [];
    for (const [position, plan] of plans.entries()) {
      if (plan.cost === 0) return empty;
      // Looking the running papers up costs a few map reads per paper and index term; walking the
      // postings costs more per posting. Take whichever is less work.
      const terms = position > 0 ? this.mini.expand(plan.terms[0] ?? '', plan.word.prefix) : [];
      const postings = terms.reduce((sum, [term]) => sum + (this.mini.postings.get(term) ?? 0), 0);
      matched =
        position > 0 && terms.length * matched.length <= postings
          ? this.matchWithin(plan, terms, matched, base)
          : this.matchWord(plan, position === 0, base);
      if (matched.length === 0) return empty;
    }

    const perIssueCounts = new Int32Array(this.issueIds.length);
    for (const key of matched) {
      const issue = this.issueOf[key] as number;
      perIssueCounts[issue] = (perIssueCounts[issue] as number) + 1;
    }
    const perIssue = this.issueIds
      .map((issueId, position) => ({ issueId, count: perIssueCounts[position] as number }))
      .filter(({ count }) => count > 0);

    const issue = request.issueId === undefined ? -1 : this.issueIds.indexOf(request.issueId);
    const chosen = request.issueId ? matched.filter((key) => this.issueOf[key] === issue) : matched;
    const limit = Math.max(0, request.limit ?? DEFAULT_LIMIT);
    return {
      ...empty,
      total: chosen.length,
      perIssue,
      hits: this.selectTop(chosen, limit).map((key) => this.toHit(key, words)),
    };
  }

  /**
   * A Hangul word is looked up by its rarest bigram alone: the substring check that follows is exact
   * anyway, so the other bigrams would only cost postings without removing a single paper.
   */
  private plan(word: QueryWord): WordPlan {
    if (word.prefix) return { word, terms: word.terms, cost: Number.MAX_SAFE_INTEGER };
    let best = '';
    let cost = Infinity;
    for (const term of word.terms) {
      const postings = this.mini.postings.get(term) ?? 0;
      if (postings < cost) {
        best = term;
        cost = postings;
      }
    }
    return { word, terms: [best], cost };
  }

  /**
   * The papers where the word occurs, among those that matched every earlier word; records where it
   * matched and its score. MiniSearch finds papers holding the word's term; a Hangul word of three or
   * more syllables is then checked as a substring, because one bigram does not make the word.
   */
  private matchWord(plan: WordPlan, first: boolean, base: number): number[] {
    const { word } = plan;
    const previous = this.rounds;
    const current = ++this.rounds;
    const { round, places, score } = this;
    const results = this.mini.search(
      { queries: plan.terms, combineWith: 'AND', prefix: word.prefix },
      // NOTE: a zero boost makes MiniSearch skip the posting before it allocates a result for it.
      first ? undefined : { boostDocument: (key) => (round[key as number] === previous ? 1 : 0) },
    );
    const needsCheck = word.kind === 'hangul' && word.text.length >= 3;
    const matched: number[] = [];
    for (const result of results) {
      const key = result.id as number;
      let bits = 0;
      for (const term of result.terms) {
        for (const field of result.match[term] ?? []) {
          const bit = PLACE_BIT[field as SearchField];
          if (bits & bit || (needsCheck && !this.contains(key, field, word.text))) continue;
          bits |= bit;
        }
      }
      if (bits === 0) continue;
      const digits =
        (bits & TITLE ? base * base : 0) + (bits & SUMMARY ? base : 0) + (bits & ABSTRACT ? 1 : 0);
      places[key] = first ? digits : (places[key] as number) + digits;
      score[key] = first ? result.score : (score[key] as number) + result.score;
      round[key] = current;
      matched.push(key);
    }
    return matched;
  }

  /**
   * Like matchWord for a later word, but only looks at the papers still in the running (`within`)
   * instead of walking every posting of the word's index terms; the scores are MiniSearch's own.
   */
  private matchWithin(
    plan: WordPlan,
    terms: ReadonlyArray<[string, number]>,
    within: readonly number[],
    base: number,
  ): number[] {
    const { word } = plan;
    const { round, places, score, wordScore, wordBits } = this;
    const current = ++this.rounds;
    for (const key of within) {
      wordScore[key] = 0;
      wordBits[key] = 0;
    }
    const needsCheck = word.kind === 'hangul' && word.text.length >= 3;
    this.mini.scoreWithin(terms, within, (key, field, fieldScore) => {
      wordScore[key] = (wordScore[key] as number) + fieldScore;
      const bit = PLACE_BIT[field as SearchField];
      const bits = wordBits[key] as number;
      if (bits & bit || (needsCheck && !this.contains(key, field, word.text))) return;
      wordBits[key] = bits | bit;
    });
    const matched: number[] = [];
    for (const key of within) {
      const bits = wordBits[key] as number;
      if (bits === 0) continue;
      places[key] =
        (places[key] as number) +
        (bits & TITLE ? base * base : 0) +
        (bits & SUMMARY ? base : 0) +
        (bits & ABSTRACT ? 1 : 0);
      score[key] = (score[key] as number) + (wordScore[key] as number);
      round[key] = current;
      matched.push(key);
    }
    return matched;
  }

  private contains(key: number, field: string, text: string): boolean {
    return (this.docs[key] as SearchDocument)[field as SearchField].includes(text);
  }

  /** Title matches first, then summary, then abstract; then score; then newer issue, digest order. */
  private compare(a: number, b: number): number {
    return (
      (this.places[b] as number) - (this.places[a] as number) ||
      (this.score[b] as number) - (this.score[a] as number) ||
      (this.docRank[a] as number) - (this.docRank[b] as number)
    );
  }

  /** The best `limit` papers in ranking order, without sorting the rest. */
  private selectTop(keys: readonly number[], limit: number): number[] {
    if (limit >= keys.length) return [...keys].sort((a, b) => this.compare(a, b));
    const best: number[] = [];
    if (limit === 0) return best;
    for (const key of keys) {
      if (best.length === limit) {
        if (this.compare(key, best[limit - 1] as number) >= 0) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && this.compare(key, best[at - 1] as number) < 0) at--;
      best.splice(at, 0, key);
    }
    return best;
  }

  private toHit(key: number, words: readonly QueryWord[]): SearchHit {
    const doc = this.docs[key] as SearchDocument;
    const places = this.places[key] as number;
    const base = words.length + 1;
    return {
      id: doc.id,
      issueId: doc.issueId,
      issueEnd: doc.issueEnd,
      paperId: doc.paperId,
      matchedIn: places >= base * base ? 'title' : places >= base ? 'summary' : 'abstract',
      titleKo: toSegments(doc.titleKo, rangesIn(doc.titleKo, words)),
      titleEn: toSegments(doc.titleEn, rangesIn(doc.titleEn, words)),
      snippetKo: snippetFrom([doc.summary, doc.abstractKo], words),
      snippetEn: snippetFrom([doc.abstractEn], words),
    };
  }
}

/** Newer issue first, then digest order. */
function compareDocs(a: SearchDocument, b: SearchDocument): number {
  return (a.issueId < b.issueId ? 1 : a.issueId > b.issueId ? -1 : 0) || a.order - b.order;
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
