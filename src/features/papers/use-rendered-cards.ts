import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useStaticMarkup } from '../../hooks/hydration';

/** Full cards a prerendered issue page starts with (the rest are PendingPaperCards until rendered). */
export const FIRST_CARDS = 2;
/** An issue up to this size renders every card at once when the app renders it itself. */
export const EAGER_CARDS = 16;
/** Cards added per idle moment: a batch is one small render and one small layout, never a long task. */
const BATCH = 2;

/**
 * How many of an issue's `total` cards to render in full. The prerendered page (and its hydration)
 * has FIRST_CARDS; the app then adds the rest a batch at a time whenever the browser is idle, each batch
 * a transition that a tap or a key press interrupts. An issue the app renders itself gets every card at
 * once when it is of the usual size. `wanted` (the card a link points at, whose element id is
 * `anchorOf(wanted)`) is rendered at once, and printing renders everything.
 */
export function useRenderedCards(
  total: number,
  wanted: number,
  anchorOf: (index: number) => string,
): number {
  const staticMarkup = useStaticMarkup();
  // NOTE: set during the hydration render itself (React renders again at once): this page started as
  // the prerender's, so it grows batch by batch even after hydration is over.
  const [fromStatic, setFromStatic] = useState(false);
  if (staticMarkup && !fromStatic) setFromStatic(true);
  const eager = !staticMarkup && !fromStatic && total <= EAGER_CARDS;
  const [grown, setGrown] = useState(FIRST_CARDS);
  // A link to a paper further down shows that paper's full card, and everything above it, at once.
  const reached = staticMarkup ? FIRST_CARDS : Math.max(grown, wanted + 1);
  const shown = eager ? total : reached;

  useEffect(() => {
    if (eager || staticMarkup || reached >= total) return;
    const grow = () => startTransition(() => setGrown(Math.min(reached + BATCH, total)));
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(grow, { timeout: 1000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(grow, 50);
    return () => window.clearTimeout(handle);
  }, [eager, staticMarkup, reached, total]);

  // The linked paper was a placeholder: now that it and the cards above it are full, it goes back to
  // where the link put it, the top of the screen (as the browser put the placeholder).
  const shownBefore = useRef(shown);
  useLayoutEffect(() => {
    const was = shownBefore.current;
    shownBefore.current = shown;
    if (wanted >= was && wanted < shown) {
      document.getElementById(anchorOf(wanted))?.scrollIntoView({ block: 'start' });
    }
  }, [shown, wanted, anchorOf]);

  useEffect(() => {
    const printAll = () => flushSync(() => setGrown(total));
    window.addEventListener('beforeprint', printAll);
    return () => window.removeEventListener('beforeprint', printAll);
  }, [total]);

  return Math.min(shown, total);
}
