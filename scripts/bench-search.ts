/**
 * npm run bench:search — the search engine on a synthetic archive the size of five years of weekly
 * issues (260 weeks x 10 papers), with text drawn from the real seed digest. Deterministic: a seeded
 * PRNG builds the same archive every run. Prints build time, index size, memory, query latency and
 * recall/precision against a plain substring scan; it asserts nothing about timings.
 *
 *   npm run bench:search -- --sizes 500,2600,5000 [--runs N] [--against DIR]
 *
 * compares ways of getting the index at each archive size instead, as medians of N runs (default 5):
 * SearchIndex, MiniSearch's own addAll alone, and MiniSearch.loadJSON of a prebuilt index (what
 * shipping one would cost: its size, and its load in the browser). `--against DIR` also measures the
 * SearchIndex of another checkout (e.g. `git archive` of an earlier commit, with a node_modules link),
 * taking turns with this one, and compares their rankings query by query.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';
import MiniSearch, { type Options } from 'minisearch';
import { SearchIndex } from '../src/features/search/search-index';
import {
  TermCollector,
  normalizeText,
  parseQuery,
  stripParticle,
} from '../src/features/search/tokenize';
import {
  SEARCH_FIELDS,
  type SearchDocument,
  type SearchRequest,
  type SearchResponse,
} from '../src/features/search/search-types';
import { median, numberOption } from './lib/bench-stats';

const DIGEST = new URL('../content/digests/2025-10-20.txt', import.meta.url);
const WEEKS = 260;
const PAPERS_PER_WEEK = 10;
const SEED = 20251020;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** mulberry32: small, fast and good enough to pick words reproducibly. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let random = prng(SEED);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

// Vocabulary from the real digest. Each paragraph is one paper's vocabulary (a "topic"); a synthetic
// paper mostly draws from one topic, like a real paper, and partly from the whole digest.
const digest = normalizeText(readFileSync(DIGEST, 'utf8'));
const wordsOf = (text: string) =>
  text
    .split(/\s+/)
    .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
const isKorean = (token: string) => /^[\uac00-\ud7a3]+$/.test(token);
const isEnglish = (token: string) => /^[A-Za-z][A-Za-z-]*$/.test(token);
const paragraphs = digest.split(/\n\s*\n/).filter((paragraph) => paragraph.length > 300);
const koreanTopics = paragraphs
  .map((paragraph) => wordsOf(paragraph).filter(isKorean))
  .filter((words) => words.length > 60);
const englishTopics = paragraphs
  .map((paragraph) => wordsOf(paragraph).filter(isEnglish))
  .filter((words) => words.length > 60);
const koreanWords = wordsOf(digest).filter(isKorean);
const englishWords = wordsOf(digest).filter(isEnglish);
const stems = [...new Set(koreanWords.map(stripParticle))].filter((stem) => stem.length >= 2);
const PARTICLES = [
  '이',
  '가',
  '을',
  '를',
  '은',
  '는',
  '의',
  '에',
  '에서',
  '으로',
  '로',
  '와',
  '과',
  '도',
];
const COMPOUNDS = [
  '언어모델',
  '캐시메모리',
  '디퓨전모델',
  '파이프라인병렬',
  '강화학습',
  '추론가속',
  '모델압축',
  '멀티모달모델',
  '데이터품질',
  '병렬디코딩',
];
const ENGLISH_TERMS = ['KV', 'LLM', 'LLMs', 'dLLM', 'Cache', 'caches', 'pipeline', 'parallelism'];

function koreanText(topic: readonly string[], words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const roll = random();
    if (roll < 0.75) out.push(pick(topic));
    else if (roll < 0.88) out.push(pick(koreanWords));
    else if (roll < 0.94) out.push(pick(stems) + pick(PARTICLES));
    else if (roll < 0.97) out.push(pick(COMPOUNDS) + (random() < 0.5 ? pick(PARTICLES) : ''));
    else out.push(pick(ENGLISH_TERMS));
  }
  return out.join(' ') + '.';
}

function englishText(topic: readonly string[], words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const roll = random();
    out.push(roll < 0.8 ? pick(topic) : roll < 0.95 ? pick(englishWords) : pick(ENGLISH_TERMS));
  }
  return out.join(' ') + '.';
}

function makeArchive(weeks = WEEKS): SearchDocument[] {
  random = prng(SEED);
  const docs: SearchDocument[] = [];
  const start = Date.UTC(2021, 0, 4);
  for (let week = 0; week < weeks; week++) {
    const day = new Date(start + week * 7 * 86400000);
    const issueId = day.toISOString().slice(0, 10);
    const issueEnd = new Date(day.getTime() + 6 * 86400000).toISOString().slice(0, 10);
    for (let order = 0; order < PAPERS_PER_WEEK; order++) {
      const korean = pick(koreanTopics);
      const english = pick(englishTopics);
      docs.push({
        id: `${issueId}/paper-${order}`,
        issueId,
        issueEnd,
        paperId: `paper-${order}`,
        order,
        titleKo: koreanText(korean, between(5, 10)),
        titleEn: englishText(english, between(7, 14)),
        summary: koreanText(korean, between(90, 130)),
        abstractKo: koreanText(korean, between(140, 200)),
        abstractEn: englishText(english, between(180, 260)),
      });
    }
  }
  return docs;
}

const KOREAN_FORMS = [
  '모델',
  '모델이',
  '모델을',
  '언어모델',
  '캐시',
  '캐시를',
  '디퓨전',
  '파이프라인',
  '파이프라인을',
  '병렬',
  '추론을',
  '가속화',
  '강화학습',
  '멀티모달',
  '데이터셋으로',
  '학습에서',
  '뇌',
  '품질과',
  '디퓨전 모델',
  '데이터 품질',
];
const MIXED_QUERIES = [
  'KV 캐시',
  'pipeline parallelism',
  '디퓨전 LLM',
  'LLM 추론',
  'diffusion',
  'Cache',
];

function substringScan(docs: readonly SearchDocument[], query: string): Set<string> {
  const words = query.split(/\s+/).filter(Boolean).map(stripParticle);
  return new Set(
    docs
      .filter((doc) =>
        words.every((word) => SEARCH_FIELDS.some((field) => doc[field].includes(word))),
      )
      .map((doc) => doc.id),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const kb = (bytes: number) => `${fmt(bytes / 1024, 1)} KB`;
// Timings mean little on a busy machine: print the load next to them.
const load = () =>
  `load average ${loadavg()
    .map((value) => fmt(value))
    .join(' / ')} on ${cpus().length} cores`;

const sizesIndex = process.argv.indexOf('--sizes');
if (sizesIndex >= 0) {
  await compareEngines(
    (process.argv[sizesIndex + 1] ?? '')
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0),
  );
  process.exit(0);
}

const docs = makeArchive();
const textBytes = docs.reduce(
  (sum, doc) => sum + SEARCH_FIELDS.reduce((s, field) => s + Buffer.byteLength(doc[field]), 0),
  0,
);
console.log(
  `archive: ${docs.length} papers in ${WEEKS} issues, ${kb(textBytes)} of text (seed ${SEED})`,
);
console.log(load());

// Warm the JIT on a small index so the timed build measures the engine, not the compiler.
new SearchIndex(docs.slice(0, 50)).search({ query: '모델' });

gc();
const heapBefore = process.memoryUsage().heapUsed;
const buildStart = performance.now();
const index = new SearchIndex(docs);
const buildMs = performance.now() - buildStart;
gc();
const heapDelta = process.memoryUsage().heapUsed - heapBefore;

const serialized = JSON.stringify(index.toJSON());
const raw = Buffer.byteLength(serialized);
const gzip = gzipSync(serialized).length;
console.log(`index build: ${fmt(buildMs, 0)} ms (target < 1000 ms)`);
console.log(`index size: ${kb(raw)} raw, ${kb(gzip)} gzip (serialized MiniSearch JSON)`);
console.log(`memory: ${kb(heapDelta)} heap delta for the index and its documents`);

const latencyQueries = [...KOREAN_FORMS, ...MIXED_QUERIES];
const ROUNDS = 20;
for (const query of latencyQueries) index.search({ query });
const timings: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const query of latencyQueries) {
    const t0 = performance.now();
    index.search({ query });
    timings.push(performance.now() - t0);
  }
}
timings.sort((a, b) => a - b);
console.log(
  `query latency over ${timings.length} searches (${latencyQueries.length} queries x ${ROUNDS}, 20 hits each): ` +
    `p50 ${fmt(percentile(timings, 50))} ms, p95 ${fmt(percentile(timings, 95))} ms (target p95 < 5 ms)`,
);

console.log(load());

console.log('\nrecall / precision against a substring scan (Korean particle and compound forms):');
let truePositives = 0;
let found = 0;
let expected = 0;
for (const query of KOREAN_FORMS) {
  const truth = substringScan(docs, query);
  const response = index.search({ query, limit: docs.length });
  const got = new Set(response.hits.map((hit) => hit.id));
  const hits = [...got].filter((id) => truth.has(id)).length;
  truePositives += hits;
  found += got.size;
  expected += truth.size;
  const recall = truth.size === 0 ? 1 : hits / truth.size;
  const precision = got.size === 0 ? (truth.size === 0 ? 1 : 0) : hits / got.size;
  const words = parseQuery(query)
    .map((word) => word.text)
    .join(' ');
  console.log(
    `  ${query.padEnd(10)} -> ${words.padEnd(10)} expected ${String(truth.size).padStart(4)}  ` +
      `found ${String(got.size).padStart(4)}  recall ${fmt(recall, 3)}  precision ${fmt(precision, 3)}`,
  );
}
console.log(
  `overall: recall ${fmt(expected === 0 ? 1 : truePositives / expected, 4)}, ` +
    `precision ${fmt(found === 0 ? 1 : truePositives / found, 4)} (target 1.0 and 1.0)`,
);

console.log('\nmixed queries (hits, for reference):');
for (const query of MIXED_QUERIES) {
  console.log(`  ${query.padEnd(22)} ${index.search({ query, limit: 0 }).total}`);
}

interface Index {
  search(request: SearchRequest): SearchResponse;
}

/** The options SearchIndex gives MiniSearch (ids are positions), for addAll and loadJSON alone. */
function miniOptions(docs: readonly SearchDocument[]): Options<SearchDocument> {
  const keys = new Map(docs.map((doc, key) => [doc, key]));
  const collector = new TermCollector();
  return {
    fields: [...SEARCH_FIELDS],
    idField: 'id',
    extractField: (doc, field) =>
      field === 'id' ? keys.get(doc) : doc[field as (typeof SEARCH_FIELDS)[number]],
    tokenize: (text) => collector.collect(text),
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  };
}

/** Runs `make` on a freshly collected heap and says how long it took (ms). */
function timed<T>(make: () => T): [T, number] {
  gc();
  const start = performance.now();
  const value = make();
  return [value, performance.now() - start];
}

/** What one engine measured at one size, a value per run. */
interface EngineRuns {
  build: number[];
  p50: number[];
  p95: number[];
  /** Median over the queries of several words only: those a narrowing of later words speeds up. */
  multiWord: number[];
}

function engineRuns(): EngineRuns {
  return { build: [], p50: [], p95: [], multiWord: [] };
}

/** Times the same searches on each index, the indexes taking turns, into each one's runs. */
function timeQueries(
  indexes: ReadonlyArray<[Index, EngineRuns]>,
  queries: readonly string[],
): void {
  const all = indexes.map(() => [] as number[]);
  const multi = indexes.map(() => [] as number[]);
  for (const [index] of indexes) for (const query of queries) index.search({ query });
  for (let round = 0; round < 20; round++) {
    indexes.forEach(([index], which) => {
      for (const query of queries) {
        const t0 = performance.now();
        index.search({ query });
        const ms = performance.now() - t0;
        all[which]?.push(ms);
        if (query.trim().includes(' ')) multi[which]?.push(ms);
      }
    });
  }
  indexes.forEach(([, runs], which) => {
    const sorted = (all[which] ?? []).sort((a, b) => a - b);
    runs.p50.push(percentile(sorted, 50));
    runs.p95.push(percentile(sorted, 95));
    runs.multiWord.push(median(multi[which] ?? []));
  });
}

function describeRuns(name: string, runs: EngineRuns): string {
  return (
    `  ${name.padEnd(11)} build ${fmt(median(runs.build), 0).padStart(6)} ms   query p50 ` +
    `${fmt(median(runs.p50))} ms, p95 ${fmt(median(runs.p95))} ms, several words p50 ` +
    `${fmt(median(runs.multiWord))} ms`
  );
}

async function compareEngines(sizes: readonly number[]): Promise<void> {
  const runs = numberOption('--runs', 5);
  const againstIndex = process.argv.indexOf('--against');
  const againstDir = againstIndex >= 0 ? process.argv[againstIndex + 1] : undefined;
  const against = againstDir
    ? ((await import(
        pathToFileURL(path.resolve(againstDir, 'src/features/search/search-index.ts')).href
      )) as { SearchIndex: new (docs: readonly SearchDocument[]) => Index })
    : undefined;
  const queries = [...KOREAN_FORMS, ...MIXED_QUERIES];
  console.log(`medians of ${runs} runs; query latency over ${queries.length} queries x 20 per run`);
  console.log(load());
  // Warm the JIT on a small index so the timed builds measure the engines, not the compiler.
  const warm = makeArchive(5);
  new SearchIndex(warm).search({ query: '모델' });
  if (against) new against.SearchIndex(warm).search({ query: '모델' });
  new MiniSearch(miniOptions(warm)).addAll(warm);

  for (const size of sizes) {
    const docs = makeArchive(Math.ceil(size / PAPERS_PER_WEEK)).slice(0, size);
    const here = engineRuns();
    const there = engineRuns();
    const addAll: number[] = [];
    const loadJSON: number[] = [];
    let json = '';
    let ranking = '';
    for (let run = 0; run < runs; run++) {
      // Taking turns, the order flipped every run, so neither always runs on a warmer heap.
      const engines: Array<[new (docs: readonly SearchDocument[]) => Index, EngineRuns]> = [
        [SearchIndex, here],
      ];
      if (against) engines.splice(run % 2, 0, [against.SearchIndex, there]);
      const built = engines.map(([Engine, engine]): [Index, EngineRuns] => {
        const [index, ms] = timed(() => new Engine(docs));
        engine.build.push(ms);
        return [index, engine];
      });
      const [mini, addAllMs] = timed(() => {
        const fresh = new MiniSearch(miniOptions(docs));
        fresh.addAll(docs);
        return fresh;
      });
      addAll.push(addAllMs);
      json = JSON.stringify(mini);
      loadJSON.push(timed(() => MiniSearch.loadJSON(json, miniOptions(docs)))[1]);
      timeQueries(built, queries);
      const mine = built.find(([, engine]) => engine === here)?.[0];
      const theirs = built.find(([, engine]) => engine === there)?.[0];
      if (run === 0 && mine && theirs) ranking = compareRankings(mine, theirs, queries);
    }
    console.log(`\n${size.toLocaleString('en-US')} papers`);
    console.log(describeRuns('SearchIndex', here));
    if (against) console.log(describeRuns('--against', there));
    console.log(`  MiniSearch.addAll alone: ${fmt(median(addAll), 0)} ms`);
    console.log(
      `  MiniSearch.loadJSON of the prebuilt index: ${fmt(median(loadJSON), 0)} ms, after ` +
        `downloading ${kb(Buffer.byteLength(json))} (${kb(gzipSync(json).length)} gzip)`,
    );
    if (ranking) console.log(`  ranking: ${ranking}`);
  }
  console.log(`\n${load()}`);
}

/** Whether two indexes give the same hits in the same order (all of them, and the top 20). */
function compareRankings(a: Index, b: Index, queries: readonly string[]): string {
  let sameTop = 0;
  let sameAll = 0;
  const differ: string[] = [];
  for (const query of queries) {
    const ids = (index: Index, limit?: number) =>
      index
        .search({ query, limit })
        .hits.map((hit) => hit.id)
        .join(' ');
    if (ids(a) === ids(b)) sameTop++;
    else differ.push(query);
    if (ids(a, 100_000) === ids(b, 100_000)) sameAll++;
  }
  return (
    `top 20 identical for ${sameTop}/${queries.length} queries, every hit in order for ${sameAll}/${queries.length}` +
    (differ.length > 0 ? ` (differ: ${differ.join(', ')})` : '')
  );
}
