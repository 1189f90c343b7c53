import { Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Layout } from './layout';
import { RouteErrorBoundary } from './routes/route-error';

// NOTE: declarative <Routes> instead of createBrowserRouter: the data router adds ~17 KB gzip to the
// first load and we use none of its loaders/actions. Scroll restoration is ours (src/lib/scroll-restoration.ts).
// Route modules load lazily so each page's code is its own chunk.
const HomeRoute = lazy(() => import('./routes/home'));
const IssueRoute = lazy(() => import('./routes/issue'));
const PaperRoute = lazy(() => import('./routes/paper'));
const ArchiveRoute = lazy(() => import('./routes/archive'));
const LibraryRoute = lazy(() => import('./routes/library'));
const SearchRoute = lazy(() => import('./routes/search'));
const NotFoundRoute = lazy(() => import('./routes/not-found'));

/** The route table, shared by the browser (app.tsx) and the tests' MemoryRouter (tests/test-utils.tsx). */
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
