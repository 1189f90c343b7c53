/**
 * An issue's id is its week's first day, YYYY-MM-DD: the name of its data file, its URL segment and
 * the first half of a saved paper's key in the library. Every reader of an id checks it with this one
 * pattern, so that what the data contract accepts, what a route treats as a possible issue and what a
 * library backup may hold cannot drift apart.
 *
 * NOTE: the build imports this module from Node itself (scripts/service-worker.ts, through
 * vite.config.ts): it must keep no imports.
 */
export const ISSUE_ID_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isIssueId(value: unknown): value is string {
  return typeof value === 'string' && ISSUE_ID_PATTERN.test(value);
}
