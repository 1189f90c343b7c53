import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { reportCaughtError } from './app/report-caught-error';
import { createQueryClient } from './app/query-client';
import type { EarlyClick } from './config/prerender-contract';
import { PRERENDERED_ATTRIBUTE, ROOT_ID } from './config/prerender-contract';

/*
 * The app itself, started by main.tsx. Everything the first render needs is imported from here, so
 * main.tsx can let a prerendered page paint before any of this is evaluated.
 */

/**
 * Starts the app in #root. A prerendered page is hydrated once its route's code and data are in
 * (app/take-over.tsx); until then, and for as long as they fail to load, the static page stays as it is,
 * with `untilItWorks` telling the reader and offering to try again; the clicks the reader made meanwhile
 * (`takeEarlyClicks`) are replayed once it is hydrated. The empty shell is rendered at once.
 */
export async function startApp(
  untilItWorks: <T>(attempt: () => Promise<T>) => Promise<T>,
  takeEarlyClicks: () => EarlyClick[],
) {
  const container = document.getElementById(ROOT_ID);
  if (!container) throw new Error('The page has no #root element');
  const queryClient = createQueryClient();
  const app = <App queryClient={queryClient} />;
  if (container.hasAttribute(PRERENDERED_ATTRIBUTE)) {
    const takeOver = await untilItWorks(async () => {
      const module = await import('./app/take-over');
      await module.preparePage(container, queryClient);
      return module;
    });
    takeOver.hydratePage(container, app, takeEarlyClicks);
    return;
  }
  createRoot(container, { onCaughtError: reportCaughtError }).render(
    <StrictMode>{app}</StrictMode>,
  );
}
