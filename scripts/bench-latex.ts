/**
 * `npm run bench:latex`: how long the LaTeX clean-up (normalize-latex.ts) and the plain-text reading
 * (lib/markdown/plain-text-reader.ts) take on hostile input, and the plain-text reading on five years of
 * weeks. Prints figures; asserts nothing (the tests stay free of timers: they check that hostile input
 * neither throws nor overflows the stack, and would hit the test runner's timeout long before a
 * quadratic pass over these sizes finished).
 *
 * Linear work grows with its input: each hostile input runs at 1x and 4x its size, and the last column
 * is the ratio of their times (about 4 when linear, 16 when quadratic). Best of RUNS runs each, since the
 * machine may be shared. Below ~10 ms, and past a few hundred thousand characters (the garbage
 * collector's share grows with the heap), ratios wander up to ~10 even for plain words: compare a row
 * with the baseline of its group, not with 4.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToPlainParagraphs as standInParagraphs } from '../src/components/markdown/plain-text';
import { latexToPlainText, normalizeLatex } from '../src/lib/markdown/normalize-latex';
import { markdownToPlainText } from '../src/lib/markdown/plain-text';
import { parseDigest } from './ingest/parse-digest';
import { PROJECT_ROOT } from './ingest/run-ingest';
import { syntheticArchive } from './ingest/synthetic-archive';

const RUNS = 3;

function best(run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;

/** [name, a unit repeated `times` times]: the 1x input; the 4x input repeats it four times as often. */
const LATEX_INPUTS: ReadonlyArray<readonly [string, string, number]> = [
  ['plain words (the baseline)', 'ab c ', 50_000],
  ['deep groups', '{', 20_000],
  ['deep declarations', '{\\bf ', 5_000],
  ['deep \\textbf', '\\textbf{', 5_000],
  ['unclosed unknown commands', '\\foo{', 10_000],
  ['unpaired quotes', '`a ', 15_000],
  ['unclosed \\(', '\\( a ', 12_000],
  ['unclosed accents', "\\'{", 12_000],
  ['unclosed $', '$a ', 12_000],
  ['stray backslashes', '\\', 50_000],
  ['dashes between words (many nodes)', 'a--b ', 50_000],
  ['everything at once', '{\\bf \\textbf{$x$ `a **b', 3_000],
];

const MARKDOWN_INPUTS: ReadonlyArray<readonly [string, string, number]> = [
  ['plain words (the baseline)', 'ab c ', 100_000],
  ['open brackets', '[', 100_000],
  ['unclosed $', '$a ', 100_000],
  ['unclosed $$', '$$a ', 100_000],
  ['stray backslashes', '\\', 200_000],
  ['unfinished references', '&#', 100_000],
  ['unpaired backticks', '`a ', 100_000],
  ['unpaired stars', '*a ', 100_000],
  ['unpaired **', '**a ', 100_000],
  ['link openers', '[a](', 100_000],
];

function scaling(
  title: string,
  inputs: ReadonlyArray<readonly [string, string, number]>,
  run: (input: string) => unknown,
): void {
  console.log(`  ${title}`);
  for (const [name, unit, times] of inputs) {
    const small = best(() => run(unit.repeat(times)));
    const large = best(() => run(unit.repeat(times * 4)));
    const size = `${((unit.length * times) / 1000).toFixed(0)} k chars`;
    console.log(
      `    ${name.padEnd(34)} ${size.padStart(11)} ${ms(small)}   x4: ${ms(large)}   ratio ${(large / Math.max(small, 0.01)).toFixed(1)}`,
    );
  }
}

console.log(`LaTeX and plain-text benchmark (node ${process.version}, best of ${RUNS})`);
scaling('normalizeLatex (the ingest)', LATEX_INPUTS, (input) => normalizeLatex(input));
scaling('latexToPlainText (titles)', LATEX_INPUTS, (input) => latexToPlainText(input));
scaling('markdownToPlainText (search, feeds, meta)', MARKDOWN_INPUTS, markdownToPlainText);
scaling('the stand-in (common symbols)', MARKDOWN_INPUTS, standInParagraphs);

const seedDir = path.resolve(PROJECT_ROOT, 'content/digests');
const seed = readFileSync(path.join(seedDir, '2025-10-20.txt'), 'utf8');
const sidecar: unknown = JSON.parse(
  readFileSync(path.join(seedDir, '2025-10-20.links.json'), 'utf8'),
);
const fields = syntheticArchive(seed, sidecar, 260).flatMap((digest) => {
  const issue = parseDigest(digest.input, digest).issue;
  if (!issue) return [];
  return [
    issue.intro,
    ...issue.highlights.map((highlight) => highlight.body),
    ...issue.papers.flatMap((paper) => [paper.summary, paper.abstractKo, paper.abstractEn]),
  ];
});
const chars = fields.reduce((sum, field) => sum + field.length, 0);
console.log(`  260 weeks: ${fields.length} Markdown fields, ${(chars / 1e6).toFixed(1)} M chars`);
console.log(
  `    ${'markdownToPlainText (search)'.padEnd(40)} ${ms(best(() => fields.map(markdownToPlainText)))}`,
);
console.log(
  `    ${'the stand-in'.padEnd(40)} ${ms(best(() => fields.map((f) => standInParagraphs(f))))}`,
);
