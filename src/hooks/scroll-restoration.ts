import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';
import { storageKeys } from '../config/storage-keys';
import { PRERENDERED_ATTRIBUTE, ROOT_ID } from '../config/prerender-contract';

const MAX_ENTRIES = 50;

/**
 * Where the reader was: the page's scroll offset and, when a paper's card is on screen, the first such
 * card and how far from the top of the screen it was. The card is what Back restores: a long issue's
 * cards further up are laid out from estimated heights (`content-visibility`) and its contents list may be
 * folded, so the same offset can show another paper.
 */
export interface Place {
  y: number;
  card?: string;
  top?: number;
}
type Positions = Record<string, Place>;

const finite = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** The saved places; anything else under the key (a bug, another app, an older shape) reads as none. */
export function readPositions(): Positions {
  try {
    const raw = sessionStorage.getItem(storageKeys.scroll);
    const value: unknown = raw ? JSON.parse(raw) : {};
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    const positions: Positions = {};
    for (const [key, place] of Object.entries(value)) {
      const { y, card, top } = (place ?? {}) as Record<string, unknown>;
      if (finite(y))
        positions[key] = typeof card === 'string' && finite(top) ? { y, card, top } : { y };
    }
    return positions;
  } catch {
    return {};
  }
}

/**
 * Where the reader is now (see Place). Runs in every frame of a scroll: the first card whose bottom is
 * below the top of the screen is found by halves (cards in page order are in screen order; a card the
 * reader hid has no box and is left out), a few boxes read instead of 200.
 */
function placeNow(): Place {
  const y = window.scrollY;
  // The top of the page stays the top, whatever grows above the first card meanwhile.
  if (y === 0) return { y };
  const cards = document.querySelectorAll<HTMLElement>('article[data-paper-id]:not([hidden])');
  let low = 0;
  let high = cards.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cards[middle] as HTMLElement).getBoundingClientRect().bottom > 0) high = middle;
    else low = middle + 1;
  }
  const card = cards[low];
  const top = card?.getBoundingClientRect().top ?? Infinity;
  return card && top < window.innerHeight ? { y, card: card.dataset.paperId, top } : { y };
}

function writePositions(positions: Positions) {
  try {
    const keys = Object.keys(positions);
    for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ENTRIES))) delete positions[key];
    sessionStorage.setItem(storageKeys.scroll, JSON.stringify(positions));
  } catch {
    // Private mode or quota: scroll memory is a nicety, never an error.
  }
}

/**
 * Restores the scroll position on back/forward (POP) and scrolls to the top (or to the #hash) on a new
 * navigation. Positions are kept per history entry (location.key) in sessionStorage, so a reload keeps them.
 */
export function useScrollRestoration() {
  const location = useLocation();
  const navigationType = useNavigationType();

  useEffect(() => {
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  }, []);

  // NOTE: the layout effect below moves to the new entry (and scrolls) before this passive effect's
  // cleanup detaches the old listener, so the old listener must not save the new page's scroll under
  // the old entry's key: it checks that its entry is still the current one.
  // The first entry of a tab has no history state, so its key is always 'default': add the address, or
  // opening a new URL in the same tab would restore the previous page's position.
  const entry =
    location.key === 'default' ? `default:${location.pathname}${location.search}` : location.key;
  const activeKey = useRef(entry);
  useEffect(() => {
    const key = entry;
    let frame = 0;
    const save = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (activeKey.current !== key) return;
        const positions = readPositions();
        positions[key] = placeNow();
        writePositions(positions);
      });
    };
    window.addEventListener('scroll', save, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', save);
    };
  }, [entry]);

  // A replace-navigation that only rewrites the query (the language switch, a search box) keeps the
  // reader where they are instead of jumping to the top.
  const previousPathname = useRef(location.pathname);
  useLayoutEffect(() => {
    // The entry being left may never have scrolled (the reader followed a link from the very top, or
    // from where Back had put them): no scroll event has saved it, so Back to it would find nothing and
    // stay wherever the link went. Remember where it was now, unless a scroll already saved it (its
    // saved value is the truer one: the new page may already have shortened this one).
    const leaving = activeKey.current;
    if (leaving !== entry) {
      const positions = readPositions();
      // (The offset only: the page in the DOM is already the new one.)
      if (!(leaving in positions)) {
        positions[leaving] = { y: window.scrollY };
        writePositions(positions);
      }
    }
    activeKey.current = entry;
    const samePage = previousPathname.current === location.pathname;
    previousPathname.current = location.pathname;
    if (navigationType === 'REPLACE' && samePage && !location.hash) {
      // The replaced entry has a new key: remember where the reader is under it right away, or Back to
      // it would find nothing if they leave without scrolling again.
      const positions = readPositions();
      positions[entry] = placeNow();
      writePositions(positions);
      return;
    }
    if (navigationType === 'POP') {
      // The app taking over a prerendered page the reader has already scrolled: they are reading;
      // pulling them back to a position saved on an earlier visit would lose their place.
      const root = document.getElementById(ROOT_ID);
      if (root?.hasAttribute(PRERENDERED_ATTRIBUTE) && window.scrollY > 0) return;
      return restoreWhenTallEnough(entry);
    } else if (location.hash) {
      document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    } else {
      window.scrollTo(0, 0);
    }
  }, [entry, location.pathname, location.hash, navigationType]);
}

/**
 * Back/forward and reloads land before the page's data and lazy chunks have rendered, when the page is
 * still too short to scroll to where the reader was. Keep trying as the page grows, for a few seconds,
 * and give up as soon as the page moves by other means than this (the reader scrolling, by any means,
 * find-in-page, a screen reader) or the reader presses a key. A saved card is put back where it was on
 * screen once it is there, and kept there while the page settles; until then, without one, and when the
 * reader has since hidden it, the offset is.
 */
function restoreWhenTallEnough(key: string): (() => void) | undefined {
  const place = readPositions()[key];
  if (!place) return undefined;
  /** Where this last put the page, and how tall the page was then. */
  let put = NaN;
  let height = NaN;
  const reached = () => {
    const card =
      place.card === undefined
        ? null
        : document.querySelector<HTMLElement>(`article[data-paper-id="${CSS.escape(place.card)}"]`);
    const follow = card !== null && !card.hidden;
    if (follow) window.scrollBy(0, card.getBoundingClientRect().top - (place.top ?? 0));
    else window.scrollTo(0, place.y);
    put = window.scrollY;
    height = document.documentElement.scrollHeight;
    // NOTE: a card is followed for as long as this runs, never "reached": the page settles around it
    // after it is there (a prerendered page's estimated heights become real, cards above fill in).
    return !follow && (card !== null || place.card === undefined) && Math.abs(put - place.y) < 2;
  };
  if (reached()) return undefined;
  const root = document.documentElement;
  // The browser's own scroll anchoring would move the page as it settles, which would read as the reader.
  root.style.setProperty('overflow-anchor', 'none');
  const observer = new ResizeObserver(() => {
    if (reached()) stop();
  });
  // A move with the page's height unchanged is not the page settling (a page that shrank moves the
  // scroll position by itself): it is the reader's, by whatever means.
  const moved = () => {
    if (document.documentElement.scrollHeight !== height) {
      if (reached()) stop();
    } else if (Math.abs(window.scrollY - put) >= 2) stop();
  };
  const userEvents = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const;
  const timer = window.setTimeout(stop, 4000);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
    root.style.removeProperty('overflow-anchor');
    window.removeEventListener('scroll', moved);
    userEvents.forEach((type) => window.removeEventListener(type, stop));
  }
  observer.observe(document.body);
  window.addEventListener('scroll', moved, { passive: true });
  userEvents.forEach((type) => window.addEventListener(type, stop, { passive: true }));
  return stop;
}
