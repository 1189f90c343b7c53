/**
 * `npm run bench:archive`: the archive at the size the sync will bring, 260 weeks (five years) made
 * from the seed week. Ingests them, builds the app with that data (the prerender still renders only the
 * newest weeks), and prints the build time, the size of dist/ and how long /archive takes to render in
 * Chromium. Figures, not a test: medians of several runs, with their spread.
 *
 *   npm run bench:archive -- [--weeks N] [--runs N] [--build-runs N]
 */
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { runIngest, PROJECT_ROOT } from './ingest/run-ingest';
import { syntheticArchive } from './ingest/synthetic-archive';
import { median, numberOption, spread, watchLongTasks } from './lib/bench-stats';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { buildApp } from './lib/build-app';
import { startStaticServer } from './lib/static-server';

const WEEKS = numberOption('--weeks', 260);
const RUNS = numberOption('--runs', 5);
const BUILD_RUNS = numberOption('--build-runs', 1);
const work = path.join(PROJECT_ROOT, '.bench-archive');
const digests = path.join(work, 'digests');
const publicDir = path.join(work, 'public');
const dist = path.join(work, 'dist');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function sizeOf(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = sizeOf(full);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += statSync(full).size;
      files += 1;
    }
  }
  return { bytes, files };
}

// 1. The archive: 260 weeks of digests, ingested as `npm run ingest` would.
rmSync(work, { recursive: true, force: true });
mkdirSync(digests, { recursive: true });
const seedDir = path.join(PROJECT_ROOT, 'content/digests');
const seed = readFileSync(path.join(seedDir, '2025-10-20.txt'), 'utf8');
const sidecar: unknown = JSON.parse(
  readFileSync(path.join(seedDir, '2025-10-20.links.json'), 'utf8'),
);
for (const digest of syntheticArchive(seed, sidecar, WEEKS)) {
  writeFileSync(path.join(digests, digest.fileName), digest.input);
  if (digest.sidecar !== undefined)
    writeFileSync(
      path.join(digests, digest.fileName.replace(/\.\w+$/, '.links.json')),
      JSON.stringify(digest.sidecar),
    );
}
cpSync(path.join(PROJECT_ROOT, 'public'), publicDir, {
  recursive: true,
  filter: (source) => !source.includes(`${path.sep}data`),
});
const ingestStart = performance.now();
const ingestCode = await runIngest(
  [
    '--digests',
    digests,
    '--arxiv-cache',
    path.join(work, 'arxiv.json'),
    '--out',
    path.join(publicDir, 'data'),
  ],
  { out: () => {}, err: () => {} },
);
const ingestMs = performance.now() - ingestStart;
if (ingestCode !== 0) throw new Error('the synthetic archive did not ingest cleanly');

// 2. The build, with that data.
const buildTimes: number[] = [];
for (let run = 0; run < BUILD_RUNS; run++) {
  const start = performance.now();
  buildApp(PROJECT_ROOT, dist, publicDir);
  buildTimes.push((performance.now() - start) / 1000);
}
const total = sizeOf(dist);
const data = sizeOf(path.join(dist, 'data'));
const pages = readdirSync(path.join(dist, 'issues'), { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.html')).length;
const indexBytes = statSync(path.join(dist, 'data', 'index.json')).size;

// 3. /archive in Chromium: a client-side navigation from the issue page, once the app has taken over.
const server = await startStaticServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const shown: number[] = [];
const settled: number[] = [];
const back: number[] = [];
const longest: number[] = [];
/**
 * Installed in the page (as source text: the bundler's helpers do not exist there): from now until the
 * archive has weeks in the DOM and `selector` matches nothing, and the frame after that has painted.
 */
const UNTIL_PAINTED = `window.untilPainted = (selector) => new Promise((resolve) => {
  const t0 = performance.now();
  const check = () => {
    if (document.querySelectorAll('.archive__item').length > 0 && !document.querySelector(selector))
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
    else setTimeout(check, 0);
  };
  check();
});`;
type Until = (selector: string) => Promise<number>;
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(UNTIL_PAINTED);
    await page.goto(server.url);
    await page.waitForSelector('#root:not([data-prerendered])');
    // Load the archive's code once, as a reader who has been there before.
    await page.click('nav a[href$="archive"]');
    await page.waitForSelector('.archive__item');
    await page.goBack();
    await page.waitForSelector('.paper-card');
    const longestTask = await watchLongTasks(page);
    const [first, whole] = await page.evaluate(() => {
      const wait = (window as unknown as { untilPainted: Until }).untilPainted;
      document.querySelector<HTMLAnchorElement>('nav a[href$="archive"]')?.click();
      // A selector that never matches: the first frame with weeks in it.
      return Promise.all([wait('.never-there'), wait('[data-settling]')]);
    });
    shown.push(first ?? NaN);
    settled.push(whole ?? NaN);
    longest.push(await longestTask());
    // Back to the issue and forward again: a POP restores a position, so everything renders at once.
    await page.goBack();
    await page.waitForSelector('.paper-card');
    back.push(
      await page.evaluate(() => {
        const wait = (window as unknown as { untilPainted: Until }).untilPainted;
        history.forward();
        return wait('.never-there');
      }),
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`archive of ${WEEKS} weeks (synthetic, from the seed week)`);
console.log(`  ingest                     ${(ingestMs / 1000).toFixed(1)} s`);
console.log(
  `  build (vite + prerender)   ${median(buildTimes).toFixed(1)} s median of ${BUILD_RUNS}${BUILD_RUNS > 1 ? ` (${buildTimes.map((t) => t.toFixed(1)).join(', ')})` : ''}   target < 60 s`,
);
console.log(`  dist/                      ${kb(total.bytes)} in ${total.files} files`);
console.log(`    data/                    ${kb(data.bytes)} (index.json ${kb(indexBytes)})`);
console.log(
  `    prerendered issue pages  ${pages} (issue and paper pages of the newest weeks only)`,
);
console.log(`  /archive, medians of ${RUNS} runs (spread), from the click in the header:`);
console.log(
  `    shown (first frame)      ${median(shown).toFixed(0)} ms (${spread(shown)})   target < 100 ms`,
);
console.log(`    every week laid out      ${median(settled).toFixed(0)} ms (${spread(settled)})`);
console.log(`    longest task             ${median(longest).toFixed(0)} ms (${spread(longest)})`);
console.log(`    Forward (all at once)    ${median(back).toFixed(0)} ms (${spread(back)})`);
