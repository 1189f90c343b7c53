// `npm run bench:ingest`: how long the ingest takes for the seed week and for a synthetic archive of
// 260 weeks (five years) made from it. Prints figures; asserts nothing. Target: archive < 3 s.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDigest, readDigest } from './ingest/parse-digest';
import { PROJECT_ROOT } from './ingest/run-ingest';
import { toJson } from './ingest/serialize';
import { syntheticArchive } from './ingest/synthetic-archive';

const WEEKS = 260;
const seedDir = path.resolve(PROJECT_ROOT, 'content/digests');
const seed = readFileSync(path.join(seedDir, '2025-10-20.txt'), 'utf8');
const sidecar: unknown = JSON.parse(
  readFileSync(path.join(seedDir, '2025-10-20.links.json'), 'utf8'),
);

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
const RUNS = 3;

/** Best and median of a few runs: the machine is shared, so one run says little. */
function repeat(run: () => void): { best: number; median: number } {
  const times = Array.from({ length: RUNS }, () => time(run)[1]).sort((a, b) => a - b);
  return { best: times[0] ?? 0, median: times[Math.floor(RUNS / 2)] ?? 0 };
}

const [, seedCold] = time(() =>
  parseDigest(seed, { fileName: '2025-10-20.txt', format: 'text', sidecar }),
);
const seedWarm = repeat(() =>
  toJson(parseDigest(seed, { fileName: '2025-10-20.txt', format: 'text', sidecar }).issue),
);
const [archive, generate] = time(() => syntheticArchive(seed, sidecar, WEEKS));
// The first pass pays for the JIT warming up, as a real `npm run ingest` does; the repeats below do not.
const [, archiveCold] = time(() => archive.forEach((d) => toJson(parseDigest(d.input, d).issue)));
const parseOnly = repeat(() => archive.forEach((d) => readDigest(d.input, d)));
let results: { ok: boolean; papers: number; bytes: number }[] = [];
const full = repeat(() => {
  results = archive.map((d) => {
    const result = parseDigest(d.input, d);
    const json = result.issue ? toJson(result.issue) : '';
    return {
      ok: result.issue !== undefined,
      papers: result.issue?.papers.length ?? 0,
      bytes: json.length,
    };
  });
});

const failed = results.filter((r) => !r.ok).length;
const papers = results.reduce((sum, r) => sum + r.papers, 0);
const bytes = results.reduce((sum, r) => sum + r.bytes, 0);
const htmlWeeks = archive.filter((d) => d.format === 'html').length;
const row = (label: string, t: { best: number; median: number }) =>
  `  ${label.padEnd(38)} ${ms(t.best)} best, ${ms(t.median)} median of ${RUNS}`;

console.log(
  `ingest benchmark (node ${process.version}, ${archive.length} synthetic weeks: ${archive.length - htmlWeeks} text, ${htmlWeeks} HTML)`,
);
console.log(`  ${'seed week, first run (cold)'.padEnd(38)} ${ms(seedCold)}`);
console.log(row('seed week, parse+validate+serialize', seedWarm));
console.log(`  ${'archive: generate in memory'.padEnd(38)} ${ms(generate)}`);
console.log(`  ${'archive: first full pass (cold)'.padEnd(38)} ${ms(archiveCold)}`);
console.log(row('archive: parse only', parseOnly));
console.log(row('archive: parse+validate+serialize', full));
console.log(`    (${papers} papers, ${(bytes / 1e6).toFixed(1)} MB of JSON, ${failed} failed)`);
console.log(
  `  ${'total: seed + archive, both cold'.padEnd(38)} ${ms(seedCold + archiveCold)}   (target < 3000 ms)`,
);
