import MiniSearch, { type Options } from 'minisearch';
import { TermCollector } from './tokenize';

/**
 * A MiniSearch index filled in bulk. It is exactly the index `addAll` would build (same postings, field
 * lengths and scores; a test compares the two), only filled term by term, the way `loadJS` restores a
 * saved index, instead of document by document.
 *
 * NOTE: `add` files a document's few hundred terms into a few hundred different maps, one document
 * after another; with over a million postings that scattered writing, and the garbage it leaves, was
 * most of the build. Here the postings are gathered in one flat array, sorted by term with a counting
 * sort, and then each term's maps are made in one go. This fills MiniSearch 7's protected fields as
 * `loadJS` does; the test against `addAll` is what catches an upgrade that changes them.
 *
 * NOTE: writing protected fields and scoring BM25 here (scoreWithin) are kept because the numbers
 * demand it. `npm run bench:search -- --sizes 500,2600,5000 --against DIR`, DIR a copy of the tree
 * whose SearchIndex builds with `addAll` (one TermCollector as its tokenizer) and matches every word
 * with matchWord (medians of 5 runs on 2 shared, busy cores):
 * - build, 2,600 papers: 0.47 s here, 2.3 s with `addAll` (target under 1 s); 5,000: 2.1 s against
 *   9.0 s. Handing the same postings to the public `loadJS` took 2.5 times this build (making the plain
 *   objects it reads costs as much as the maps); `loadJSON` of an index prebuilt at ingest takes as
 *   long as this build (0.37 s), after downloading 13 MB more (2.8 MB gzip).
 * - queries of several words, where scoreWithin looks up only the papers still in the running:
 *   median 2.4 ms against 3.5 ms at 2,600 papers, 11 ms against 22 ms at 5,000; p95 of all queries
 *   4.5 ms against 5.3 ms at 2,600 (target under 5 ms).
 * - rankings: the same hits in the same order for every query of the benchmark, at every size.
 */
export class BulkMiniSearch<T> extends MiniSearch<T> {
  /** Postings of each term over all fields: an upper bound on the documents holding it. */
  readonly postings = new Map<string, number>();

  /**
   * Indexes `documents` (document `i` gets id `i`, as `addAll` would give it) with the terms
   * TermCollector finds in `textOf(document, field)`.
   */
  static build<T>(
    documents: readonly T[],
    textOf: (document: T, field: string) => string,
    options: Options<T>,
  ): BulkMiniSearch<T> {
    const mini = new BulkMiniSearch<T>(options);
    mini.fill(documents, textOf);
    return mini;
  }

  /**
   * The index terms `search(term, { prefix })` would match, each with its weight there: the term
   * itself, then (with `prefix`) every longer term starting with it, weighted down by the extra length.
   */
  expand(term: string, prefix: boolean): Array<[term: string, weight: number]> {
    const terms: Array<[string, number]> = this._index.has(term) ? [[term, 1]] : [];
    if (!prefix) return terms;
    const prefixWeight = this._options.searchOptions.weights?.prefix ?? 0.375;
    for (const [longer] of this._index.atPrefix(term)) {
      const distance = longer.length - term.length;
      // Written as MiniSearch's executeQuerySpec writes it, so the floating point comes out the same.
      if (distance)
        terms.push([longer, (prefixWeight * longer.length) / (longer.length + 0.3 * distance)]);
    }
    return terms;
  }

  /**
   * Scores a query term in the given documents only, calling `visit` for each index term and field it
   * occurs in, in the order and with the score `search(term, { prefix })` adds up (BM25 with this
   * index's parameters, times the term's weight and the field's boost; a test compares the two).
   * `search` walks all of a term's postings; when earlier words have already narrowed the documents,
   * looking each one up is much cheaper.
   */
  scoreWithin(
    terms: ReadonlyArray<[term: string, weight: number]>,
    ids: readonly number[],
    visit: (id: number, field: string, score: number) => void,
  ): void {
    const { boost, bm25 } = this._options.searchOptions;
    const { k, b, d } = bm25 ?? { k: 1.2, b: 0.7, d: 0.5 };
    const fields = this._options.fields;
    for (const [term, weight] of terms) {
      const data = this._index.get(term);
      if (!data) continue;
      for (let fieldId = 0; fieldId < fields.length; fieldId++) {
        const frequencies = data.get(fieldId);
        if (!frequencies) continue;
        const field = fields[fieldId] as string;
        const termBoost = weight * (boost?.[field] || 1);
        const averageLength = this._avgFieldLength[fieldId] as number;
        // Written as MiniSearch's calcBM25Score writes it, so the floating point comes out the same.
        const matching = frequencies.size;
        const inverse = Math.log(1 + (this._documentCount - matching + 0.5) / (matching + 0.5));
        for (const id of ids) {
          const frequency = frequencies.get(id);
          if (frequency === undefined) continue;
          const length = this._fieldLength.get(id)?.[fieldId] as number;
          const raw =
            inverse *
            (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / averageLength)));
          visit(id, field, termBoost * raw);
        }
      }
    }
  }

  private fill(documents: readonly T[], textOf: (document: T, field: string) => string): void {
    const fields = this._options.fields;
    const fieldCount = fields.length;
    const collector = new TermCollector();
    const termIds = new Map<string, number>();
    const terms: string[] = [];
    // One posting = (term, field) slot and document id, appended in document order.
    let slots: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
    let ids: Int32Array<ArrayBuffer> = new Int32Array(1 << 16);
    let size = 0;

    documents.forEach((document, id) => {
      this._documentIds.set(id, id);
      this._idToShortId.set(id, id);
      const lengths: number[] = [];
      fields.forEach((field, fieldId) => {
        const fieldTerms = collector.collect(textOf(document, field));
        lengths.push(fieldTerms.length);
        // The same running mean MiniSearch keeps, so that scores match to the last bit.
        this._avgFieldLength[fieldId] =
          ((this._avgFieldLength[fieldId] ?? 0) * id + fieldTerms.length) / (id + 1);
        if (size + fieldTerms.length > slots.length) {
          const capacity = Math.max(slots.length * 2, size + fieldTerms.length);
          slots = grow(slots, capacity);
          ids = grow(ids, capacity);
        }
        for (const term of fieldTerms) {
          let termId = termIds.get(term);
          if (termId === undefined) {
            termId = terms.length;
            terms.push(term);
            termIds.set(term, termId);
          }
          slots[size] = termId * fieldCount + fieldId;
          ids[size] = id;
          size++;
        }
      });
      this._fieldLength.set(id, lengths);
    });
    this._documentCount = documents.length;
    this._nextId = documents.length;

    // Counting sort by slot; it keeps document order within a slot, as `add` would have.
    const starts = new Int32Array(terms.length * fieldCount + 1);
    for (let i = 0; i < size; i++) {
      const slot = (slots[i] as number) + 1;
      starts[slot] = (starts[slot] as number) + 1;
    }
    for (let slot = 0; slot < terms.length * fieldCount; slot++) {
      starts[slot + 1] = (starts[slot + 1] as number) + (starts[slot] as number);
    }
    const next = starts.slice(0, -1);
    const sorted = new Int32Array(size);
    for (let i = 0; i < size; i++) {
      const slot = slots[i] as number;
      const at = next[slot] as number;
      sorted[at] = ids[i] as number;
      next[slot] = at + 1;
    }

    terms.forEach((term, termId) => {
      const data = new Map<number, Map<number, number>>();
      for (let fieldId = 0; fieldId < fieldCount; fieldId++) {
        const slot = termId * fieldCount + fieldId;
        const end = starts[slot + 1] as number;
        let at = starts[slot] as number;
        if (at === end) continue;
        // Every term is collected once per field, so its frequency there is 1.
        const frequencies = new Map<number, number>();
        for (; at < end; at++) frequencies.set(sorted[at] as number, 1);
        data.set(fieldId, frequencies);
      }
      this._index.set(term, data);
      this.postings.set(
        term,
        (starts[(termId + 1) * fieldCount] as number) - (starts[termId * fieldCount] as number),
      );
    });
  }
}

function grow(array: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(capacity);
  grown.set(array);
  return grown;
}
