/**
 * Builds the service worker (src/service-worker/sw.ts) as the last step of the build, after the
 * prerender, with Workbox: Vite bundles the worker's source with Workbox's modules into one classic
 * script, and `injectManifest` writes into it the precache list of what is now in the output folder.
 * What the worker keeps and why: docs/architecture.md, "Offline".
 *
 * Every build writes `sw.js`, the shell-only one (PRERENDER=0) too: a reader's browser asks for it on
 * each visit, and a build without it would leave their old worker serving an old site.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { isIssueId } from '../src/data/issue-id.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

export interface ServiceWorkerOptions {
  /** The project root (where src/ is). */
  root: string;
  /** The build's output folder, prerendered pages already written. */
  outDir: string;
  log?: (message: string) => void;
}

export async function writeServiceWorker({
  root,
  outDir,
  log = console.log,
}: ServiceWorkerOptions): Promise<void> {
  const warm = warmList(outDir);
  // The app shell: 200.html beside the prerendered pages, index.html itself when nothing is prerendered.
  const shell = existsSync(join(outDir, '200.html')) ? '200.html' : 'index.html';
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const bundleDir = mkdtempSync(join(root, 'node_modules', '.cache', 'sw-'));
  try {
    await build({
      // Not the project's config: its plugins would prerender (and build a worker) all over again.
      configFile: false,
      root,
      logLevel: 'warn',
      publicDir: false,
      define: {
        // Workbox's modules log only in development builds.
        'process.env.NODE_ENV': JSON.stringify('production'),
        __OFFLINE_WARM__: JSON.stringify(warm),
        __OFFLINE_SHELL__: JSON.stringify(shell),
      },
      build: {
        outDir: bundleDir,
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        // A classic script: a worker registered without `type: 'module'` cannot import.
        lib: {
          entry: join(root, 'src', 'service-worker', 'sw.ts'),
          formats: ['iife'],
          name: 'serviceWorker',
          fileName: () => SERVICE_WORKER_FILE,
        },
      },
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: join(bundleDir, SERVICE_WORKER_FILE),
      swDest: join(outDir, SERVICE_WORKER_FILE),
      globDirectory: outDir,
      // Files whose names change with their content, and the shell every unseen page falls back to.
      // KaTeX ships each font as woff2, woff and ttf; every browser with service workers reads woff2.
      globPatterns: ['assets/**/*.{js,css,woff2}', shell, 'favicon.svg', 'manifest.webmanifest'],
      // Hashed names change with their content: no cache-busting query needed.
      dontCacheBustURLsMatching: /^assets\//,
    });
    for (const warning of warnings) log(`service worker: ${warning}`);
    log(
      `service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB); ` +
        `${warm.pages.length} pages and ${warm.data.length} data files kept from the start`,
    );
  } finally {
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

/**
 * What a reader should have offline without having opened it: `/`, the archive, and the newest week's
 * pages and data, where the build wrote them. Paths are relative to the worker's scope.
 */
export function warmList(outDir: string): { pages: string[]; data: string[] } {
  const has = (file: string) => existsSync(join(outDir, file));
  const pages = ['', 'archive'].filter((path) => has(path === '' ? 'index.html' : `${path}.html`));
  const data = has('data/index.json') ? ['data/index.json'] : [];
  const newest = newestIssueId(outDir);
  if (newest !== null) {
    if (has(`data/issues/${newest}.json`)) data.push(`data/issues/${newest}.json`);
    if (has(`issues/${newest}.html`)) pages.push(`issues/${newest}`);
    const issue = readJson(join(outDir, 'data', 'issues', `${newest}.json`)) as {
      papers?: { id?: unknown }[];
    } | null;
    for (const paper of issue?.papers ?? []) {
      // Only slug-shaped ids become paths (the data is untrusted; the schema allows no other).
      if (typeof paper?.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(paper.id)) continue;
      if (has(`issues/${newest}/papers/${paper.id}.html`))
        pages.push(`issues/${newest}/papers/${paper.id}`);
    }
  }
  return { pages, data };
}

/** The newest issue in the built index, or null when the index is missing or unreadable. */
function newestIssueId(outDir: string): string | null {
  const index = readJson(join(outDir, 'data', 'index.json')) as {
    issues?: { id?: unknown }[];
  } | null;
  const id = index?.issues?.[0]?.id;
  return isIssueId(id) ? id : null;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
