import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has been idle after it: lets a component render
 * what is not on screen yet (the other language's abstract) without delaying first paint. The update
 * is a transition, so a click or key press that arrives meanwhile is never held up by it.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const markReady = () => startTransition(() => setReady(true));
    if (typeof window.requestIdleCallback === 'function') {
      // NOTE: the timeout bounds the wait on a page that never goes idle.
      const handle = window.requestIdleCallback(markReady, { timeout: 3000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(markReady, 200);
    return () => window.clearTimeout(handle);
  }, []);
  return ready;
}
