/**
 * Registers the service worker that scripts/service-worker.ts generates at build time, with Workbox's
 * window library. A new version never takes over by itself: `onUpdate` gets a function that applies it
 * (the worker skips waiting, then the page reloads once it is in control), for the reader to call.
 */
import { Workbox } from 'workbox-window';

export const SERVICE_WORKER_URL = `${import.meta.env.BASE_URL}sw.js`;

export function registerServiceWorker(onUpdate: (apply: () => void) => void): void {
  // The dev server has no worker to register (and must not cache what it serves).
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const workbox = new Workbox(SERVICE_WORKER_URL, { scope: import.meta.env.BASE_URL });
  workbox.addEventListener('waiting', () =>
    onUpdate(() => {
      workbox.addEventListener('controlling', () => location.reload());
      workbox.messageSkipWaiting();
    }),
  );
  // Offline reading is an extra: a worker that cannot register (private mode, a host without the
  // file) leaves the app exactly as it was.
  workbox.register().catch(() => undefined);
}
