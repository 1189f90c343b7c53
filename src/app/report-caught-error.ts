import type { ErrorInfo } from 'react';

/**
 * The root's onCaughtError. A boundary that recovers in place (a Markdown block falling back to plain
 * text: it says so with a static `recoversInPlace`) logs its own warning, because hostile data is
 * expected there; every other error a boundary catches is still reported as an error.
 */
export function reportCaughtError(
  error: unknown,
  { errorBoundary }: ErrorInfo & { errorBoundary?: unknown },
) {
  const boundary = (errorBoundary as { constructor?: { recoversInPlace?: boolean } } | undefined)
    ?.constructor;
  if (!boundary?.recoversInPlace) console.error(error);
}
