/**
 * The service worker (built by scripts/service-worker.ts with Workbox's modules, its precache list
 * injected after the prerender). What it keeps and why: docs/architecture.md, "Offline".
 *
 * - Code, styles, fonts and the app shell are precached: their names change with their content, so
 *   cache-first is always right for them.
 * - Pages and data are network first: a reader online always gets the newest weeks and like counts.
 *   The newest week's pages and data, `/` and the archive are put in those caches at install, so they
 *   work offline even if never opened; every other page and file is kept once read.
 * - A page never seen, offline: the shell, which renders it from whatever data is cached.
 * - A new version waits until the reader accepts the app's prompt (a SKIP_WAITING message).
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};
/** Paths (relative to the worker's scope) to keep from the start: set by scripts/service-worker.ts. */
declare const __OFFLINE_WARM__: { pages: string[]; data: string[] };
/** The app shell's file (200.html, or index.html in a build without prerendered pages). */
declare const __OFFLINE_SHELL__: string;

const SHELL = __OFFLINE_SHELL__;
// Named after the scope, so two deployments on one origin never share (or evict) each other's pages.
const PAGES = `pages:${self.registration.scope}`;
const DATA = `data:${self.registration.scope}`;

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);
clientsClaim();

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('install', (event) => {
  const warm = async (cacheName: string, paths: string[]) => {
    const cache = await caches.open(cacheName);
    // One by one and best effort: a missing page must never keep the worker from installing.
    await Promise.all(
      paths.map((path) =>
        cache.add(new URL(path, self.registration.scope).href).catch(() => undefined),
      ),
    );
  };
  event.waitUntil(
    Promise.all([warm(PAGES, __OFFLINE_WARM__.pages), warm(DATA, __OFFLINE_WARM__.data)]),
  );
});

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkFirst({
    cacheName: PAGES,
    networkTimeoutSeconds: 5,
    // `?lang=en` or a search query shows the same document: the app reads the URL itself.
    matchOptions: { ignoreSearch: true },
    plugins: [new ExpirationPlugin({ maxEntries: 200 })],
  }),
);

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && /\/data\/.+\.json$/.test(url.pathname),
  new NetworkFirst({
    cacheName: DATA,
    networkTimeoutSeconds: 5,
    plugins: [new ExpirationPlugin({ maxEntries: 600 })],
  }),
);

// Offline and never seen: a page gets the shell; anything else fails as it would without a worker.
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') return (await matchPrecache(SHELL)) ?? Response.error();
  return Response.error();
});
