import { useLocation } from 'react-router-dom';
import { useHydrationSafe } from './hydration';

/**
 * The address's query (the reading language of a shared link), for links that carry it on. Empty in the
 * prerender and while hydrating its page, like the static page's own links: a link's address is an
 * attribute, which hydration would never correct; the render right after hydrating writes the real one.
 */
export function useLinkSearch(): string {
  const { search } = useLocation();
  return useHydrationSafe(search, '');
}
