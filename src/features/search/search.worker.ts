import { SearchIndex } from './search-index';
import type { WorkerReply, WorkerRequest } from './search-worker-protocol';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage: (message: WorkerReply) => void;
};

let index: SearchIndex | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  try {
    if (message.type === 'build') {
      const started = performance.now();
      index = new SearchIndex(message.documents);
      scope.postMessage({
        type: 'ready',
        documents: index.size,
        buildMs: performance.now() - started,
      });
    } else if (message.type === 'search') {
      if (!index) throw new Error('The search index is not built yet.');
      scope.postMessage({
        type: 'results',
        id: message.id,
        response: index.search(message.request),
      });
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    scope.postMessage({
      type: 'error',
      id: message.type === 'search' ? message.id : undefined,
      message: text,
    });
  }
};
