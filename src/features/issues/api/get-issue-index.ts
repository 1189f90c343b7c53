import { queryOptions, useQuery } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import { describeSchemaError } from '../../../data/describe-schema-error';
import type { IssueIndex } from '../../../data/schema';
import { FetchFailure, fetchRawJson } from '../../../lib/fetch-json';

/** The list of every issue, newest first. The schema downloads in parallel with the JSON. */
export async function getIssueIndex(signal?: AbortSignal): Promise<IssueIndex> {
  const url = dataUrls.index();
  const schemas = import('../../../data/schema');
  const body = await fetchRawJson(url, signal);
  const parsed = (await schemas).issueIndexSchema.safeParse(body);
  if (!parsed.success) {
    throw new FetchFailure(
      'schema',
      url,
      `The data at ${url} is not in the expected shape: ${describeSchemaError(parsed.error)}`,
    );
  }
  return parsed.data;
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
