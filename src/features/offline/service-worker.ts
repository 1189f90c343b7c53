/**
 * Registers the service worker that scripts/service-worker.ts builds, and tells the app when a new
 * version is ready. A new version never takes over by itself:
 * - `onUpdate(apply)`: a new worker is installed and waiting. `apply` lets it take over, and this page
 *   reloads once it has (the reader asked for it).
 * - `onReplaced()`: another tab applied a new version; this page still runs the old code, whose files
 *   may be gone, so it offers a reload too instead of breaking on its next lazy load.
 * An open tab also asks for a new version when it comes back into view, at most once an hour.
 */
export const SERVICE_WORKER_URL = `${import.meta.env.BASE_URL}sw.js`;
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface ServiceWorkerEvents {
  onUpdate: (apply: () => void) => void;
  onReplaced: () => void;
}

let registered = false;

export function registerServiceWorker({ onUpdate, onReplaced }: ServiceWorkerEvents): void {
  // The dev server has no worker to register (and must not cache what it serves).
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  const container = navigator.serviceWorker;
  let controlled = container.controller !== null;
  let applying = false;
  container.addEventListener('controllerchange', () => {
    // The first worker claiming this page changes nothing the reader sees.
    if (!controlled) {
      controlled = true;
      return;
    }
    if (applying) location.reload();
    else onReplaced();
  });

  // Offline reading is an extra: a worker that cannot register (private mode, a host without the
  // file) leaves the app exactly as it was.
  container.register(SERVICE_WORKER_URL, { scope: import.meta.env.BASE_URL }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // (A browser that blocks workers may resolve with nothing; Playwright's "block" does.)
      if (!registration) return;
      const offer = () => {
        const waiting = registration.waiting;
        // Without a controller this is the first install: there is no old version to replace.
        if (!waiting || !container.controller) return;
        onUpdate(() => {
          applying = true;
          waiting.postMessage({ type: 'SKIP_WAITING' });
        });
      };
      const watch = (worker: ServiceWorker | null) =>
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') offer();
        });
      // Waiting already, or installing since the browser's own check at page load, or found later.
      offer();
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));

      let checked = Date.now();
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState !== 'visible' || Date.now() - checked < UPDATE_CHECK_MS)
          return;
        checked = Date.now();
        registration.update().catch(() => undefined);
      });
    },
    () => undefined,
  );
}
