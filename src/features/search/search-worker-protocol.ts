import type { SearchDocument, SearchRequest, SearchResponse } from './search-types';

/** Messages between search-engine.ts and search.worker.ts. */
export type WorkerRequest =
  | { type: 'build'; documents: SearchDocument[] }
  | { type: 'search'; id: number; request: SearchRequest };

export type WorkerReply =
  | { type: 'ready'; documents: number; buildMs: number }
  | { type: 'results'; id: number; response: SearchResponse }
  /** Without an id, the build failed. */
  | { type: 'error'; id?: number; message: string };
