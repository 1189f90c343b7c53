import type * as z from 'zod/mini';
import { describeSchemaError } from '../data/describe-schema-error';

/** Reads every response's text as fetched; set by a prerendered page's take-over (data-fingerprint.ts). */
let observer: ((url: string, text: string) => void) | null = null;

/** Hands each response's text to `observe` from now on (null: to nobody). */
export function observeFetchedText(observe: ((url: string, text: string) => void) | null) {
  observer = observe;
}

export type FetchFailureKind = 'network' | 'http' | 'json' | 'schema';

/** A fetch that failed, with what failed in words a reader can act on. */
export class FetchFailure extends Error {
  readonly kind: FetchFailureKind;
  readonly url: string;
  readonly status?: number;
  constructor(kind: FetchFailureKind, url: string, message: string, status?: number) {
    super(message);
    this.name = 'FetchFailure';
    this.kind = kind;
    this.url = url;
    this.status = status;
  }
}

/**
 * Fetches JSON and parses it with a schema. Every way it can fail becomes a FetchFailure. The schema
 * may still be downloading (a lazily imported validator): it then loads in parallel with the JSON.
 */
export async function fetchJson<T>(
  url: string,
  schema: z.ZodMiniType<T> | Promise<z.ZodMiniType<T>>,
  signal?: AbortSignal,
): Promise<T> {
  const body = await fetchRawJson(url, signal);
  const parsed = (await schema).safeParse(body);
  if (!parsed.success) {
    throw new FetchFailure(
      'schema',
      url,
      `The data at ${url} is not in the expected shape: ${describeSchemaError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Fetches and JSON-decodes, without a schema (for callers that validate piece by piece). */
export async function fetchRawJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new FetchFailure('network', url, `Could not reach the server for ${url}.`);
  }
  if (!response.ok) {
    throw new FetchFailure(
      'http',
      url,
      `The server answered ${response.status} for ${url}.`,
      response.status,
    );
  }
  try {
    // Read as text first: its fingerprint tells a prerendered page whether it shows this data.
    const text = await response.text();
    observer?.(response.url || url, text);
    return JSON.parse(text) as unknown;
  } catch {
    throw new FetchFailure('json', url, `The file at ${url} is not valid JSON.`);
  }
}
