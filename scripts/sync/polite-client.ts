/**
 * HTTP GET for the sync, polite to the servers it reads: one User-Agent naming the project, one request at
 * a time to a server with a minimum pause after each answer, a timeout on every request (headers and
 * body), retries with exponential backoff on network errors and 5xx, and a 429 waited out as its
 * `Retry-After` asks. Node's own `fetch`; no state beyond the end of the last answer.
 */

export interface PoliteClientOptions {
  userAgent: string;
  /**
   * At least this long between the end of one answer and the next request (the server's published
   * limit: kept as seen by the server, however long a request took to get there).
   */
  minIntervalMs: number;
  /** Per attempt, from sending the request to the last byte of the body. */
  timeoutMs: number;
  /** Attempts after the first one, for network errors, timeouts, 5xx and 429. */
  retries: number;
  /** Backoff before retry k (k = 1, 2, …) is `backoffMs * 2^(k-1)`. */
  backoffMs: number;
  /** A `Retry-After` longer than this is not waited out: the request fails with a clear message. */
  maxRetryAfterMs: number;
  /** Bodies larger than this are refused (a digest's topic JSON is well under 1 MB). */
  maxBodyBytes: number;
  /** Told about every retry and wait, for the progress output. */
  onRetry?: (message: string) => void;
  /** Injected for tests of the clock-free parts; defaults to a real timer. */
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_CLIENT_OPTIONS = {
  timeoutMs: 30_000,
  retries: 3,
  backoffMs: 2_000,
  maxRetryAfterMs: 5 * 60_000,
  maxBodyBytes: 20 * 1024 * 1024,
} satisfies Partial<PoliteClientOptions>;

export interface HttpResponse {
  url: string;
  status: number;
  body: string;
  /** The `Retry-After` header, in milliseconds, when the server sent a readable one. */
  retryAfterMs?: number;
}

/** A request that failed for good (after its retries): says what happened, in a reader's words. */
export class FetchError extends Error {
  readonly status: number | null;
  constructor(message: string, status: number | null) {
    super(message);
    this.name = 'FetchError';
    this.status = status;
  }
}

const realSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms);
  });

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

async function readBody(response: Response, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await response.body?.cancel();
    throw new FetchError(`the response is too large (${declared} bytes)`, null);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new FetchError(`the response is larger than ${limit} bytes`, null);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describeNetworkError(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${(timeoutMs / 1000).toFixed(timeoutMs < 1000 ? 1 : 0)} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  if (cause?.code) return `network error (${cause.code})`;
  return `network error (${error instanceof Error ? error.message : String(error)})`;
}

export interface PoliteClient {
  get(url: string, accept: string): Promise<HttpResponse>;
  /** How many requests went out (attempts, retries included). */
  readonly requestCount: number;
}

export function createPoliteClient(options: PoliteClientOptions): PoliteClient {
  const sleep = options.sleep ?? realSleep;
  /** When the next request may go out: the end of the last answer plus the interval. */
  let nextStart = 0;
  /** The request in flight (or done): the next one waits for it, so one is in flight at a time. */
  let inFlight: Promise<unknown> = Promise.resolve();
  let requestCount = 0;

  // NOTE: spaced from the end of the answer, not from the start of the request: spacing the starts lets
  // two requests reach the server together when the first one was slow to leave (a busy machine).
  function attempt(url: string, accept: string): Promise<HttpResponse> {
    const turn = inFlight.then(async () => {
      const wait = nextStart - Date.now();
      if (wait > 0) await sleep(wait);
      try {
        return await send(url, accept);
      } finally {
        nextStart = Date.now() + options.minIntervalMs;
      }
    });
    inFlight = turn.catch(() => undefined);
    return turn;
  }

  async function send(url: string, accept: string): Promise<HttpResponse> {
    requestCount += 1;
    const response = await fetch(url, {
      headers: { 'user-agent': options.userAgent, accept },
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    // A redirect may only stay on the server that was asked (a listing's next page, a moved topic).
    if (response.url && new URL(response.url).origin !== new URL(url).origin) {
      await response.body?.cancel();
      throw new FetchError(`redirected to another site (${new URL(response.url).origin})`, null);
    }
    const body = await readBody(response, options.maxBodyBytes);
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    return { url: response.url || url, status: response.status, body, retryAfterMs };
  }

  async function get(url: string, accept: string): Promise<HttpResponse> {
    let lastProblem = '';
    for (let tryNumber = 0; tryNumber <= options.retries; tryNumber++) {
      let response: HttpResponse | undefined;
      try {
        response = await attempt(url, accept);
      } catch (error) {
        if (error instanceof FetchError) throw error;
        lastProblem = describeNetworkError(error, options.timeoutMs);
      }
      if (response) {
        if (response.status >= 200 && response.status < 300) return response;
        lastProblem = `HTTP ${response.status}`;
        if (response.status !== 429 && response.status < 500)
          throw new FetchError(lastProblem, response.status);
      }
      if (tryNumber === options.retries) break;
      const backoff = options.backoffMs * 2 ** tryNumber;
      let wait = backoff;
      // A 429 (or a 503) that says how long to wait is waited out exactly that long.
      const retryAfter = response?.retryAfterMs;
      if (response && retryAfter !== undefined) {
        if (retryAfter > options.maxRetryAfterMs) {
          throw new FetchError(
            `HTTP ${response.status}: the server asks to wait ${Math.round(retryAfter / 1000)} s, longer than the ${Math.round(options.maxRetryAfterMs / 1000)} s this sync waits`,
            response.status,
          );
        }
        wait = retryAfter;
      }
      options.onRetry?.(
        `${lastProblem} from ${url}; trying again in ${(wait / 1000).toFixed(1)} s (${tryNumber + 1}/${options.retries})`,
      );
      await sleep(wait);
    }
    const status = /^HTTP (\d+)/.exec(lastProblem)?.[1];
    throw new FetchError(
      `${lastProblem} (after ${options.retries + 1} attempts)`,
      status !== undefined ? Number(status) : null,
    );
  }

  return {
    get,
    get requestCount() {
      return requestCount;
    },
  };
}
