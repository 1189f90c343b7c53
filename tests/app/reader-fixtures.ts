import { vi } from 'vitest';
import issueFixture from '../fixtures/issue-2025-10-20.sample.json';
import indexFixture from '../fixtures/index.sample.json';

export const ISSUE_ID = '2025-10-20';

/** A deep copy of the sample issue, to corrupt per test. */
export function sampleIssue(): typeof issueFixture {
  return structuredClone(issueFixture);
}
export function sampleIndex(): typeof indexFixture {
  return structuredClone(indexFixture);
}

type Reply = { status?: number; body?: unknown; raw?: string } | 'network-error';

/**
 * Stubs fetch for the data files: each URL ending gets a reply (JSON, raw text, a status or a network
 * error). Unknown URLs answer 404. Returns the mock, whose calls show what was requested.
 */
export function stubData(replies: Record<string, Reply | (() => Reply)>) {
  const mock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const key = Object.keys(replies).find((ending) => url.endsWith(ending));
    const entry = key === undefined ? { status: 404, raw: 'not found' } : replies[key]!;
    const reply = typeof entry === 'function' ? entry() : entry;
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    const text = reply.raw ?? JSON.stringify(reply.body);
    return new Response(text, {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

/** The normal world: the index and the sample issue. */
export function stubSampleData(issue: unknown = sampleIssue()) {
  return stubData({
    'data/index.json': { body: sampleIndex() },
    [`data/issues/${ISSUE_ID}.json`]: { body: issue },
  });
}
