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

/** The worker stopped or never answered: the main thread takes over. */
class WorkerGone extends Error {}

/** A search the worker has not answered by then is answered on the main thread instead. */
export const SEARCH_TIMEOUT_MS = 3000;

export interface SearchEngineOptions {
  timeoutMs?: number;
  /** Starts the worker; tests pass a stand-in (jsdom has no Worker). */
  startWorker?: () => Worker;
}

const startSearchWorker = () =>
  new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });

export async function createSearchEngine(
  documents: SearchDocument[],
  { timeoutMs = SEARCH_TIMEOUT_MS, startWorker }: SearchEngineOptions = {},
): Promise<SearchEngine> {
  const start = startWorker ?? (typeof Worker !== 'undefined' ? startSearchWorker : undefined);
  let worker: SearchEngine | undefined;
  if (start) {
    try {
      worker = await createWorkerEngine(documents, start);
    } catch {
      // NOTE: a worker that cannot start (blocked by policy, failed to load) still leaves search working.
    }
  }
  if (!worker) return createMainThreadEngine(documents);
  return resilient(worker, () => createMainThreadEngine(documents), timeoutMs);
}

/**
 * A worker can die or stop answering after it was ready (a crash, the browser reclaiming memory). A
 * search it has not answered in time is answered on the main thread, which then serves every later
 * search: the reader never waits forever.
 */
function resilient(
  worker: SearchEngine,
  startFallback: () => Promise<SearchEngine>,
  timeoutMs: number,
): SearchEngine {
  let current = worker;
  let fallback: Promise<SearchEngine> | undefined;
  const giveUpOnWorker = async () => {
    worker.dispose();
    // A fallback that failed to load (offline) is tried again by the next search.
    fallback ??= startFallback().catch((error: unknown) => {
      fallback = undefined;
      throw error;
    });
    current = await fallback;
    return current;
  };
  return {
    get mode() {
      return current.mode;
    },
    async search(request) {
      if (current !== worker) return current.search(request);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new WorkerGone('the search worker did not answer')),
          timeoutMs,
        );
      });
      try {
        return await Promise.race([worker.search(request), timeout]);
      } catch (error) {
        // A query the worker answered with an error is that query's problem, not the worker's.
        if (!(error instanceof WorkerGone)) throw error;
        return (await giveUpOnWorker()).search(request);
      } finally {
        clearTimeout(timer);
      }
    },
    dispose: () => current.dispose(),
  };
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

function createWorkerEngine(
  documents: SearchDocument[],
  startWorker: () => Worker,
): Promise<SearchEngine> {
  const worker = startWorker();
  let dead = false;
  const pending = new Map<
    number,
    { resolve: (response: SearchResponse) => void; reject: (error: Error) => void }
  >();
  let nextId = 1;
  const post = (message: WorkerRequest) => worker.postMessage(message);

  return new Promise((resolveEngine, rejectEngine) => {
    const fail = (message: string) => {
      dead = true;
      const error = new WorkerGone(message);
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
              if (dead) {
                reject(new WorkerGone('the search worker has stopped'));
                return;
              }
              const id = nextId++;
              pending.set(id, { resolve, reject });
              post({ type: 'search', id, request });
            }),
          // Searches still waiting are told, not left hanging.
          dispose: () => fail('the search worker was closed'),
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
