/**
 * `npm run bench:long-issue`: issue #12's long issue. Builds the app with the newest issue grown to 200
 * papers (copies of its own papers under new ids and titles), opens the prerendered `/` in Chromium with
 * the CPU slowed down four times (a mid-range phone), waits until every card is rendered in full, then
 * switches the reading language to English. Prints the long tasks of each phase (the limit of interest
 * is "no task over 200 ms") and the main thread's time in it, running script and laying out (a switch
 * that only changes an attribute costs styles and layout, no script). Figures, not a test: medians of
 * several runs, with their spread.
 *
 *   npm run bench:long-issue -- [--papers N] [--runs N] [--no-build] [--tasks]
 *
 * `--no-build` measures the build a previous run left in .bench-long-issue/dist (and its paper count).
 * `--tasks` also lists each run's tasks over the limit, with when they started: where to look first.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { PRERENDERED_ATTRIBUTE, ROOT_ID } from '../src/config/prerender-contract';
import {
  issueIndexSchema,
  issueSchema,
  issueSummary,
  type Issue,
  type Paper,
} from '../src/data/schema';
import { parseIssue } from '../src/features/issues/parse-issue';
import { PROJECT_ROOT } from './ingest/run-ingest';
import { median, numberOption, spread } from './lib/bench-stats';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { startStaticServer, type StaticServer } from './lib/static-server';
import { buildApp } from './lib/build-app';

const RUNS = numberOption('--runs', 3);
const BUILD = !process.argv.includes('--no-build');
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 390, height: 844 };
/** The limit issue #12 sets; tasks over 50 ms are what the browser reports as long at all. */
const LIMIT_MS = 200;
const LONG_MS = 50;
const PENDING_CLASS = 'paper-card--pending';
const work = path.join(PROJECT_ROOT, '.bench-long-issue');
const publicDir = path.join(work, 'public');
const dist = path.join(work, 'dist');

/**
 * The issue with `count` papers: its own papers over and over, each round after the first under new ids
 * (`-2`, `-3` as the ingest numbers repeated slugs) and numbered titles, so that ids stay unique and the
 * highlights still point at the first round.
 */
function longIssue(issue: Issue, count: number): Issue {
  const source = issue.papers;
  if (source.length === 0) throw new Error(`issue ${issue.id} has no papers to copy`);
  const papers = Array.from({ length: count }, (_, at): Paper => {
    const paper = source[at % source.length] as Paper;
    const round = Math.floor(at / source.length) + 1;
    if (round === 1) return paper;
    const numbered = (title: string) => (title === '' ? title : `${title} (${round})`);
    return {
      ...paper,
      id: `${paper.id}-${round}`,
      titleKo: numbered(paper.titleKo),
      titleEn: numbered(paper.titleEn),
    };
  });
  return { ...issue, papers };
}

/** public/ with its newest issue grown to `count` papers, checked as the app itself will read it. */
function writeLongIssueData(count: number): void {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(path.join(PROJECT_ROOT, 'public'), publicDir, { recursive: true });
  const dataDir = path.join(publicDir, 'data');
  const index = issueIndexSchema.parse(
    JSON.parse(readFileSync(path.join(dataDir, 'index.json'), 'utf8')),
  );
  const [newest, ...older] = index.issues;
  if (!newest) throw new Error('public/data/index.json lists no issues');
  const issueFile = path.join(dataDir, 'issues', `${newest.id}.json`);
  const issue = longIssue(issueSchema.parse(JSON.parse(readFileSync(issueFile, 'utf8'))), count);
  // The app's own reader too: it also refuses papers with the same id, which the schema alone allows.
  const parsed = parseIssue(issueSchema.parse(issue));
  if (!parsed.ok) throw new Error(`the long issue is invalid: ${parsed.problem}`);
  const invalid = parsed.issue.invalidPapers[0];
  if (invalid) throw new Error(`the long issue has an invalid paper: ${invalid.problem}`);
  writeFileSync(issueFile, `${JSON.stringify(issue, null, 2)}\n`);
  const longIndex = issueIndexSchema.parse({ ...index, issues: [issueSummary(issue), ...older] });
  writeFileSync(path.join(dataDir, 'index.json'), `${JSON.stringify(longIndex, null, 2)}\n`);
}

if (BUILD) {
  writeLongIssueData(numberOption('--papers', 200));
  buildApp(PROJECT_ROOT, dist, publicDir);
}

// What was built, read back from the build: with --no-build, --papers says nothing about it.
const builtIndex = issueIndexSchema.parse(
  JSON.parse(readFileSync(path.join(dist, 'data', 'index.json'), 'utf8')),
);
const newest = builtIndex.issues[0];
if (!newest) throw new Error('no issues in the build');
const PAPERS = newest.paperCount;
const indexHtml = readFileSync(path.join(dist, 'index.html'));
const pendingInHtml = indexHtml.toString('utf8').split(PENDING_CLASS).length - 1;

/**
 * Installed in the page before any of its own code (as source text: the bundler's helpers do not exist
 * there, and tsx's would break a function passed to page.evaluate with inner functions). Keeps every
 * long task from the start of the document, the parse of the HTML included, notes when the first frame
 * painted with every card in full and the app in charge of the page, and can watch for the switch.
 */
const WATCH = `window.bench = { tasks: [], allRendered: null };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    window.bench.tasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
const untilAllRendered = () => {
  const root = document.getElementById(${JSON.stringify(ROOT_ID)});
  if (root && !root.hasAttribute(${JSON.stringify(PRERENDERED_ATTRIBUTE)}) &&
      document.querySelector('article.paper-card') &&
      !document.querySelector('.${PENDING_CLASS}'))
    requestAnimationFrame(() => setTimeout(() => (window.bench.allRendered = performance.now())));
  else requestAnimationFrame(untilAllRendered);
};
requestAnimationFrame(untilAllRendered);
window.bench.watchEnglish = (selector) => {
  window.bench.englishShown = new Promise((resolve) => {
    const check = () => {
      const english = document.querySelector('article.paper-card')?.querySelector(selector);
      if (english && english.checkVisibility({ visibilityProperty: true }))
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      else requestAnimationFrame(check);
    };
    check();
  });
};`;

interface Task {
  start: number;
  duration: number;
}
interface Bench {
  tasks: Task[];
  allRendered: number | null;
  /** Sets `englishShown`: when the first frame with `selector` shown in the first card painted. */
  watchEnglish: (selector: string) => void;
  englishShown?: Promise<number>;
}
/** The first card's English abstract: there (hidden) once the page was idle, shown in English. */
const ENGLISH_ABSTRACT = '.abstracts__column > .markdown[lang="en"]';

interface Phase {
  /** Milliseconds: to every card rendered (load), to the English abstract painted (switch). */
  time: number;
  longest: number;
  overLong: number;
  overLimit: number;
  /** The tasks over the limit, for --tasks. */
  overLimitTasks: Task[];
  /** Milliseconds of the main thread's time in the phase: running script, and styles plus layout. */
  script: number;
  styleAndLayout: number;
}
interface Run {
  load: Phase;
  switch: Phase;
  errors: string[];
}

/** Chromium's own running totals of the page's main-thread work (CDP Performance.getMetrics). */
interface MainThreadTotals {
  script: number;
  styleAndLayout: number;
}
const phase = (tasks: readonly Task[], time: number, work: MainThreadTotals): Phase => ({
  time,
  ...work,
  longest: Math.max(0, ...tasks.map((task) => task.duration)),
  overLong: tasks.filter((task) => task.duration > LONG_MS).length,
  overLimit: tasks.filter((task) => task.duration > LIMIT_MS).length,
  overLimitTasks: tasks.filter((task) => task.duration > LIMIT_MS),
});

async function measure(browser: Browser, server: StaticServer): Promise<Run> {
  // Korean, as a first-time reader here: English is then a real switch. No service worker: each run
  // is a first visit.
  const context = await browser.newContext({
    locale: 'ko-KR',
    serviceWorkers: 'block',
    viewport: VIEWPORT,
  });
  try {
    await context.addInitScript(WATCH);
    const page = await context.newPage();
    page.setDefaultTimeout(180_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await cdp.send('Performance.enable');
    const totals = async (): Promise<MainThreadTotals> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const ms = (name: string) =>
        1000 * (metrics.find((metric) => metric.name === name)?.value ?? NaN);
      return {
        script: ms('ScriptDuration'),
        styleAndLayout: ms('RecalcStyleDuration') + ms('LayoutDuration'),
      };
    };

    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as { bench: Bench }).bench.allRendered);
    const cards = await page.locator('article.paper-card').count();
    if (cards !== PAPERS) throw new Error(`${cards} cards on the page, expected ${PAPERS}`);

    // Everything before the click counts as the load, including any work after the last card.
    const clickAt = await page.evaluate(() => performance.now());
    const beforeClick = await totals();
    // Armed before the click, so the watch is on when the first frame in English paints.
    await page.evaluate(
      (selector) => (window as unknown as { bench: Bench }).bench.watchEnglish(selector),
      ENGLISH_ABSTRACT,
    );
    await page.getByRole('banner').getByRole('radio', { name: 'English' }).click();
    await page.locator('article.paper-card').first().locator(ENGLISH_ABSTRACT).waitFor();
    const shownAt =
      (await page.evaluate(() => (window as unknown as { bench: Bench }).bench.englishShown)) ??
      NaN;
    // Whatever the switch leaves for later counts too: wait until the page is idle, and a little more
    // for the observer to hear of the last tasks.
    await page.evaluate(
      () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 })),
    );
    await page.waitForTimeout(500);
    const settled = await totals();

    const { tasks, allRendered } = await page.evaluate(() => {
      const { tasks, allRendered } = (window as unknown as { bench: Bench }).bench;
      return { tasks, allRendered };
    });
    const load = tasks.filter((task) => task.start < clickAt);
    const after = tasks.filter((task) => task.start >= clickAt);
    return {
      load: phase(load, allRendered ?? NaN, beforeClick),
      switch: phase(after, shownAt - clickAt, {
        script: settled.script - beforeClick.script,
        styleAndLayout: settled.styleAndLayout - beforeClick.styleAndLayout,
      }),
      errors,
    };
  } finally {
    await context.close();
  }
}

const server = await startStaticServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const runs: Run[] = [];
try {
  for (let run = 0; run < RUNS; run++) runs.push(await measure(browser, server));
} finally {
  await browser.close();
  await server.close();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const figure = (values: number[], unit = '') =>
  `${median(values).toFixed(0)}${unit} (${spread(values)})`;
const row = (label: string, value: string) => console.log(`    ${label.padEnd(26)}${value}`);
const printPhase = (name: string, timeLabel: string, phases: Phase[]) => {
  const of = (key: Exclude<keyof Phase, 'overLimitTasks'>) => phases.map((phase) => phase[key]);
  console.log(`  ${name}`);
  row(timeLabel, figure(of('time'), ' ms'));
  row('longest task', figure(of('longest'), ' ms'));
  row(`tasks over ${LONG_MS} ms`, figure(of('overLong')));
  row(`tasks over ${LIMIT_MS} ms`, `${figure(of('overLimit')).padEnd(22)}limit: 0`);
  row('script, in all', figure(of('script'), ' ms'));
  row('styles and layout, in all', figure(of('styleAndLayout'), ' ms'));
};

console.log(
  `Issue ${newest.id} with ${PAPERS} papers, prerendered /, Chromium at ${CPU_SLOWDOWN}× CPU slowdown, ${VIEWPORT.width}×${VIEWPORT.height}`,
);
console.log(`Limit of interest (issue #12): no task over ${LIMIT_MS} ms.`);
console.log(
  `  prerendered index.html      ${kb(indexHtml.length)} raw, ${kb(gzipSync(indexHtml).length)} gzip (${pendingInHtml} of ${PAPERS} cards as placeholders)`,
);
console.log(`  medians of ${RUNS} runs (min–max):`);
printPhase(
  'load (times from navigation start; tasks until the click)',
  'all cards rendered at',
  runs.map((run) => run.load),
);
printPhase(
  'language switch: 한국어 → English in the header (times from the click)',
  'English abstract shown',
  runs.map((run) => run.switch),
);
const errors = runs.flatMap((run) => run.errors);
if (errors.length > 0) console.log(`  page errors: ${errors.join('; ')}`);
if (process.argv.includes('--tasks'))
  runs.forEach((run, at) => {
    const list = (phase: Phase) =>
      phase.overLimitTasks
        .map((task) => `${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)}`)
        .join(', ') || 'none';
    console.log(
      `  run ${at + 1} over ${LIMIT_MS} ms: load ${list(run.load)}; switch ${list(run.switch)}`,
    );
  });
