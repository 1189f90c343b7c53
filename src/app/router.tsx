import { Suspense } from 'react';
import { Route, Routes, matchPath, type Params } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { preloadableLazy } from '../lib/preloadable-lazy';
import { Layout } from './layout';
import { RouteErrorBoundary } from './routes/route-error';

// NOTE: declarative <Routes> instead of createBrowserRouter: the data router adds ~17 KB gzip to the
// first load and we use none of its loaders/actions. Scroll restoration is ours (src/lib/scroll-restoration.ts).
// Route modules load lazily so each page's code is its own chunk.
const HomeRoute = preloadableLazy(() => import('./routes/home'));
const IssueRoute = preloadableLazy(() => import('./routes/issue'));
const PaperRoute = preloadableLazy(() => import('./routes/paper'));
const ArchiveRoute = preloadableLazy(() => import('./routes/archive'));
const LibraryRoute = preloadableLazy(() => import('./routes/library'));
const SearchRoute = preloadableLazy(() => import('./routes/search'));
const NotFoundRoute = preloadableLazy(() => import('./routes/not-found'));

/**
 * What a route needs before it can render its content without a loading state: its data in the query
 * cache and its lazy parts downloaded. Only used for the first render over a prerendered page.
 */
export type PrepareRoute = (params: Params, queryClient: QueryClient) => Promise<void>;

interface RouteModule {
  default: unknown;
  prepare?: PrepareRoute;
}

const pages: { path: string; route: { preload: () => Promise<RouteModule> } }[] = [
  { path: '/', route: HomeRoute },
  { path: '/issues/:issueId', route: IssueRoute },
  { path: '/issues/:issueId/papers/:paperId', route: PaperRoute },
  { path: '/archive', route: ArchiveRoute },
  { path: '/library', route: LibraryRoute },
  { path: '/search', route: SearchRoute },
];

/**
 * Downloads the page for `pathname` (relative to the router's basename) and everything it shows, so
 * that the first render draws the finished page in one commit instead of a skeleton. Rejects if the
 * data cannot be fetched; the page then renders as usual and shows the failure itself.
 */
export async function prepareRoute(pathname: string, queryClient: QueryClient): Promise<void> {
  for (const page of pages) {
    const match = matchPath(page.path, pathname);
    if (!match) continue;
    const module = await page.route.preload();
    await module.prepare?.(match.params, queryClient);
    return;
  }
  await NotFoundRoute.preload();
}

/** The route table, shared by the browser (app.tsx), the prerender (src/prerender.tsx) and the tests. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Page route={<HomeRoute />} />} />
        <Route path="issues/:issueId" element={<Page route={<IssueRoute />} />} />
        <Route path="issues/:issueId/papers/:paperId" element={<Page route={<PaperRoute />} />} />
        <Route path="archive" element={<Page route={<ArchiveRoute />} />} />
        <Route path="library" element={<Page route={<LibraryRoute />} />} />
        <Route path="search" element={<Page route={<SearchRoute />} />} />
        <Route path="*" element={<Page route={<NotFoundRoute />} />} />
      </Route>
    </Routes>
  );
}

/** Each page gets its own error boundary (the header keeps working) and a quiet fallback while its chunk loads. */
function Page({ route }: { route: React.ReactNode }) {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<div className="route-loading" aria-busy="true" />}>{route}</Suspense>
    </RouteErrorBoundary>
  );
}
