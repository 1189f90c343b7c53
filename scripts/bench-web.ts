/**
 * `npm run bench:web`: builds the app, serves it on 127.0.0.1 and runs Lighthouse (mobile, simulated
 * throttling, Debian's Chromium) on the issue page `/`, on a paper page, and on a plain static HTML page
 * with the same issue text and no JavaScript: the fastest this content can be delivered. Prints the
 * scores and metrics and the app's LCP as a ratio of that lower bound. A measurement, not a test.
 *
 * The same static page once more with the two links every page of ours must carry, the favicon and
 * the web app manifest: Lighthouse fetches a linked manifest itself while the page loads (a plain
 * Chromium does not), and its simulation counts that request towards LCP. The second ratio is the app
 * against that page.
 *
 * One run proves nothing on a shared machine: every page is measured `--runs N` times (default 3), the
 * pages taking turns round by round, and the table gives medians with their spread. `--dist DIR` measures
 * an existing build instead of building; `--compare DIR` measures a second build (e.g. the main branch's,
 * built in a worktree) in the same rounds, alternating with this one, so the two see the same machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { issueIndexSchema, issueSchema, type Issue } from '../src/data/schema';
import { CHROMIUM_ARGS, CHROMIUM_PATH as chromePath } from './lib/chromium';
import { median, numberOption, spread } from './lib/bench-stats';
import { startStaticServer } from './lib/static-server';

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const runs = numberOption('--runs', 3);
const dist = option('--dist') ?? '.bench-dist';
const compareDist = option('--compare');

if (!process.argv.includes('--no-build') && option('--dist') === undefined) {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const index = issueIndexSchema.parse(
  JSON.parse(readFileSync(join(dist, 'data', 'index.json'), 'utf8')),
);
const newest = index.issues[0];
if (!newest) throw new Error('no issues in the build');
const issue = issueSchema.parse(
  JSON.parse(readFileSync(join(dist, 'data', 'issues', `${newest.id}.json`), 'utf8')),
);
writeStaticBaseline(issue, 'static-baseline', '');
writeStaticBaseline(
  issue,
  'static-baseline-head',
  '<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="manifest" href="/manifest.webmanifest">',
);

const server = await startStaticServer(dist);
const compareServer = compareDist ? await startStaticServer(compareDist) : null;
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
const firstPaper = issue.papers[0];
const appPages = (label: string, url: string) => [
  { name: `${label}issue page /`, url },
  ...(firstPaper
    ? [{ name: `${label}paper page`, url: `${url}issues/${issue.id}/papers/${firstPaper.id}` }]
    : []),
];
const pages = [
  ...appPages('app: ', server.url),
  ...(compareServer ? appPages('compare: ', compareServer.url) : []),
  { name: 'static HTML lower bound', url: `${server.url}static-baseline/` },
  { name: 'static + favicon, manifest', url: `${server.url}static-baseline-head/` },
];

interface Row {
  name: string;
  scores: Record<string, number>[];
  metrics: Record<string, number>[];
}
const rows: Row[] = pages.map((page) => ({ name: page.name, scores: [], metrics: [] }));
try {
  for (let round = 1; round <= runs; round += 1) {
    for (const [position, page] of pages.entries()) {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      const { categories, audits } = result.lhr;
      const numeric = (id: string) => audits[id]?.numericValue ?? NaN;
      const row = rows[position]!;
      row.scores.push(
        Object.fromEntries(
          Object.entries(categories).map(([id, category]) => [
            id,
            Math.round((category.score ?? 0) * 100),
          ]),
        ),
      );
      row.metrics.push({
        lcp: numeric('largest-contentful-paint'),
        fcp: numeric('first-contentful-paint'),
        tbt: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        bytes: numeric('total-byte-weight'),
      });
      if (round > 1) continue;
      const failing = Object.values(audits)
        .filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
        )
        .map((audit) => audit.id);
      if (failing.length > 0) console.log(`${page.name}: failing audits: ${failing.join(', ')}`);
      console.log(`${page.name}: ${describeLcp(audits['largest-contentful-paint-element'])}`);
    }
    console.log(`round ${round} of ${runs} done`);
  }
} finally {
  chrome.kill();
  await server.close();
  await compareServer?.close();
}

const med = (row: Row, metric: string) => median(row.metrics.map((values) => values[metric]!));
const medScore = (row: Row, category: string) =>
  median(row.scores.map((values) => values[category]!));
const cell = (row: Row, metric: string, digits = 0) =>
  `${med(row, metric).toFixed(digits)} (${
    digits === 0
      ? spread(row.metrics.map((values) => values[metric]!))
      : `${Math.min(...row.metrics.map((values) => values[metric]!)).toFixed(digits)}–${Math.max(...row.metrics.map((values) => values[metric]!)).toFixed(digits)}`
  })`;

console.log(
  `\nLighthouse (mobile, simulated throttling), Chromium at ${chromePath}: median (min–max) of ${runs} runs, pages taking turns`,
);
console.log(
  [
    'page'.padEnd(28),
    'perf',
    'a11y',
    'best',
    'seo',
    'LCP ms'.padEnd(18),
    'FCP ms'.padEnd(18),
    'TBT ms'.padEnd(14),
    'CLS'.padEnd(18),
    'bytes',
  ].join('  '),
);
for (const row of rows) {
  console.log(
    [
      row.name.padEnd(28),
      String(medScore(row, 'performance')).padStart(4),
      String(medScore(row, 'accessibility')).padStart(4),
      String(medScore(row, 'best-practices')).padStart(4),
      String(medScore(row, 'seo')).padStart(3),
      cell(row, 'lcp').padEnd(18),
      cell(row, 'fcp').padEnd(18),
      cell(row, 'tbt').padEnd(14),
      cell(row, 'cls', 3).padEnd(18),
      med(row, 'bytes').toFixed(0),
    ].join('  '),
  );
}
const baseline = rows.find((row) => row.name === 'static HTML lower bound');
const withHead = rows.find((row) => row.name === 'static + favicon, manifest');
if (baseline && withHead) {
  console.log('');
  for (const row of rows.filter((candidate) => /^(app|compare): /.test(candidate.name))) {
    console.log(
      `${row.name}: LCP / lower bound = ${(med(row, 'lcp') / med(baseline, 'lcp')).toFixed(2)}, ` +
        `/ lower bound with favicon and manifest = ${(med(row, 'lcp') / med(withHead, 'lcp')).toFixed(2)}, ` +
        `TBT over the lower bound = ${(med(row, 'tbt') - med(baseline, 'tbt')).toFixed(0)} ms`,
    );
  }
}

/**
 * Which element was the largest contentful paint and where its time went (Lighthouse's phases: time to
 * first byte, resource load delay and time, render delay), so a slow LCP says what to fix.
 */
function describeLcp(audit: { details?: unknown } | undefined): string {
  interface Table {
    type?: string;
    items?: {
      node?: { selector?: string; nodeLabel?: string };
      phase?: string;
      timing?: number;
    }[];
  }
  const tables = ((audit?.details as { items?: Table[] } | undefined)?.items ?? []) as Table[];
  const node = tables[0]?.items?.[0]?.node;
  // No node: the element was gone by the end of the run (a prerendered page the app rendered over).
  const element = node
    ? `${node.selector ?? '?'} "${(node.nodeLabel ?? '').slice(0, 40)}…"`
    : '(replaced since it painted)';
  const phases = (tables[1]?.items ?? [])
    .map((item) => `${item.phase ?? '?'} ${Math.round(item.timing ?? 0)} ms`)
    .join(', ');
  return `LCP element ${element}${phases ? ` (${phases})` : ''}`;
}

/**
 * The same issue text as plain HTML, no JavaScript, no web fonts: the lower bound for the app. `head` is
 * extra markup for its <head>.
 */
function writeStaticBaseline(issue: Issue, folder: string, head: string) {
  const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
  const paragraphs = (text: string) =>
    text
      .split(/\n{2,}/)
      .map((paragraph) => `<p>${escape(paragraph)}</p>`)
      .join('\n');
  const body = [
    `<h1>${escape(issue.title)}</h1>`,
    paragraphs(issue.intro),
    ...issue.highlights.map(
      (highlight) =>
        `<h2>${highlight.number}. ${escape(highlight.title)}</h2>${paragraphs(highlight.body)}`,
    ),
    ...issue.papers.map(
      (paper) =>
        `<article><h2>${escape(paper.titleKo)}</h2><p>${escape(paper.titleEn)}</p>${paragraphs(paper.summary)}` +
        `<h3>초록</h3>${paragraphs(paper.abstractKo)}${paragraphs(paper.abstractEn)}</article>`,
    ),
  ].join('\n');
  const html = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${escape(issue.title)}"><title>${escape(issue.title)}</title>${head}<style>body{font-family:system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;line-height:1.7;word-break:keep-all}</style></head><body><main>${body}</main></body></html>`;
  mkdirSync(join(dist, folder), { recursive: true });
  writeFileSync(join(dist, folder, 'index.html'), html);
}
