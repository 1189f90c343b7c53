import { useLayoutEffect, useState, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { basename } from './basename';
import { prepareRoute } from './router';

/*
 * Taking over a prerendered page (scripts/prerender.ts), loaded by src/boot.tsx only on such a page:
 * the pages the browser renders from the empty shell never load it.
 */

/**
 * How long a prerendered page waits for its code and data before the app renders anyway (showing its
 * usual loading state). The static page stays readable meanwhile; only its buttons wait.
 */
const PREPARE_TIMEOUT_MS = 10_000;
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

/**
 * Loads what the static page in `container` shows, so the app's first render is the finished page
 * again and replaces the static one in a single commit (instead of swapping it for skeletons), and
 * returns `app` wrapped to keep the reader's place across that commit.
 */
export async function takeOver(
  container: HTMLElement,
  queryClient: QueryClient,
  app: ReactNode,
): Promise<ReactNode> {
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
  return (
    <TakeOver container={container} sameAsStatic={outcome === 'ready'}>
      {app}
    </TakeOver>
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
function readStaticPlace(container: HTMLElement): StaticPlace {
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
function TakeOver({
  children,
  container,
  sameAsStatic,
}: {
  children: ReactNode;
  container: HTMLElement;
  sameAsStatic: boolean;
}) {
  const [place] = useState(() => readStaticPlace(container));
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
  }, [container, place, sameAsStatic]);
  return children;
}
