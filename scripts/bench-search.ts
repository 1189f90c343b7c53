/**
 * npm run bench:search — the search engine on a synthetic archive the size of five years of weekly
 * issues (260 weeks x 10 papers), with text drawn from the real seed digest. Deterministic: a seeded
 * PRNG builds the same archive every run. Prints build time, index size, memory, query latency and
 * recall/precision against a plain substring scan; it asserts nothing about timings.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { performance } from 'node:perf_hooks';
import { SearchIndex } from '../src/features/search/search-index';
import { normalizeText, parseQuery, stripParticle } from '../src/features/search/tokenize';
import { SEARCH_FIELDS, type SearchDocument } from '../src/features/search/search-types';

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

const random = prng(SEED);
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

function makeArchive(): SearchDocument[] {
  const docs: SearchDocument[] = [];
  const start = Date.UTC(2021, 0, 4);
  for (let week = 0; week < WEEKS; week++) {
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

const docs = makeArchive();
const textBytes = docs.reduce(
  (sum, doc) => sum + SEARCH_FIELDS.reduce((s, field) => s + Buffer.byteLength(doc[field]), 0),
  0,
);
console.log(
  `archive: ${docs.length} papers in ${WEEKS} issues, ${kb(textBytes)} of text (seed ${SEED})`,
);
// Timings mean little on a busy machine: print the load next to them.
const load = () =>
  `load average ${loadavg()
    .map((value) => fmt(value))
    .join(' / ')} on ${cpus().length} cores`;
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
