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
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { issueIndexSchema, issueSchema, type Issue } from '../src/data/schema';
import { CHROMIUM_ARGS, CHROMIUM_PATH as chromePath } from './lib/chromium';
import { startStaticServer } from './lib/static-server';

const dist = '.bench-dist';

if (!process.argv.includes('--no-build')) {
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
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_ARGS });
const firstPaper = issue.papers[0];
const pages = [
  { name: 'app: issue page /', url: server.url },
  ...(firstPaper
    ? [{ name: 'app: paper page', url: `${server.url}issues/${issue.id}/papers/${firstPaper.id}` }]
    : []),
  { name: 'static HTML lower bound', url: `${server.url}static-baseline/` },
  { name: 'static + favicon, manifest', url: `${server.url}static-baseline-head/` },
];

interface Row {
  name: string;
  scores: Record<string, number>;
  metrics: Record<string, number>;
}
const rows: Row[] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(page.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
    const { categories, audits } = result.lhr;
    const numeric = (id: string) => audits[id]?.numericValue ?? NaN;
    rows.push({
      name: page.name,
      scores: Object.fromEntries(
        Object.entries(categories).map(([id, category]) => [
          id,
          Math.round((category.score ?? 0) * 100),
        ]),
      ),
      metrics: {
        lcp: numeric('largest-contentful-paint'),
        fcp: numeric('first-contentful-paint'),
        tbt: numeric('total-blocking-time'),
        cls: numeric('cumulative-layout-shift'),
        bytes: numeric('total-byte-weight'),
      },
    });
    const failing = Object.values(audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
      )
      .map((audit) => audit.id);
    if (failing.length > 0) console.log(`${page.name}: failing audits: ${failing.join(', ')}`);
    console.log(`${page.name}: ${describeLcp(audits['largest-contentful-paint-element'])}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

console.log('\nLighthouse (mobile, simulated throttling), Chromium at ' + chromePath);
console.log(
  [
    'page'.padEnd(26),
    'perf',
    'a11y',
    'best',
    'seo',
    'LCP ms',
    'FCP ms',
    'TBT ms',
    'CLS',
    'bytes',
  ].join('  '),
);
for (const row of rows) {
  console.log(
    [
      row.name.padEnd(26),
      String(row.scores.performance).padStart(4),
      String(row.scores.accessibility).padStart(4),
      String(row.scores['best-practices']).padStart(4),
      String(row.scores.seo).padStart(3),
      row.metrics.lcp!.toFixed(0).padStart(6),
      row.metrics.fcp!.toFixed(0).padStart(6),
      row.metrics.tbt!.toFixed(0).padStart(6),
      row.metrics.cls!.toFixed(3).padStart(5),
      row.metrics.bytes!.toFixed(0).padStart(7),
    ].join('  '),
  );
}
const app = rows[0];
const baseline = rows.find((row) => row.name === 'static HTML lower bound');
const withHead = rows.find((row) => row.name === 'static + favicon, manifest');
if (app && baseline && withHead) {
  console.log(
    `\nApp LCP / static lower bound LCP = ${(app.metrics.lcp! / baseline.metrics.lcp!).toFixed(2)}` +
      `\nApp LCP / static page with the same favicon and manifest links = ${(app.metrics.lcp! / withHead.metrics.lcp!).toFixed(2)}`,
  );
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
