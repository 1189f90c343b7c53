import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import { FetchFailure, fetchRawJson } from '../../../lib/fetch-json';
import type { LoadedIssue } from '../parse-issue';

/**
 * Fetches one issue; the envelope must be valid, papers are validated one by one (see parseIssue).
 * The validator (zod + the schema) downloads in parallel with the JSON instead of before the page.
 */
export async function getIssue(issueId: string, signal?: AbortSignal): Promise<LoadedIssue> {
  const url = dataUrls.issue(issueId);
  const validator = import('../parse-issue');
  const body = await fetchRawJson(url, signal);
  const result = (await validator).parseIssue(body);
  if (!result.ok) {
    throw new FetchFailure(
      'schema',
      url,
      `The data at ${url} is not in the expected shape: ${result.problem}`,
    );
  }
  return result.issue;
}

export const issueQueryOptions = (issueId: string) =>
  queryOptions({
    queryKey: ['issue', issueId],
    queryFn: ({ signal }) => getIssue(issueId, signal),
    // A missing issue stays missing and broken data stays broken: only a flaky network is worth a retry.
    retry: (failureCount, error) =>
      failureCount < 1 && error instanceof FetchFailure && error.kind === 'network',
  });

export function useIssue(issueId: string) {
  return useQuery(issueQueryOptions(issueId));
}
