/**
 * The search engine behind one small async interface. The index is built in a module Web Worker so a
 * large archive never blocks typing; where Worker is missing (jsdom, old browsers) or fails to start,
 * the same index runs on the main thread. This module and everything it imports load only when the
 * reader first searches (see use-search.ts).
 */
import type { SearchDocument, SearchRequest, SearchResponse } from './search-types';
import type { WorkerReply, WorkerRequest } from './search-worker-protocol';

export interface SearchEngine {
  search(request: SearchRequest): Promise<SearchResponse>;
  readonly mode: 'worker' | 'main-thread';
  dispose(): void;
}

export async function createSearchEngine(documents: SearchDocument[]): Promise<SearchEngine> {
  if (typeof Worker !== 'undefined') {
    try {
      return await createWorkerEngine(documents);
    } catch {
      // NOTE: a worker that cannot start (blocked by policy, failed to load) still leaves search working.
    }
  }
  return createMainThreadEngine(documents);
}

async function createMainThreadEngine(documents: SearchDocument[]): Promise<SearchEngine> {
  const { SearchIndex } = await import('./search-index');
  const index = new SearchIndex(documents);
  return {
    mode: 'main-thread',
    search: async (request) => index.search(request),
    dispose: () => {},
  };
}

function createWorkerEngine(documents: SearchDocument[]): Promise<SearchEngine> {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<
    number,
    { resolve: (response: SearchResponse) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  const post = (message: WorkerRequest) => worker.postMessage(message);

  return new Promise((resolveEngine, rejectEngine) => {
    const fail = (message: string) => {
      const error = new Error(message);
      rejectEngine(error);
      pending.forEach(({ reject }) => reject(error));
      pending.clear();
      worker.terminate();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail(`The search worker failed: ${event.message || 'could not load'}`);
    };
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') {
        resolveEngine({
          mode: 'worker',
          search: (request) =>
            new Promise((resolve, reject) => {
              const id = nextId++;
              pending.set(id, { resolve, reject });
              post({ type: 'search', id, request });
            }),
          dispose: () => worker.terminate(),
        });
      } else if (reply.type === 'results') {
        pending.get(reply.id)?.resolve(reply.response);
        pending.delete(reply.id);
      } else if (reply.type === 'error') {
        if (reply.id === undefined) fail(reply.message);
        else {
          pending.get(reply.id)?.reject(new Error(reply.message));
          pending.delete(reply.id);
        }
      }
    };
    post({ type: 'build', documents });
  });
}
