/**
 * Checks the built app (default dist/, or the folder given as the first argument) against
 * scripts/budget-limits.ts and prints every chunk's gzip size. Exits 1 when a budget is exceeded.
 * Uses Vite's manifest (build.manifest) to follow what the first load of the issue route imports.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseHtml } from 'node-html-parser';
import { budgetLimits } from './budget-limits';
import { ROUTES, routeModulePath } from '../src/config/routes';
import { entryKey, readManifest, staticClosure as closureOf } from './lib/vite-manifest';

const dist = process.argv[2] ?? 'dist';
const manifest = readManifest(dist);

const gzipSize = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const staticClosure = (keys: string[]) => closureOf(manifest, keys);

const entry = entryKey(manifest);
// The entry (src/main.tsx) is tiny and imports the app (src/boot.tsx) once the page has painted: both
// are always loaded, so both count as the first load.
const appKeys = [entry, 'src/boot.tsx'];

/**
 * The reading pages of the route table (src/config/routes.ts: those the build prerenders). `view` is
 * what a route loads *while* its data downloads (the page body): needed before content shows, so it
 * counts towards "to first content" but not towards the first load. The Markdown renderer is not in it:
 * the text shows as plain paragraphs until it arrives.
 */
const MATH = 'src/components/markdown/markdown-renderer.tsx';
const routes = ROUTES.filter((route) => route.prerender !== null).map((route) => ({
  name: `page ${route.path}`,
  chunk: routeModulePath(route.module),
  view: route.firstRender.filter((key) => key !== MATH),
}));

const failures: string[] = [];
console.log(`Budget check of ${dist}/ (gzip -9)\n`);

console.log('All chunks:');
const assets = readdirSync(join(dist, 'assets')).sort();
for (const file of assets) {
  if (/\.(js|css)$/.test(file))
    console.log(`  ${kb(gzipSize(`assets/${file}`)).padStart(9)}  assets/${file}`);
}
console.log('');

for (const route of routes) {
  if (!manifest[route.chunk]) {
    failures.push(`route chunk ${route.chunk} not found in the build`);
    continue;
  }
  const { js, css } = staticClosure([...appKeys, route.chunk]);
  const jsBytes = [...js].reduce((sum, file) => sum + gzipSize(file), 0);
  const cssBytes = [...css].reduce((sum, file) => sum + gzipSize(file), 0);
  console.log(
    `First load of the ${route.name}: JS ${kb(jsBytes)} (limit ${kb(budgetLimits.firstLoadJs)}) in ${js.size} files, ` +
      `CSS ${kb(cssBytes)} (limit ${kb(budgetLimits.firstLoadCss)})`,
  );
  if (jsBytes > budgetLimits.firstLoadJs)
    failures.push(
      `${route.name}: first-load JS ${kb(jsBytes)} over ${kb(budgetLimits.firstLoadJs)}`,
    );
  const toContent = staticClosure([
    ...appKeys,
    route.chunk,
    ...route.view.filter((key) => manifest[key]),
  ]);
  const contentBytes = [...toContent.js].reduce((sum, file) => sum + gzipSize(file), 0);
  console.log(
    `  to first content (+ the page body fetched alongside the data): JS ${kb(contentBytes)} ` +
      `(limit ${kb(budgetLimits.toFirstContentJs)}) in ${toContent.js.size} files`,
  );
  if (contentBytes > budgetLimits.toFirstContentJs)
    failures.push(
      `${route.name}: JS to first content ${kb(contentBytes)} over ${kb(budgetLimits.toFirstContentJs)} (by ${contentBytes - budgetLimits.toFirstContentJs} bytes)`,
    );
  for (const file of toContent.js) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const { name, marker } of budgetLimits.forbiddenOnFirstLoad) {
      if (code.includes(marker) && !js.has(file))
        failures.push(`${route.name}: ${name} is in chunk ${file}, needed before content shows`);
    }
  }
  if (cssBytes > budgetLimits.firstLoadCss)
    failures.push(
      `${route.name}: first-load CSS ${kb(cssBytes)} over ${kb(budgetLimits.firstLoadCss)}`,
    );
  for (const file of js) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const { name, marker } of budgetLimits.forbiddenOnFirstLoad) {
      if (code.includes(marker))
        failures.push(`${route.name}: ${name} is in first-load chunk ${file}`);
    }
  }
}

const totalCss = assets
  .filter((file) => file.endsWith('.css'))
  .reduce((sum, file) => sum + gzipSize(`assets/${file}`), 0);
console.log(`Total CSS: ${kb(totalCss)} (limit ${kb(budgetLimits.totalCss)})`);
if (totalCss > budgetLimits.totalCss)
  failures.push(`total CSS ${kb(totalCss)} over ${kb(budgetLimits.totalCss)}`);

// Every prerendered page (and the shell), by kind.
const pages = htmlFiles(dist);
const largest = new Map<
  keyof typeof budgetLimits.prerenderedHtml,
  { file: string; bytes: number; count: number }
>();
for (const file of pages) {
  const kind = pageKind(file);
  const bytes = gzipSize(file);
  const limit = budgetLimits.prerenderedHtml[kind];
  if (bytes > limit)
    failures.push(`prerendered ${kind} page ${file}: ${kb(bytes)} over ${kb(limit)}`);
  const seen = largest.get(kind);
  if (!seen || bytes > seen.bytes)
    largest.set(kind, { file, bytes, count: (seen?.count ?? 0) + 1 });
  else seen.count += 1;
}
console.log('');
for (const [kind, { file, bytes, count }] of largest) {
  console.log(
    `Prerendered ${kind} pages: ${count}, the largest ${kb(bytes)} (limit ${kb(budgetLimits.prerenderedHtml[kind])}): ${file}`,
  );
}

// The inline head script, as the build wrote it into the pages (the first inline script of the head).
const headScript =
  parseHtml(readFileSync(join(dist, 'index.html'), 'utf8'))
    .querySelectorAll('head script')
    .find((script) => !script.hasAttribute('src'))?.textContent ?? '';
console.log(
  `Head script: ${(headScript.length / 1024).toFixed(1)} KB of text (limit ${kb(budgetLimits.headScript)}), ${kb(gzipSync(headScript, { level: 9 }).length)} gzip`,
);
if (headScript.length === 0) failures.push('no inline head script in index.html');
if (headScript.length > budgetLimits.headScript)
  failures.push(`head script ${headScript.length} characters over ${budgetLimits.headScript}`);

if (failures.length > 0) {
  console.error(`\nBudget exceeded:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');

/** Every HTML file of the build, relative to it (the service worker's and feeds' folders hold none). */
function htmlFiles(root: string, under = ''): string[] {
  return readdirSync(join(root, under), { withFileTypes: true }).flatMap((entry) => {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory())
      return path === 'assets' || path === 'data' ? [] : htmlFiles(root, path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** What a page of the build is, from where the prerender writes it (scripts/prerender.ts). */
function pageKind(file: string): keyof typeof budgetLimits.prerenderedHtml {
  if (/^issues\/[^/]+\/papers\//.test(file)) return 'paper';
  if (file === 'archive.html') return 'archive';
  if (file === '200.html' || file === '404.html') return 'shell';
  // index.html is the newest issue (the shell only when nothing was prerendered).
  return 'issue';
}
