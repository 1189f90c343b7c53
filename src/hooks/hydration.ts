import { useSyncExternalStore } from 'react';

/*
 * A prerendered page is hydrated (src/app/take-over.tsx): React's first render in the browser must
 * produce exactly the markup the prerender wrote, which is the page for a reader with default settings.
 * What depends on the reader (their language, their view, the address's query) follows in the render
 * React does right after hydrating each part.
 */

/** A store that never changes: for `useSyncExternalStore` where only the server/client split matters. */
export const subscribeToNothing = () => () => {};

/**
 * `clientValue`, except in the prerender and while hydrating its page, where it is `staticValue` (what
 * the prerender wrote). React renders the component again right after hydrating it only when the two
 * differ (a reader with another language), so for most readers hydration costs no second render.
 */
export function useHydrationSafe<T>(clientValue: T, staticValue: T): T {
  return useSyncExternalStore(
    subscribeToNothing,
    () => clientValue,
    () => staticValue,
  );
}

/** True in the prerender and while hydrating its page; false in every other render. */
export function useStaticMarkup(): boolean {
  return useHydrationSafe(false, true);
}
