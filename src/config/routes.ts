import type { QueryClient } from '@tanstack/react-query';
import type { Params } from 'react-router-dom';

/*
 * Every page of the app, in one table. The router (src/app/router.tsx) builds its routes from it, the
 * prerender (scripts/prerender.ts) the pages it writes and what each preloads, the budget check
 * (scripts/check-budget.ts) the routes it weighs, and config/paths.ts the addresses it builds. Types
 * only: nothing here needs React, so the build's scripts read it as well.
 */

/** The route modules, each `src/app/routes/<module>.tsx`: a default export that renders the page. */
export type RouteModuleName = 'home' | 'issue' | 'paper' | 'archive' | 'library' | 'search';

/**
 * What a route module may export besides its page: loading everything its first render shows (data in
 * the query cache, lazy parts downloaded), so the app's first render over a prerendered page is that
 * page again (src/app/take-over.tsx). Rejects when something cannot be loaded.
 */
export type PrepareRoute = (params: Params, queryClient: QueryClient) => Promise<void>;

export interface RouteModule {
  default: unknown;
  prepare?: PrepareRoute;
}

export interface RouteSpec {
  /** The router's pattern, relative to the basename. */
  path: string;
  module: RouteModuleName;
  /**
   * The modules (source paths, the keys of Vite's manifest) the page's first render needs besides its
   * route module, loaded while its data downloads: a prerendered page preloads them, the budget counts
   * them "to first content".
   */
  firstRender: readonly string[];
  /**
   * Which pages the build writes for the route: `/` for the newest issue, one per issue or per paper of
   * the newest issues, or the one page; null leaves the route to the empty shell.
   */
  prerender: 'newest-issue' | 'issue' | 'paper' | 'once' | null;
}

const ISSUE_PAGE = [
  'src/app/pages/issue/issue-view.tsx',
  'src/features/issues/parse-issue.ts',
  'src/components/markdown/markdown-renderer.tsx',
];

export const ROUTES = [
  {
    path: '/',
    module: 'home',
    firstRender: [...ISSUE_PAGE, 'src/data/schema.ts'],
    prerender: 'newest-issue',
  },
  { path: '/issues/:issueId', module: 'issue', firstRender: ISSUE_PAGE, prerender: 'issue' },
  {
    path: '/issues/:issueId/papers/:paperId',
    module: 'paper',
    firstRender: [
      'src/app/pages/paper/paper-view.tsx',
      'src/features/issues/parse-issue.ts',
      'src/components/markdown/markdown-renderer.tsx',
    ],
    prerender: 'paper',
  },
  { path: '/archive', module: 'archive', firstRender: ['src/data/schema.ts'], prerender: 'once' },
  { path: '/library', module: 'library', firstRender: [], prerender: null },
  { path: '/search', module: 'search', firstRender: [], prerender: null },
] as const satisfies readonly RouteSpec[];

/** The page for every other address. */
export const NOT_FOUND_MODULE = 'not-found';

/** The source path of a route module (a key of Vite's manifest). */
export function routeModulePath(module: RouteModuleName | typeof NOT_FOUND_MODULE): string {
  return `src/app/routes/${module}.tsx`;
}

/** The route of a module name. */
export function routeOf(module: RouteModuleName): RouteSpec {
  return ROUTES.find((route) => route.module === module) as RouteSpec;
}

/** `pattern` with its `:params` filled in, each encoded as one path segment. */
export function fillPath(pattern: string, params: Record<string, string> = {}): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
