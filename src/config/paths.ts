import { fillPath, routeOf } from './routes.ts';

/** Every URL the app builds, in one place, from the route table's patterns (relative to the basename). */
export const paths = {
  home: () => routeOf('home').path,
  issue: (issueId: string) => fillPath(routeOf('issue').path, { issueId }),
  paper: (issueId: string, paperId: string) =>
    fillPath(routeOf('paper').path, { issueId, paperId }),
  archive: () => routeOf('archive').path,
  library: () => routeOf('library').path,
  search: (query = '') =>
    query ? `${routeOf('search').path}?q=${encodeURIComponent(query)}` : routeOf('search').path,
} as const;

/** Where the ingest's JSON lives, honouring Vite's `base` (BASE_PATH at build time). */
export const dataUrls = {
  index: () => `${import.meta.env.BASE_URL}data/index.json`,
  issue: (issueId: string) =>
    `${import.meta.env.BASE_URL}data/issues/${encodeURIComponent(issueId)}.json`,
} as const;
