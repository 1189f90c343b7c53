import type { InterfaceText } from '../../lib/interface-text';
import { FetchFailure } from '../../lib/fetch-json';

/** What went wrong, for the reader (message) and for whoever reports it (details). */
export function describeFailure(
  error: unknown,
  text: InterfaceText,
): { message: string; details?: string } {
  if (!(error instanceof FetchFailure)) {
    return {
      message: text.errorUnknown,
      details: error instanceof Error ? error.message : undefined,
    };
  }
  const message =
    error.kind === 'network'
      ? text.errorNetwork
      : error.kind === 'http'
        ? text.errorHttp(error.status)
        : error.kind === 'json'
          ? text.errorJson
          : text.errorSchema;
  return { message, details: error.message };
}

/** A missing file (404/410) means "no such issue", not "something broke". */
export function isNotFoundFailure(error: unknown): boolean {
  return (
    error instanceof FetchFailure &&
    error.kind === 'http' &&
    (error.status === 404 || error.status === 410)
  );
}
