import { PAPER_CARD_SELECTOR } from '../config/prerender-contract';

/** Set on <html> while a change is in its first frame: paper-card.css then lays out only the cards on screen. */
const ON_SCREEN_ONLY_ATTRIBUTE = 'data-on-screen-only';

let changesInFlight = 0;

/**
 * Runs a change that re-lays out the page (the reading-language switch) and keeps what the reader is
 * looking at where it was on screen. The browser's own scroll anchoring gives up here: the anchor it
 * picks is usually inside the text being swapped. So: remember a paper card (or block) on screen, apply
 * the change, and scroll by however far that element moved.
 *
 * Laying out every card again takes longer than a frame on a slow machine, so the frame that shows the
 * change lays out only the cards on screen: the others keep their size for that frame (paper-card.css,
 * `content-visibility: auto`). Right after it has painted they are laid out too, in a task of their
 * own, and the reader's place is corrected once more. Nothing off screen stays stale, so positions
 * saved for Back are real ones. `onSettled` runs after that, unless a newer change has begun meanwhile
 * (its own `onSettled` runs instead).
 */
export function keepInPlace(change: () => void, onSettled?: () => void): void {
  const anchor = pickAnchor();
  // Where the anchor is in the document: a scroll the reader makes meanwhile is theirs to keep.
  const before = anchor ? anchor.getBoundingClientRect().top + window.scrollY : undefined;
  const root = document.documentElement;
  let scrolled = 0;
  const correct = () => {
    if (!anchor?.isConnected || before === undefined) return;
    // How far the anchor has moved down the page, less what earlier corrections already made up for.
    const delta = anchor.getBoundingClientRect().top + window.scrollY - before - scrolled;
    if (Math.abs(delta) < 1) return;
    const y = window.scrollY;
    window.scrollBy(0, delta);
    // NOTE: what the page could actually scroll (none past its end).
    scrolled += window.scrollY - y;
  };
  changesInFlight += 1;
  // NOTE: off while we correct, so the browser's anchoring and ours never both adjust.
  root.style.setProperty('overflow-anchor', 'none');
  root.setAttribute(ON_SCREEN_ONLY_ATTRIBUTE, '');
  const settle = () => {
    changesInFlight -= 1;
    if (changesInFlight > 0) return;
    root.removeAttribute(ON_SCREEN_ONLY_ATTRIBUTE);
    correct();
    root.style.removeProperty('overflow-anchor');
    onSettled?.();
  };
  try {
    change();
  } catch (error) {
    settle();
    throw error;
  }
  inNextFrame(correct, settle);
}

/**
 * Calls `beforePaint` in the next frame once its layout is final, and `afterPaint` once that frame has
 * painted. A frame callback would be too early: which cards count as on screen is decided after it,
 * and the layout redone. The first report of a ResizeObserver comes after that, still before paint.
 * A page that renders no frames (a hidden tab) gets `afterPaint` from a timer instead, so nothing
 * waits for it.
 */
function inNextFrame(beforePaint: () => void, afterPaint: () => void) {
  let done = false;
  // A task queued from inside the frame runs after it has painted.
  const later = () => window.setTimeout(finish, 0);
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          observer?.disconnect();
          if (done) return;
          beforePaint();
          later();
        })
      : undefined;
  const fallback = window.setTimeout(finish, 500);
  function finish() {
    if (done) return;
    done = true;
    window.clearTimeout(fallback);
    observer?.disconnect();
    afterPaint();
  }
  if (observer) {
    observer.observe(document.documentElement);
  } else {
    requestAnimationFrame(() => {
      beforePaint();
      later();
    });
  }
}

/** The first paper card that starts on screen (its title is what the eye holds on to), else the block under
 * the upper part of the viewport. Nothing at the very top of the page: there is nothing to keep. */
function pickAnchor(): Element | null {
  if (window.scrollY === 0) return null;
  for (const card of document.querySelectorAll(PAPER_CARD_SELECTOR)) {
    const { top } = card.getBoundingClientRect();
    if (top >= 0 && top < window.innerHeight * 0.75) return card;
  }
  if (typeof document.elementFromPoint !== 'function') return null;
  const probe = document.elementFromPoint(
    window.innerWidth / 2,
    Math.min(160, window.innerHeight / 3),
  );
  if (!probe || probe.closest('header')) return null;
  // NOTE: the card as a whole, never a paragraph inside it: that is the text being swapped.
  return probe.closest(PAPER_CARD_SELECTOR) ?? probe.closest('section, li, p, h2, h3') ?? probe;
}
