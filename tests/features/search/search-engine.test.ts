// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../src/features/search/search-engine';
import { toSearchDocuments } from '../../../src/features/search/search-documents';
import type {
  WorkerReply,
  WorkerRequest,
} from '../../../src/features/search/search-worker-protocol';
import { octoberIssue } from './fixtures';

const documents = toSearchDocuments(octoberIssue);

/** A stand-in for the module worker: ready after the build, then as broken as the test asks. */
class BrokenWorker {
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly after: 'silent' | 'crash' | 'refuses') {}
  postMessage(message: WorkerRequest) {
    setTimeout(() => {
      if (message.type === 'build')
        this.onmessage?.({ data: { type: 'ready', documents: 1, buildMs: 1 } } as MessageEvent);
      else if (this.after === 'crash')
        this.onerror?.({ message: 'out of memory', preventDefault() {} } as unknown as ErrorEvent);
      else if (this.after === 'refuses')
        this.onmessage?.({
          data: { type: 'error', id: message.id, message: 'bad query' },
        } as MessageEvent);
      // 'silent': a worker that died without a word never answers.
    });
  }
  terminate() {
    this.terminated = true;
  }
}

describe('a search worker that dies after it was ready', () => {
  it.each(['silent', 'crash'] as const)(
    'a worker gone %s: the search is answered on the main thread, and so is the next one',
    async (after) => {
      const stand = new BrokenWorker(after);
      const engine = await createSearchEngine(documents, {
        timeoutMs: 100,
        startWorker: () => stand as unknown as Worker,
      });
      expect(engine.mode).toBe('worker');
      const first = await engine.search({ query: '캐시' });
      expect(first.total).toBeGreaterThan(0);
      expect(engine.mode).toBe('main-thread');
      expect(stand.terminated).toBe(true);
      const second = await engine.search({ query: 'OptPipe' });
      expect(second.total).toBeGreaterThan(0);
    },
  );
});

describe('a healthy worker that refuses one query', () => {
  it('reports that query as failed and keeps the worker', async () => {
    const stand = new BrokenWorker('refuses');
    const engine = await createSearchEngine(documents, {
      timeoutMs: 100,
      startWorker: () => stand as unknown as Worker,
    });
    await expect(engine.search({ query: '캐시' })).rejects.toThrow('bad query');
    expect(engine.mode).toBe('worker');
    expect(stand.terminated).toBe(false);
  });
});
