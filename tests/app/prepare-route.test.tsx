import { describe, expect, it } from 'vitest';
import { prepareRoute } from '../../src/app/router';
import { issueQueryOptions } from '../../src/features/issues/api/get-issue';
import { issueIndexQueryOptions } from '../../src/features/issues/api/get-issue-index';
import { createTestQueryClient } from '../test-utils';
import { ISSUE_ID, stubData, stubSampleData } from './reader-fixtures';

describe('prepareRoute: what a prerendered page loads before the app renders over it', () => {
  it('/ fetches the index, then the newest issue', async () => {
    const fetch = stubSampleData();
    const client = createTestQueryClient();
    await prepareRoute('/', client);
    expect(client.getQueryData(issueIndexQueryOptions().queryKey)?.issues[0]?.id).toBe(ISSUE_ID);
    expect(
      client.getQueryData(issueQueryOptions(ISSUE_ID).queryKey)?.papers.length,
    ).toBeGreaterThan(0);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('an issue or paper page fetches its issue only', async () => {
    for (const path of [`/issues/${ISSUE_ID}`, `/issues/${ISSUE_ID}/papers/anything`]) {
      const fetch = stubSampleData();
      const client = createTestQueryClient();
      await prepareRoute(path, client);
      expect(client.getQueryData(issueQueryOptions(ISSUE_ID).queryKey)).toBeDefined();
      expect(fetch.mock.calls.map(([url]) => String(url))).toEqual([
        expect.stringMatching(new RegExp(`data/issues/${ISSUE_ID}\\.json$`)),
      ]);
    }
  });

  it('fetches nothing for an id that cannot be an issue, or for pages without data', async () => {
    const fetch = stubSampleData();
    const client = createTestQueryClient();
    for (const path of ['/issues/not-a-date', '/library', '/search', '/no/such/page']) {
      await prepareRoute(path, client);
    }
    expect(fetch).not.toHaveBeenCalled();
  });

  it('rejects when the data cannot be had (the page then renders and shows the failure itself)', async () => {
    stubData({ 'data/index.json': { status: 500, raw: 'boom' } });
    await expect(prepareRoute('/', createTestQueryClient())).rejects.toThrow();
  });
});
