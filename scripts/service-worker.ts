/**
 * The service worker that keeps the app readable offline, generated with Workbox after the prerender
 * (vite.config.ts), so the prerendered pages of the newest week are in its precache list.
 *
 * What it keeps (docs/architecture.md, "Offline"):
 * - precached at install: the app's code and styles (hashed, so fetched once), the empty shell
 *   (200.html), `/`, the archive, the newest week's issue and paper pages and their data;
 * - cached as read: every other page and data file, network first (a reader online always gets the
 *   newest like counts and weeks), the cached copy when the network fails;
 * - a page never visited falls back to the shell, which renders from whatever data is cached.
 *
 * A new build means a new precache list, so a new worker: it waits until the reader accepts the
 * app's "new version" prompt (src/features/offline), never reloading a page in the middle of reading.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

export const SERVICE_WORKER_FILE = 'sw.js';

export interface ServiceWorkerOptions {
  /** The build's output folder, prerendered pages already written. */
  outDir: string;
  log?: (message: string) => void;
}

export async function writeServiceWorker({
  outDir,
  log = console.log,
}: ServiceWorkerOptions): Promise<void> {
  const newest = newestIssueId(outDir);
  const newestWeek = newest
    ? [`data/issues/${newest}.json`, `issues/${newest}.html`, `issues/${newest}/papers/*.html`]
    : [];
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: [
      // KaTeX ships each font as woff2, woff and ttf; every browser with service workers reads woff2.
      'assets/**/*.{js,css,woff2}',
      '{index,200,archive}.html',
      'favicon.svg',
      'manifest.webmanifest',
      'data/index.json',
      ...newestWeek,
    ],
    swDest: join(outDir, SERVICE_WORKER_FILE),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // Hashed file names change with their content: no cache-busting query needed.
    dontCacheBustURLsMatching: /^assets\//,
    // `/issues/<id>?lang=en` is the same page as `/issues/<id>` (the app applies the language).
    ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^lang$/],
    cleanupOutdatedCaches: true,
    // The first visit is served by the worker as soon as it is ready, so it works offline without a
    // reload; an update waits for the reader (skipWaiting is sent by the app's prompt).
    clientsClaim: true,
    skipWaiting: false,
    navigateFallback: null,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'pages',
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 200 },
          // Never seen and offline: the shell, which renders the page from cached data if it can.
          precacheFallback: { fallbackURL: '200.html' },
        },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && /\/data\/.+\.json$/.test(url.pathname),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'data',
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 600 },
        },
      },
    ],
  });
  for (const warning of warnings) log(`service worker: ${warning}`);
  log(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB)`);
}

/** The newest issue in the built index, or null when the index is missing or unreadable. */
function newestIssueId(outDir: string): string | null {
  const file = join(outDir, 'data', 'index.json');
  if (!existsSync(file)) return null;
  try {
    const index = JSON.parse(readFileSync(file, 'utf8')) as { issues?: { id?: unknown }[] };
    const id = index.issues?.[0]?.id;
    // Only a date-shaped id becomes part of a glob pattern.
    return typeof id === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}
