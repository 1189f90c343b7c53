import type { RouteObject } from 'react-router-dom';
import { Layout } from './layout';
import { RouteErrorPage } from './routes/route-error';

/**
 * The route table, shared by the browser router (app.tsx) and the tests' memory router.
 * Route modules load lazily so each page's code is its own chunk.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, lazy: () => import('./routes/home').then(toRoute) },
      { path: 'issues/:issueId', lazy: () => import('./routes/issue').then(toRoute) },
      {
        path: 'issues/:issueId/papers/:paperId',
        lazy: () => import('./routes/paper').then(toRoute),
      },
      { path: 'archive', lazy: () => import('./routes/archive').then(toRoute) },
      { path: 'library', lazy: () => import('./routes/library').then(toRoute) },
      { path: 'search', lazy: () => import('./routes/search').then(toRoute) },
      { path: '*', lazy: () => import('./routes/not-found').then(toRoute) },
    ],
  },
];

function toRoute(module: { default: React.ComponentType }): { Component: React.ComponentType } {
  return { Component: module.default };
}
