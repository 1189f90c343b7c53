import { StrictMode, useLayoutEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { basename } from './app/basename';
import { reportCaughtError } from './app/report-caught-error';
import { prepareRoute } from './app/router';
import { createQueryClient } from './lib/query-client';

/*
 * The app itself, started by main.tsx. Everything the first render needs is imported from here, so
 * main.tsx can let a prerendered page paint before any of this is evaluated.
 */

/**
 * How long a prerendered page waits for its code and data before the app renders anyway (showing its
 * usual loading state). The static page stays readable meanwhile; only its buttons wait.
 */
const PREPARE_TIMEOUT_MS = 10_000;
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const container = root;
const queryClient = createQueryClient();
// NOTE: not a top-level await: the route chunks import modules bundled into this chunk, and a module
// that is still awaiting would keep them (and so this wait itself) from ever finishing.
void start();

async function start() {
  // A prerendered page (scripts/prerender.ts) is already on screen. Rendering over it right away would
  // swap the finished page for skeletons; instead the app first loads what this page shows, so its
  // first render is the finished page again and replaces the static one in a single commit.
  if (container.hasAttribute('data-prerendered')) {
    const pathname = window.location.pathname.slice(basename === '/' ? 0 : basename.length) || '/';
    const outcome = await Promise.race([
      // A failure is the page's to show: it renders and reports it as it would without a prerender.
      prepareRoute(pathname, queryClient).then(
        () => 'ready',
        () => 'failed',
      ),
      new Promise<string>((done) => setTimeout(() => done('timeout'), PREPARE_TIMEOUT_MS)),
    ]);
    if (outcome === 'timeout') {
      console.warn(
        `The page's code or data took over ${PREPARE_TIMEOUT_MS} ms; the app starts anyway.`,
      );
    }
  }
  createRoot(container, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <TakeOver>
        <App queryClient={queryClient} />
      </TakeOver>
    </StrictMode>,
  );
}

/**
 * Marks the page as the app's once its first render is in: the controls styles.css held back appear.
 * A keyboard user may already be tabbing through the prerendered links: the position of the focused one
 * is read while the static page is still there (during this first render), and focus goes back to the
 * same place in the new, identical page instead of dropping to the top.
 */
function TakeOver({ children }: { children: ReactNode }) {
  const [focusedAt] = useState(() =>
    container.hasAttribute('data-prerendered') && container.contains(document.activeElement)
      ? Array.from(container.querySelectorAll(FOCUSABLE)).indexOf(document.activeElement as Element)
      : -1,
  );
  useLayoutEffect(() => {
    if (!container.hasAttribute('data-prerendered')) return;
    container.removeAttribute('data-prerendered');
    container.removeAttribute('data-preload');
    if (focusedAt >= 0 && !container.contains(document.activeElement)) {
      container.querySelectorAll<HTMLElement>(FOCUSABLE)[focusedAt]?.focus({ preventScroll: true });
    }
  }, [focusedAt]);
  return children;
}
