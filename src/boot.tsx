import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { reportCaughtError } from './app/report-caught-error';
import { createQueryClient } from './lib/query-client';

/*
 * The app itself, started by main.tsx. Everything the first render needs is imported from here, so
 * main.tsx can let a prerendered page paint before any of this is evaluated.
 */

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const container = root;
const queryClient = createQueryClient();
// NOTE: not a top-level await: the route chunks import modules bundled into this chunk, and a module
// that is still awaiting would keep them (and so this wait itself) from ever finishing.
void start();

async function start() {
  let app: ReactNode = <App queryClient={queryClient} />;
  // A prerendered page is already on screen: the app first loads what it shows (app/take-over.tsx).
  if (container.hasAttribute('data-prerendered')) {
    try {
      const { takeOver } = await import('./app/take-over');
      app = await takeOver(container, queryClient, app);
    } catch {
      // Its code could not load: the app renders over the page as it would over the shell.
      container.removeAttribute('data-prerendered');
      container.removeAttribute('data-preload');
    }
  }
  createRoot(container, { onCaughtError: reportCaughtError }).render(
    <StrictMode>{app}</StrictMode>,
  );
}
