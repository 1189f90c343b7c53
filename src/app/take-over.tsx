import { StrictMode, startTransition, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { expectData, noteFetched, sameDataAsPrerendered } from '../lib/data-fingerprint';
import { observeFetchedText } from '../lib/fetch-json';
import {
  FINGERPRINTS_ATTRIBUTE,
  type EarlyClick,
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
export function preparePage(container: HTMLElement, queryClient: QueryClient): Promise<void> {
  expectData(container.getAttribute(FINGERPRINTS_ATTRIBUTE) ?? '');
  // The fingerprints are only ever needed here: the code that takes them stays off other pages' loads.
  observeFetchedText(noteFetched);
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
  takeEarlyClicks: () => EarlyClick[],
) {
  observeFetchedText(null);
  if (!sameDataAsPrerendered()) {
    takeEarlyClicks();
    dropPrerenderMarks(container);
    createRoot(container, { onCaughtError: reportCaughtError }).render(
      <StrictMode>{app}</StrictMode>,
    );
    return;
  }
  // From here on React takes the reader's taps itself (it hydrates the part of the page a tap lands in
  // at once); the ones made before are replayed by Hydrated.
  const earlyClicks = takeEarlyClicks();
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <Hydrated container={container} earlyClicks={earlyClicks}>
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
 * Marks the page as the app's once its shell is hydrated: the prerender-only layout rules (paper-card.css)
 * stop applying. (Each part inside a Suspense boundary hydrates in a pass of its own, some later.)
 */
function Hydrated({
  children,
  container,
  earlyClicks,
}: {
  children: ReactNode;
  container: HTMLElement;
  earlyClicks: EarlyClick[];
}) {
  // NOTE: after the commit, not in it: the render with the reader's own settings (language, theme) comes
  // in the same task right after this, so no frame shows the prerender's defaults without the styles
  // that stand in for the reader's settings until then (boot.css).
  useEffect(() => {
    // Cards off screen get their real heights now (paper-card.css lays them out only from here on): the
    // card the reader is on stays where it is on screen.
    const card = window.scrollY > 0 ? firstCardOnScreen(container) : null;
    const top = card?.getBoundingClientRect().top ?? 0;
    dropPrerenderMarks(container);
    const moved = card ? card.getBoundingClientRect().top - top : 0;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  }, [container]);
  // The elements are the same ones the reader clicked (hydration keeps them), each clicked again once
  // the part of the page it is in has been hydrated.
  useEffect(() => {
    for (const click of earlyClicks.splice(0)) clickWhenHydrated(click);
  }, [earlyClicks]);
  return children;
}

/** The page is the app's from now on: the prerender's marks on #root go (prerender-contract.ts). */
function dropPrerenderMarks(container: HTMLElement) {
  for (const name of [PRERENDERED_ATTRIBUTE, PRELOAD_ATTRIBUTE, FINGERPRINTS_ATTRIBUTE]) {
    container.removeAttribute(name);
  }
}

function firstCardOnScreen(container: HTMLElement): HTMLElement | null {
  for (const card of container.querySelectorAll<HTMLElement>(PAPER_CARD_SELECTOR)) {
    if (card.getBoundingClientRect().bottom > 0) return card;
  }
  return null;
}

/**
 * Clicks the control again once React has hydrated it (each Suspense boundary hydrates in a pass of its
 * own) and rendered the reader's own state into it, but only if it still shows what the reader saw when
 * they tapped: a "like" on a paper they had liked before (the prerendered page shows no likes) would undo
 * their like. A control the app never took within ten seconds of being visible is left alone.
 * NOTE: React marks the elements it has hydrated with its props (`__reactProps$…`), an internal detail
 * but the only sign there is.
 */
function clickWhenHydrated({ control, pressed }: EarlyClick, waited = 0) {
  if (!control.isConnected || waited > 10_000) return;
  const hydrated = Object.keys(control).some((key) => key.startsWith('__reactProps$'));
  const next = () => setTimeout(() => clickWhenHydrated({ control, pressed }, waited + 50), 50);
  if (!hydrated) {
    next();
    return;
  }
  // One more frame: the render with the reader's own marks follows hydration.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (control.isConnected && control.getAttribute('aria-pressed') === pressed) control.click();
    }, 0),
  );
}
