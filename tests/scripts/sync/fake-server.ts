/**
 * A real HTTP server on 127.0.0.1 for the sync's tests: it answers like the forum (Discourse JSON) and
 * arXiv (Atom), and can be told to fail the way real servers do (5xx, 429 + Retry-After, a slow
 * answer, a malformed body). It records every request it gets.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeResponse {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Wait this long before answering (to trip the client's timeout). */
  delayMs?: number;
}

/** A fixed answer, a sequence (one per request, the last repeating), or a function of the URL. */
export type Route = FakeResponse | FakeResponse[] | ((url: URL) => FakeResponse);

export interface RecordedRequest {
  path: string;
  userAgent: string;
  accept: string;
  at: number;
}

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  /** Sets (or replaces) the answer for a path with its query, e.g. `/c/news/14.json?page=1`. */
  route(pathWithQuery: string, route: Route): void;
  /** Requests whose path starts with the prefix. */
  requestsTo(prefix: string): RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeServer(): Promise<FakeServer> {
  const routes = new Map<string, Route>();
  const served = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const pending = new Set<NodeJS.Timeout>();

  function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const key = `${url.pathname}${url.search}`;
    requests.push({
      path: key,
      userAgent: req.headers['user-agent'] ?? '',
      accept: req.headers.accept ?? '',
      at: Date.now(),
    });
    const route = routes.get(key) ?? routes.get(url.pathname);
    let response: FakeResponse;
    if (route === undefined) response = { status: 404, body: '{"errors":["not found"]}' };
    else if (typeof route === 'function') response = route(url);
    else if (Array.isArray(route)) {
      const count = served.get(key) ?? 0;
      served.set(key, count + 1);
      response = route[Math.min(count, route.length - 1)] ?? { status: 500 };
    } else response = route;
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(response.status ?? 200, {
        'content-type': 'application/json; charset=utf-8',
        ...response.headers,
      });
      res.end(response.body ?? '');
    };
    if (response.delayMs) {
      const timer = setTimeout(() => {
        pending.delete(timer);
        send();
      }, response.delayMs);
      pending.add(timer);
    } else send();
  }

  const server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route(pathWithQuery, route) {
      routes.set(pathWithQuery, route);
      served.delete(pathWithQuery);
    },
    requestsTo(prefix) {
      return requests.filter((request) => request.path.startsWith(prefix));
    },
    close() {
      for (const timer of pending) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
