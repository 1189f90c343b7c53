import { Suspense, type ReactNode } from 'react';
import { Route, Routes, matchPath } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { NOT_FOUND_MODULE, ROUTES, type RouteModule } from '../config/routes';
import { preloadableLazy } from '../components/lazy/preloadable-lazy';
import { Layout } from './layout';
import { RouteErrorBoundary } from './route-error';

// NOTE: declarative <Routes> instead of createBrowserRouter: the data router adds ~17 KB gzip to the
// first load and we use none of its loaders/actions. Scroll restoration is ours (src/hooks/scroll-restoration.ts).
// The routes come from the route table (src/config/routes.ts); each route module loads lazily, so each
// page's code is its own chunk.
const routeModules = import.meta.glob<RouteModule>('./routes/*.tsx');
type LazyRoute = ReturnType<typeof preloadableLazy<RouteModule & { default: () => ReactNode }>>;
const lazyRoute = (module: string): LazyRoute => {
  const load = routeModules[`./routes/${module}.tsx`];
  if (!load) throw new Error(`No route module src/app/routes/${module}.tsx`);
  return preloadableLazy(load as () => Promise<RouteModule & { default: () => ReactNode }>);
};
const pages = ROUTES.map((route) => ({ path: route.path, Page: lazyRoute(route.module) }));
const NotFoundPage = lazyRoute(NOT_FOUND_MODULE);

/**
 * Downloads the page for `pathname` (relative to the router's basename) and everything it shows, so
 * that the first render draws the finished page in one commit instead of a skeleton. Rejects if the
 * data cannot be fetched; the page then renders as usual and shows the failure itself.
 */
export async function prepareRoute(pathname: string, queryClient: QueryClient): Promise<void> {
  for (const { path, Page } of pages) {
    const match = matchPath(path, pathname);
    if (!match) continue;
    const module = await Page.preload();
    await module.prepare?.(match.params, queryClient);
    return;
  }
  await NotFoundPage.preload();
}

/** The routes, shared by the browser (app.tsx), the prerender (src/prerender.tsx) and the tests. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {pages.map(({ path, Page }) => (
          <Route key={path} path={path} element={<PageFrame route={<Page />} />} />
        ))}
        <Route path="*" element={<PageFrame route={<NotFoundPage />} />} />
      </Route>
    </Routes>
  );
}

/** Each page gets its own error boundary (the header keeps working) and a quiet fallback while its chunk loads. */
function PageFrame({ route }: { route: ReactNode }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<div className="route-loading" aria-busy="true" />}>{route}</Suspense>
    </RouteErrorBoundary>
  );
}
