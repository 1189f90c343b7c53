/**
 * `npm run bench:long-word`: how long the issue page takes to show an abstract that is one unbroken word
 * of 100,000 and of 1,000,000 characters, on a phone-sized viewport (390 × 844). Text that long is shown
 * as plain text (markdown-guard.ts), so what such a word tests is line breaking: how the page's CSS lets
 * the browser wrap it. Three words by default: Latin letters only; Hangul, Latin and digits mixed at
 * every letter, which Chromium wraps at a cost that grows with the square of the word's length; and
 * Latin, Hebrew and Arabic letters alternating, a left-to-right and a right-to-left run per letter.
 *
 * Each run opens the issue page in a fresh context and holds its issue JSON back until the page is idle,
 * then lets it through with the word in the first paper's abstract (in the reading language). It times,
 * from that moment, the first frame painted with the word in the page ("shown") and the frame painted
 * once the word has been scrolled into view ("on screen"), and reads the main thread's CPU time over the
 * same span from Chromium (less at the mercy of a shared machine than the wall clock). A run still going
 * after `--timeout` seconds counts as that long; a word the data's limits refuse (FIELD_LIMITS in
 * src/data/schema.ts: the card says the paper could not be shown) is reported as refused. Figures, not a
 * test: medians of `--runs N` runs (default 5) with their spread.
 *
 *   npm run bench:long-word -- [--runs N] [--dist DIR] [--compare DIR] [--kinds latin,hangul,mixed,bidi,bidispaced]
 *                              [--lang ko|en|both] [--sizes 100000,1000000] [--timeout S] [--css FILE]
 *
 * Without `--dist` it builds the app first. `--compare DIR` measures a second build in the same rounds,
 * alternating with the first, so both see the same machine (e.g. a build from before a CSS change).
 * `--css FILE` adds a stylesheet to every page, to measure an idea before editing the app's CSS.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Route } from 'playwright-core';
import { issueIndexSchema } from '../src/data/schema';
import { median, numberOption, spread } from './lib/bench-stats';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { startStaticServer, type StaticServer } from './lib/static-server';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const RUNS = numberOption('--runs', 5);
const TIMEOUT_MS = numberOption('--timeout', 60) * 1000;
const SIZES = (option('--sizes') ?? '100000,1000000').split(',').map(Number);
const KINDS = (option('--kinds') ?? 'latin,mixed,bidi').split(',');
const LANGUAGE = option('--lang') ?? 'ko';
const EXTRA_CSS = option('--css');
// Its own folder (git, ESLint and Prettier ignore .build*), so it never races another benchmark's build.
const dist = option('--dist') ?? '.build-long-word';
const compareDist = option('--compare');
const VIEWPORT = { width: 390, height: 844 };

/** One character of the word at `index`: Latin letters, Hangul syllables, or scripts mixed at every letter. */
const WORD_KINDS: Record<string, (index: number) => string> = {
  latin: (index) => 'abcdefghijklmnopqrstuvwxyz'[(index * 7) % 26] ?? 'a',
  hangul: (index) => String.fromCharCode(0xac00 + ((index * 37) % 11172)),
  mixed: (index) => '가a1나b'[index % 5] ?? 'a',
  // Left-to-right and right-to-left letters alternating: a bidi run per letter.
  bidi: (index) => 'aאbعcב'[index % 6] ?? 'a',
  // Not one word (not by default): the same letters with a space every 50 (never last: it would be
  // trimmed), so the text wraps.
  bidispaced: (index) => (index % 50 === 25 ? ' ' : ('aאbعcב'[index % 6] ?? 'a')),
};

if (!['ko', 'en', 'both'].includes(LANGUAGE)) throw new Error('--lang is ko, en or both');
if (SIZES.some((size) => !Number.isInteger(size) || size < 1000))
  throw new Error('--sizes are whole numbers of at least 1000');
const unknownKind = KINDS.find((kind) => !(kind in WORD_KINDS));
if (unknownKind !== undefined)
  throw new Error(`--kinds are among ${Object.keys(WORD_KINDS).join(', ')}, not ${unknownKind}`);

if (option('--dist') === undefined) {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const index = issueIndexSchema.parse(
  JSON.parse(readFileSync(join(dist, 'data', 'index.json'), 'utf8')),
);
const issueId = index.issues[0]?.id;
if (!issueId) throw new Error('no issues in the build');
const issue = JSON.parse(readFileSync(join(dist, 'data', 'issues', `${issueId}.json`), 'utf8')) as {
  papers: Record<string, unknown>[];
};
const field = LANGUAGE === 'en' ? 'abstractEn' : 'abstractKo';
const extraCss = EXTRA_CSS ? readFileSync(EXTRA_CSS, 'utf8') : undefined;

/** The issue JSON with a word of `size` characters of `kind` in the first paper's abstract. */
function issueWithWord(kind: string, size: number): string {
  const character = WORD_KINDS[kind] ?? (() => 'a');
  const word = Array.from({ length: size }, (_, at) => character(at)).join('');
  const papers = issue.papers.map((paper, at) => (at === 0 ? { ...paper, [field]: word } : paper));
  return JSON.stringify({ ...issue, papers });
}

interface Run {
  shown: number;
  onScreen: number;
  cpu: number;
  refused: boolean;
}
type Timing = { shown: number; onScreen: number } | { refused: true };

/**
 * Installed in the page as source text (the bundler's helpers do not exist there): resolves once a
 * paragraph of at least `size` characters is in the document and a frame has painted with it, then again once
 * it has been scrolled into view and that frame has painted; or as refused once the page shows the paper
 * (or the issue) as one it could not read. Times are from the call.
 */
const UNTIL_SHOWN = `window.untilShown = (size) => new Promise((resolve) => {
  const t0 = performance.now();
  const painted = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  // The paragraph holding the word (the app may render it as one text node or in pieces).
  const find = () => {
    for (const paragraph of document.querySelectorAll('p'))
      if ((paragraph.textContent ?? '').length >= size) return paragraph;
    return null;
  };
  const check = async () => {
    if (document.querySelector('.paper-card--invalid, .error-state')) return resolve({ refused: true });
    const element = find();
    if (!element) return void setTimeout(check, 5);
    await painted();
    const shown = performance.now() - t0;
    element.scrollIntoView({ block: 'start' });
    await painted();
    resolve({ shown, onScreen: performance.now() - t0 });
  };
  check();
});`;

async function measure(browser: Browser, server: StaticServer, body: string, size: number) {
  const context = await browser.newContext({
    locale: 'ko-KR',
    serviceWorkers: 'block',
    viewport: VIEWPORT,
  });
  let release: () => void = () => {};
  const released = new Promise<void>((done) => (release = done));
  await context.route(`**/data/issues/${issueId}.json`, async (route: Route) => {
    await released;
    await route.fulfill({ body, contentType: 'application/json' });
  });
  if (extraCss !== undefined) {
    // A stylesheet of our own origin: the app's Content-Security-Policy refuses an inline one.
    await context.route('**/bench-long-word.css', (route) =>
      route.fulfill({ body: extraCss, contentType: 'text/css' }),
    );
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = '/bench-long-word.css';
        document.head.append(link);
      }),
    );
  }
  await context.addInitScript(UNTIL_SHOWN);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN;
  };
  try {
    const query = LANGUAGE === 'ko' ? '' : `?lang=${LANGUAGE}`;
    await page.goto(new URL(`issues/${issueId}${query}`, server.url).href);
    // The page is idle, waiting only for the issue data.
    await page.waitForTimeout(300);
    const cpuBefore = await threadTime();
    // Started in the page before the data is let through, so its clock starts first.
    await page.evaluate((wanted) => {
      const w = window as unknown as {
        untilShown: (size: number) => Promise<Timing>;
        timing: Promise<Timing>;
      };
      w.timing = w.untilShown(wanted);
    }, size);
    release();
    const timing = await Promise.race([
      page.evaluate(() => (window as unknown as { timing: Promise<Timing> }).timing),
      new Promise<null>((done) => setTimeout(() => done(null), TIMEOUT_MS)),
    ]);
    if (!timing) return { shown: TIMEOUT_MS, onScreen: TIMEOUT_MS, cpu: NaN, refused: false };
    if ('refused' in timing) return { shown: NaN, onScreen: NaN, cpu: NaN, refused: true };
    return { ...timing, cpu: ((await threadTime()) - cpuBefore) * 1000, refused: false };
  } finally {
    // NOTE: a page stuck in layout may not answer a polite close: the caller then restarts the browser.
    await Promise.race([context.close(), new Promise((done) => setTimeout(done, 5000))]);
  }
}

const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const builds = [
  { name: dist, server: await startStaticServer(dist) },
  ...(compareDist ? [{ name: compareDist, server: await startStaticServer(compareDist) }] : []),
];
const results = new Map<string, Run[]>();
let browser = await launch();
try {
  for (const kind of KINDS) {
    for (const size of SIZES) {
      const body = issueWithWord(kind, size);
      for (let run = 0; run < RUNS; run++) {
        for (const build of builds) {
          const key = `${build.name} ${kind} ${size}`;
          const measured = await measure(browser, build.server, body, size);
          results.set(key, [...(results.get(key) ?? []), measured]);
          if (measured.shown >= TIMEOUT_MS) {
            await browser.close().catch(() => {});
            browser = await launch();
          }
        }
      }
    }
  }
} finally {
  await browser.close().catch(() => {});
  for (const build of builds) await build.server.close();
}

const ms = (values: number[]) => {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return 'n/a';
  const capped = values.some((value) => value >= TIMEOUT_MS) ? ` (${TIMEOUT_MS / 1000} s cap)` : '';
  return `${median(finite).toFixed(0).padStart(6)} ms (${spread(finite)})${capped}`;
};
console.log(
  `An unbroken word in paper 1's ${field}, reading language ${LANGUAGE}, ${VIEWPORT.width}×${VIEWPORT.height}` +
    `${extraCss !== undefined ? `, plus ${EXTRA_CSS}` : ''}. Medians of ${RUNS} runs (spread), from the data's arrival:`,
);
for (const build of builds) {
  console.log(build.name);
  for (const kind of KINDS) {
    for (const size of SIZES) {
      const runs = results.get(`${build.name} ${kind} ${size}`) ?? [];
      const label = `  ${kind}, ${size.toLocaleString('en')} characters`;
      if (runs.every((run) => run.refused)) {
        console.log(`${label}: refused by the data's limits (FIELD_LIMITS)`);
        continue;
      }
      console.log(label);
      console.log(`    shown (first frame)   ${ms(runs.map((run) => run.shown))}`);
      console.log(`    on screen             ${ms(runs.map((run) => run.onScreen))}`);
      console.log(`    main-thread CPU       ${ms(runs.map((run) => run.cpu))}`);
    }
  }
}
