import { startTransition, useEffect, useState } from 'react';
import { useStaticMarkup } from '../../hooks/hydration';

/**
 * False on the first render, true once the browser has been idle after it: lets a component render
 * what is not on screen yet (the other language's abstract) without delaying first paint. The update
 * is a transition, so a click or key press that arrives meanwhile is never held up by it. Always true
 * for a prerendered page: its HTML already holds everything (so a reader of the other language reads
 * it from the first paint), and hydrating it must find the same.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  const staticMarkup = useStaticMarkup();
  // NOTE: an update during render: React renders this component again at once, still in the prerender
  // or the hydration, so `ready` is already true when the static markup stops being asked for.
  if (staticMarkup && !ready) setReady(true);
  useEffect(() => {
    if (ready) return;
    const markReady = () => startTransition(() => setReady(true));
    if (typeof window.requestIdleCallback === 'function') {
      // NOTE: the timeout bounds the wait on a page that never goes idle.
      const handle = window.requestIdleCallback(markReady, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(markReady, 200);
    return () => window.clearTimeout(handle);
  }, [ready]);
  return ready || staticMarkup;
}
