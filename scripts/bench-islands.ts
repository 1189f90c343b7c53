/**
 * `npm run bench:islands`: measures the "islands" architecture for the prerendered reading pages against
 * what the app does today (hydrating them with React), for the issue "Instant on a phone". A
 * measurement, not a test; the app is not changed.
 *
 *   npm run bench:islands -- [--dist DIR] [--runs N] [--verify]
 *
 * 1. Builds the app into .bench-islands-app (or takes the build in `--dist DIR`).
 * 2. Copies it to .bench-islands-variant and bundles scripts/bench/islands-entry.ts (the app's
 *    framework-free stores, no React) into its assets, one minified ES module. In index.html and every
 *    prerendered issue and paper page, the head script's `data-entry` points at that file instead of the
 *    app's entry, and the app's preload list on #root (and any modulepreload/preload link) goes: the page
 *    loads the islands and nothing else. The inline head script is untouched, so its CSP hash holds; the
 *    islands file is same-origin (`script-src 'self'`). The archive and the shells stay the app's.
 * 3. Prints the islands file's size next to the JS the app's page loads (entry + its preload list) and
 *    the first-load figures of `npm run budget`.
 * 4. Checks the variant in Chromium: no console errors or CSP violations, only the islands script
 *    loaded, like / bookmark / read / issue like toggle aria-pressed and survive a reload (and show on
 *    the paper page), the language radios switch the visible abstract, the theme switch works.
 *    `--verify` stops here.
 * 5. Runs scripts/bench-web.ts on both builds in alternating rounds (`--runs N`, default 3): its "app:"
 *    rows are the islands variant, its "compare:" rows the app as it is.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { storageKeys } from '../src/config/storage-keys';
import { numberOption } from './lib/bench-stats';
import { buildApp } from './lib/build-app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { startStaticServer } from './lib/static-server';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ISLANDS_ENTRY = join(ROOT, 'scripts', 'bench', 'islands-entry.ts');
const VARIANT = join(ROOT, '.bench-islands-variant');

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const runs = numberOption('--runs', 3);
const verifyOnly = process.argv.includes('--verify');
const givenDist = option('--dist');

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
// gzip -9, as scripts/check-budget.ts counts.
const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

// ---- 1. The app's build ----

let appDist: string;
if (givenDist) {
  appDist = resolve(givenDist);
  if (!existsSync(join(appDist, 'index.html'))) throw new Error(`No build in ${appDist}`);
  if (appDist === VARIANT) throw new Error(`--dist must not be ${VARIANT}: it is rebuilt here`);
} else {
  appDist = join(ROOT, '.bench-islands-app');
  console.log(`Building the app into ${relative(ROOT, appDist)}/ …`);
  buildApp(ROOT, relative(ROOT, appDist));
}

// ---- 2. The islands variant ----

rmSync(VARIANT, { recursive: true, force: true });
cpSync(appDist, VARIANT, { recursive: true });
// A bench-web run over the app's folder leaves its static pages there; bench-web writes its own.
for (const folder of ['static-baseline', 'static-baseline-head'])
  rmSync(join(VARIANT, folder), { recursive: true, force: true });

const islandsCode = await bundleIslands();
const islandsFile = `assets/islands-${createHash('sha256').update(islandsCode).digest('hex').slice(0, 8)}.js`;
writeFileSync(join(VARIANT, islandsFile), islandsCode);

const pages = readingPages(VARIANT);
if (pages.length === 0) throw new Error('no prerendered reading pages in the build');
const appScripts = new Map<string, string[]>();
for (const page of pages) appScripts.set(page, rewritePage(page));
console.log(
  `Islands variant in ${relative(ROOT, VARIANT)}/: ${pages.length} reading pages now load ${islandsFile} only`,
);

// ---- 3. Sizes ----

const islandsBytes = Buffer.byteLength(islandsCode);
console.log('\nJavaScript a reading page loads (gzip -9, as npm run budget counts):');
console.log(
  `  islands: ${islandsFile}: ${kb(islandsBytes)} raw, ${kb(gzipSize(islandsCode))} gzip, 1 file, on every reading page`,
);
// The paper page bench-web measures: the newest issue's first paper (the first card at `/`).
const firstPaperLink =
  /<article [^>]*data-paper-id[^>]*>.*?<a href="[^"]*?(issues\/[^"#?]+\/papers\/[^"#?]+)"/s.exec(
    readFileSync(join(VARIANT, 'index.html'), 'utf8'),
  )?.[1];
const paperPage =
  pages.find((page) => page === `${firstPaperLink}.html`) ??
  pages.find((page) => page.includes('/papers/'));
for (const [label, page] of [
  ['issue page /', 'index.html'],
  ['paper page', paperPage],
] as const) {
  if (!page) continue;
  const files = appScripts.get(page) ?? [];
  const raw = files.reduce((sum, file) => sum + readFileSync(join(appDist, file)).length, 0);
  const gzip = files.reduce((sum, file) => sum + gzipSize(readFileSync(join(appDist, file))), 0);
  console.log(
    `  app, ${label === 'paper page' ? page : label} (entry + the page's preload list, all requested after the first paint): ` +
      `${kb(raw)} raw, ${kb(gzip)} gzip, ${files.length} files`,
  );
}
const budget = spawnSync('npx', ['tsx', 'scripts/check-budget.ts', appDist], {
  cwd: ROOT,
  encoding: 'utf8',
});
const budgetLines = (budget.stdout ?? '')
  .split('\n')
  .filter((line) => /^(First load of|\s+to first content)/.test(line));
if (budgetLines.length > 0) {
  console.log('  npm run budget on the app build (its first-load closures):');
  for (const line of budgetLines) console.log(`    ${line.trim()}`);
}

// ---- 4. The check in Chromium ----

await verifyVariant(islandsFile);
if (verifyOnly) process.exit(0);

// ---- 5. Lighthouse, both builds in alternating rounds ----

console.log(
  `\nLighthouse, ${runs} round(s): the "app:" rows are the islands variant, the "compare:" rows the app (React hydration).\n`,
);
const bench = spawnSync(
  'npx',
  [
    'tsx',
    'scripts/bench-web.ts',
    '--runs',
    String(runs),
    '--dist',
    relative(ROOT, VARIANT),
    '--compare',
    appDist,
  ],
  { cwd: ROOT, stdio: 'inherit' },
);
process.exit(bench.status ?? 1);

// ---- The parts ----

/** islands-entry.ts as one minified ES module (Vite's library build, none of the app's plugins). */
async function bundleIslands(): Promise<string> {
  const result = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      lib: { entry: ISLANDS_ENTRY, formats: ['es'], fileName: 'islands' },
      target: 'es2022',
      minify: true,
      write: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      // One file: the store's lazy backup import (never used on a reading page) comes inline.
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as {
    output?: { type: string; code?: string; fileName: string }[];
  }[];
  const chunks = outputs.flatMap((entry) => entry.output ?? []).filter((o) => o.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0]?.code) {
    throw new Error(
      `the islands bundle should be one file, got ${chunks.map((c) => c.fileName).join(', ')}`,
    );
  }
  return chunks[0].code;
}

/** index.html and the prerendered issue and paper pages (issues/…): the pages a reader reads. */
function readingPages(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(join(dir, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) found.push(path);
    }
  };
  walk('issues');
  return ['index.html', ...found].filter((page) =>
    /<div id="root" data-prerendered/.test(readFileSync(join(dir, page), 'utf8')),
  );
}

/**
 * Points the page's head script at the islands and drops the app's preloads. Returns the app's scripts
 * the page loaded (entry first), as paths in the build.
 */
function rewritePage(page: string): string[] {
  const file = join(VARIANT, page);
  let html = readFileSync(file, 'utf8');
  const once = (pattern: RegExp, what: string) => {
    const matches = html.match(new RegExp(pattern.source, 'g')) ?? [];
    if (matches.length !== 1)
      throw new Error(`${page}: expected one ${what}, found ${matches.length}`);
    return pattern.exec(html)!;
  };
  const entry = once(/ data-entry="([^"]+)"/, 'data-entry on the head script');
  const entryUrl = entry[1]!;
  const base = entryUrl.slice(0, entryUrl.indexOf('assets/'));
  const preload = once(/ data-preload="([^"]*)"/, 'data-preload on #root');
  const scripts = [entryUrl, ...preload[1]!.split(/\s+/).filter((url) => url.endsWith('.js'))].map(
    (url) => url.slice(base.length),
  );
  html = html
    .replace(entry[0], ` data-entry="${base}${islandsFile}"`)
    .replace(preload[0], '')
    // The app's check that it fetched the data the page was rendered from: nothing reads it now.
    .replace(/ data-fingerprints="[^"]*"/, '')
    .replace(/\s*<link rel="(?:modulepreload|preload)"[^>]*>/g, '');
  const appAssets = (html.match(/\/assets\/[^"' ]+\.js/g) ?? []).filter(
    (url) => !url.endsWith(islandsFile),
  );
  if (appAssets.length > 0) throw new Error(`${page} still names ${appAssets.join(', ')}`);
  writeFileSync(file, html);
  return scripts;
}

/** The variant in Chromium (served as a host would, with the build's CSP header too). */
async function verifyVariant(islands: string) {
  console.log('\nChecking the variant in Chromium:');
  const policy = readFileSync(join(VARIANT, 'content-security-policy.txt'), 'utf8').trim();
  const server = await startStaticServer(VARIANT, {
    headers: { 'Content-Security-Policy': policy },
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  const passed: string[] = [];
  const check = (ok: boolean, what: string) => (ok ? passed : problems).push(what);
  try {
    const context = await browser.newContext({ locale: 'ko-KR', serviceWorkers: 'block' });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });

    const open = async (path: string) => {
      await page.goto(new URL(path, server.url).href);
      await page.waitForSelector('html[data-islands="ready"]', { timeout: 15_000 });
    };
    const pressed = (selector: string) =>
      page.locator(selector).first().getAttribute('aria-pressed');
    const card = 'article[data-paper-id]';
    const like = `${card} .library-toggle--like`;
    const bookmark = `${card} .library-toggle--bookmark`;
    const read = `${card} .library-toggle--read`;
    const issueLike = '.library-issue-like';
    /** Waits until the library's write (a moment after the click, under the lock) is in storage. */
    const stored = async (test: (library: StoredLibrary) => boolean) => {
      for (let waited = 0; waited < 5_000; waited += 50) {
        const raw = await page.evaluate((key) => localStorage.getItem(key), storageKeys.library);
        if (raw !== null && test(JSON.parse(raw) as StoredLibrary)) return true;
        await page.waitForTimeout(50);
      }
      return false;
    };

    await open('/');
    const first = await page.locator(card).first().getAttribute('data-paper-id');
    const issueId = /\/issues\/([^/]+)\//.exec(
      (await page.locator(`${card} .paper-card__title a`).first().getAttribute('href')) ?? '',
    )?.[1];
    const key = `${issueId}/${first}`;
    check(
      [...scripts].every((path) => path.endsWith(islands)) && scripts.size === 1,
      `only the islands script is loaded (${[...scripts].join(', ')})`,
    );

    // The library.
    await page.locator(like).first().click();
    await page.locator(bookmark).first().click();
    await page.locator(read).first().click();
    await page.locator(issueLike).click();
    check(
      (await pressed(like)) === 'true' &&
        (await pressed(bookmark)) === 'true' &&
        (await pressed(read)) === 'true' &&
        (await pressed(issueLike)) === 'true',
      'like, bookmark, read and the issue like toggle aria-pressed',
    );
    const total = await page.locator(card).count();
    check(
      (await page.locator('.library-progress').textContent())?.includes(`1 / ${total}`) === true,
      'the read progress counts the read mark',
    );
    check(
      await stored((library) => {
        const entry = library.papers[key];
        return Boolean(
          entry?.likedAt &&
          entry.bookmarkedAt &&
          entry.readAt &&
          entry.paper.titleKo &&
          entry.paper.issueTitle &&
          issueId &&
          issueId in library.issueLikes,
        );
      }),
      'the marks are written to the library in localStorage, with the paper and issue titles',
    );
    await page.reload();
    await page.waitForSelector('html[data-islands="ready"]');
    check(
      (await pressed(like)) === 'true' &&
        (await pressed(bookmark)) === 'true' &&
        (await pressed(read)) === 'true' &&
        (await pressed(issueLike)) === 'true',
      'the marks survive a reload',
    );
    // The same marks on the first paper's own page (a static page of its own).
    const paperPath = await page
      .locator(`${card} .paper-card__title a`)
      .first()
      .getAttribute('href');
    if (paperPath) {
      await open(paperPath);
      check(
        (await pressed(like)) === 'true' && (await pressed(read)) === 'true',
        `the marks show on the paper's page (${paperPath})`,
      );
      await page.locator(like).first().click();
      check((await pressed(like)) === 'false', 'the like toggles there too');
      await page.locator(like).first().click();
      check((await pressed(like)) === 'true', 'and back');
      await open('/');
    } else {
      problems.push('the first paper card has no link to its page');
    }
    // Clean up: off again, and still off after a reload.
    await page.locator(like).first().click();
    await page.locator(issueLike).click();
    check(
      (await pressed(like)) === 'false' && (await pressed(issueLike)) === 'false',
      'a second click takes the like off',
    );
    await stored((library) => !library.papers[key]?.likedAt);
    await page.reload();
    await page.waitForSelector('html[data-islands="ready"]');
    check((await pressed(like)) === 'false', 'the like stays off after a reload');

    // The reading language.
    // (No named functions inside: tsx would wrap them in a helper the page does not have.)
    const abstracts = () =>
      page.evaluate((selector) => {
        const [ko, en] = ['ko', 'en'].map(
          (lang) =>
            document
              .querySelector(selector)
              ?.querySelector(`.abstracts .markdown[lang="${lang}"]`)
              ?.checkVisibility({ visibilityProperty: true }) ?? false,
        );
        return {
          ko: ko === true,
          en: en === true,
          language: document.documentElement.dataset.readingLanguage,
        };
      }, card);
    const language = (value: string) =>
      page.locator('.language-switch label', { has: page.locator(`input[value="${value}"]`) });
    let seen = await abstracts();
    check(seen.ko && !seen.en, 'Korean abstract shown by default');
    await language('en').click();
    seen = await abstracts();
    check(!seen.ko && seen.en && seen.language === 'en', 'English: the English abstract');
    await language('both').click();
    seen = await abstracts();
    check(seen.ko && seen.en, 'both: both abstracts');
    await page.waitForURL(/[?&]lang=both/, { timeout: 5_000 }).catch(() => undefined);
    check(page.url().includes('lang=both'), 'the choice is written into the address');
    await open('/');
    seen = await abstracts();
    check(
      seen.ko &&
        seen.en &&
        (await page.locator('.language-switch input[value="both"]').isChecked()),
      'the choice is remembered (a reload without ?lang=)',
    );
    await language('ko').click();
    seen = await abstracts();
    check(seen.ko && !seen.en, 'back to Korean');

    // The theme.
    const theme = (value: string) =>
      page.locator('.theme-switch label', { has: page.locator(`input[value="${value}"]`) });
    const background = () =>
      page.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        color: getComputedStyle(document.body).backgroundColor,
      }));
    const light = await background();
    await theme('dark').click();
    const dark = await background();
    check(
      dark.theme === 'dark' && dark.color !== light.color,
      `the dark theme (${light.color} → ${dark.color})`,
    );
    await page.reload();
    await page.waitForSelector('html[data-islands="ready"]');
    check(
      (await background()).theme === 'dark' &&
        (await page.locator('.theme-switch input[value="dark"]').isChecked()),
      'the theme survives a reload',
    );
    await theme('system').click();
    check(
      (await background()).theme === undefined &&
        (await page.evaluate((key) => localStorage.getItem(key), storageKeys.theme)) === null,
      'back to the system theme',
    );
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  for (const line of passed) console.log(`  ok    ${line}`);
  for (const line of problems) console.log(`  FAIL  ${line}`);
  if (problems.length > 0) {
    console.log('The islands variant does not work: not measuring it.');
    process.exit(1);
  }
  console.log('  no console errors, no CSP violations, no failed requests');
}

/** The parts of the stored library (src/features/library/library-schema.ts) the check looks at. */
interface StoredLibrary {
  papers: Record<
    string,
    | {
        likedAt: string | null;
        bookmarkedAt: string | null;
        readAt: string | null;
        paper: { titleKo: string; issueTitle: string };
      }
    | undefined
  >;
  issueLikes: Record<string, unknown>;
}
