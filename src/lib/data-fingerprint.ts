/*
 * A prerendered page is hydrated only when the data the app fetched is the data it was prerendered
 * from (src/app/take-over.tsx): a page cached from an earlier deploy, or data updated since the build,
 * is rendered anew instead. The prerender (scripts/prerender.ts) lists the fingerprint of each data file
 * it used on #root; the app's fetches note the fingerprint of each response they read.
 */

/** FNV-1a (32 bits) over the UTF-16 code units of `text`, in hex: the same in Node and the browser. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const fetched = new Map<string, string>();

/** Notes the fingerprint of a response's text, by its path (`/data/issues/…json`). */
export function noteFetched(url: string, text: string) {
  try {
    fetched.set(new URL(url, location.href).pathname, fingerprint(text));
  } catch {
    // NOTE: no location (a test outside the browser): nothing was prerendered either.
  }
}

/** `path=fingerprint` pairs, space-separated: the form the prerender writes. */
export function formatFingerprints(entries: Iterable<[string, string]>): string {
  return Array.from(entries, ([path, print]) => `${path}=${print}`).join(' ');
}

/** Whether every file `listed` (formatFingerprints' form) was fetched with the same fingerprint. */
export function sameDataAsPrerendered(listed: string): boolean {
  return listed
    .split(/\s+/)
    .filter(Boolean)
    .every((entry) => {
      const at = entry.lastIndexOf('=');
      return fetched.get(entry.slice(0, at)) === entry.slice(at + 1);
    });
}
