import { StrictMode, startTransition, useEffect, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { sameDataAsPrerendered } from '../lib/data-fingerprint';
import {
  FINGERPRINTS_ATTRIBUTE,
  PAPER_CARD_SELECTOR,
  PRELOAD_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
} from '../config/prerender-contract';
import type { QueryClient } from '@tanstack/react-query';
import { basename } from './basename';
import { reportCaughtError } from './report-caught-error';
import { prepareRoute } from './router';

/*
 * Taking over a prerendered page (scripts/prerender.ts), loaded by src/boot.tsx only on such a page:
 * the pages the browser renders from the empty shell never load it.
 *
 * The app hydrates the static page instead of rendering a new one over it: the elements on screen stay
 * the same ones, so nothing is laid out or painted again, the reader keeps their place and focus, and
 * the largest paint stays the first one. The hydration is a transition, so React works through it in
 * small slices and a tap or a key press is never held up behind it.
 */

/**
 * Loads what the static page shows (its route's code and data), so the app's first render is the same
 * page. Rejects when something could not be loaded: the page then stays as it is (src/boot.tsx).
 */
export function preparePage(queryClient: QueryClient): Promise<void> {
  return prepareRoute(routePath(), queryClient);
}

/**
 * Makes the static page in `container` the app's, once preparePage has resolved: hydrated when the app
 * fetched the data the page was prerendered from, rendered anew over it when the data has changed since
 * (a page kept from an earlier deploy, an issue updated after the build).
 */
export function hydratePage(
  container: HTMLElement,
  app: ReactNode,
  takeEarlyClicks: () => HTMLElement[],
) {
  if (!sameDataAsPrerendered(container.getAttribute(FINGERPRINTS_ATTRIBUTE) ?? '')) {
    takeEarlyClicks();
    for (const name of [PRERENDERED_ATTRIBUTE, PRELOAD_ATTRIBUTE, FINGERPRINTS_ATTRIBUTE])
      container.removeAttribute(name);
    createRoot(container, { onCaughtError: reportCaughtError }).render(
      <StrictMode>{app}</StrictMode>,
    );
    return;
  }
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <Hydrated container={container} takeEarlyClicks={takeEarlyClicks}>
          {app}
        </Hydrated>
      </StrictMode>,
      {
        onCaughtError: reportCaughtError,
        // React could not match the static page (a bug: the prerender and the app disagree) and
        // rendered it anew instead. The reader still gets a working page; the tests treat it as an error.
        onRecoverableError: (error) =>
          console.error('The prerendered page did not match the app; rendered it anew.', error),
      },
    );
  });
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

/**
 * Marks the page as the app's once its shell is hydrated: the prerender-only layout rules (styles.css)
 * stop applying. (Each part inside a Suspense boundary hydrates in a pass of its own, some later.)
 */
function Hydrated({
  children,
  container,
  takeEarlyClicks,
}: {
  children: ReactNode;
  container: HTMLElement;
  takeEarlyClicks: () => HTMLElement[];
}) {
  useLayoutEffect(() => {
    // Cards off screen get their real heights now (styles.css lays them out only from here on): the
    // card the reader is on stays where it is on screen.
    const card = window.scrollY > 0 ? firstCardOnScreen(container) : null;
    const top = card?.getBoundingClientRect().top ?? 0;
    for (const name of [PRERENDERED_ATTRIBUTE, PRELOAD_ATTRIBUTE, FINGERPRINTS_ATTRIBUTE])
      container.removeAttribute(name);
    const moved = card ? card.getBoundingClientRect().top - top : 0;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  }, [container]);
  // The elements are the same ones the reader clicked (hydration keeps them), each clicked again once
  // the part of the page it is in has been hydrated.
  useEffect(() => {
    for (const control of takeEarlyClicks()) clickWhenHydrated(control);
  }, [takeEarlyClicks]);
  return children;
}

function firstCardOnScreen(container: HTMLElement): HTMLElement | null {
  for (const card of container.querySelectorAll<HTMLElement>(PAPER_CARD_SELECTOR)) {
    if (card.getBoundingClientRect().bottom > 0) return card;
  }
  return null;
}

/**
 * Clicks `control` once React has hydrated it (each Suspense boundary hydrates in a pass of its own).
 * NOTE: React marks the elements it has hydrated with its props (`__reactProps$…`), an internal detail
 * but the only sign there is; a control never hydrated within ten seconds is left alone.
 */
function clickWhenHydrated(control: HTMLElement, deadline = performance.now() + 10_000) {
  if (!control.isConnected || performance.now() > deadline) return;
  if (Object.keys(control).some((key) => key.startsWith('__reactProps$'))) {
    control.click();
    return;
  }
  requestAnimationFrame(() => clickWhenHydrated(control, deadline));
}
