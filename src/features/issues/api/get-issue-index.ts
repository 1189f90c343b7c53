import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import type { IssueIndex } from '../../../data/schema';
import { FetchFailure, fetchJson } from '../../../lib/fetch-json';

/** The list of every issue, newest first. The schema downloads in parallel with the JSON. */
export function getIssueIndex(signal?: AbortSignal): Promise<IssueIndex> {
  const schema = import('../../../data/schema').then((module) => module.issueIndexSchema);
  return fetchJson(dataUrls.index(), schema, signal);
}

export const issueIndexQueryOptions = () =>
  queryOptions({
    queryKey: ['issue-index'],
    queryFn: ({ signal }) => getIssueIndex(signal),
    retry: (failureCount, error) =>
      failureCount < 1 && error instanceof FetchFailure && error.kind === 'network',
  });

export function useIssueIndex() {
  return useQuery(issueIndexQueryOptions());
}
