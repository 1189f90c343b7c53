/** Every URL the app builds, in one place. Route paths are relative to the router's basename. */
export const paths = {
  home: () => '/',
  issue: (issueId: string) => `/issues/${encodeURIComponent(issueId)}`,
  paper: (issueId: string, paperId: string) =>
    `/issues/${encodeURIComponent(issueId)}/papers/${encodeURIComponent(paperId)}`,
  archive: () => '/archive',
  library: () => '/library',
  search: (query = '') => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
} as const;

/** Where the ingest's JSON lives, honouring Vite's `base` (BASE_PATH at build time). */
export const dataUrls = {
  index: () => `${import.meta.env.BASE_URL}data/index.json`,
  issue: (issueId: string) =>
    `${import.meta.env.BASE_URL}data/issues/${encodeURIComponent(issueId)}.json`,
} as const;
