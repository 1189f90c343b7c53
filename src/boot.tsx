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
  let sameAsStatic = false;
  if (container.hasAttribute('data-prerendered')) {
    const outcome = await Promise.race([
      // A failure is the page's to show: it renders and reports it as it would without a prerender.
      prepareRoute(routePath(), queryClient).then(
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
    sameAsStatic = outcome === 'ready';
  }
  createRoot(container, { onCaughtError: reportCaughtError }).render(
    <StrictMode>
      <TakeOver sameAsStatic={sameAsStatic}>
        <App queryClient={queryClient} />
      </TakeOver>
    </StrictMode>,
  );
}

/** The path the router will see: without the basename, percent-decoded as the router decodes it. */
function routePath(): string {
  const { pathname } = window.location;
  const rest =
    basename !== '/' && pathname.toLowerCase().startsWith(basename.toLowerCase())
      ? pathname.slice(basename.length)
      : pathname;
  try {
    return decodeURI(rest) || '/';
  } catch {
    return rest || '/';
  }
}

interface StaticPlace {
  /** Index of the focused link or control among the page's focusable elements, or -1. */
  focusedAt: number;
  /** The first paper card on screen and its distance from the top of the viewport, once scrolled. */
  card: { id: string; top: number } | null;
}

/** Where the reader is on the static page: read during the first render, while it is still there. */
function readStaticPlace(): StaticPlace {
  if (!container.hasAttribute('data-prerendered')) return { focusedAt: -1, card: null };
  const focusedAt = container.contains(document.activeElement)
    ? Array.from(container.querySelectorAll(FOCUSABLE)).indexOf(document.activeElement as Element)
    : -1;
  let card: StaticPlace['card'] = null;
  if (window.scrollY > 0) {
    for (const element of container.querySelectorAll<HTMLElement>('article[data-paper-id]')) {
      const { top, bottom } = element.getBoundingClientRect();
      if (bottom > 0) {
        card = { id: element.dataset.paperId ?? '', top };
        break;
      }
    }
  }
  return { focusedAt, card };
}

/**
 * Marks the page as the app's once its first render is in: the controls styles.css held back appear.
 * The reader may already be reading or tabbing: if the new page is the same as the static one, focus
 * goes back to the same link and the card they were reading stays where it was on screen (cards below
 * it now have their real heights: see styles.css). A reader who has not scrolled gets the app's own
 * scroll restoration instead (src/lib/scroll-restoration.ts skips when they have).
 */
function TakeOver({ children, sameAsStatic }: { children: ReactNode; sameAsStatic: boolean }) {
  const [place] = useState(readStaticPlace);
  useLayoutEffect(() => {
    if (!container.hasAttribute('data-prerendered')) return;
    container.removeAttribute('data-prerendered');
    container.removeAttribute('data-preload');
    if (!sameAsStatic) return;
    if (place.card) {
      const card = container.querySelector(`article[data-paper-id="${CSS.escape(place.card.id)}"]`);
      const moved = card ? card.getBoundingClientRect().top - place.card.top : 0;
      if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
    }
    if (place.focusedAt >= 0 && !container.contains(document.activeElement)) {
      const focusable = container.querySelectorAll<HTMLElement>(FOCUSABLE);
      focusable[place.focusedAt]?.focus({ preventScroll: true });
    }
  }, [place, sameAsStatic]);
  return children;
}
