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

/** The data files a prerendered page was rendered from (path → fingerprint), while its app starts. */
let expected = new Map<string, string>();
/** The fingerprints of those files as fetched. Nothing else is fingerprinted: no cost on other fetches. */
const fetched = new Map<string, string>();

/** `path=fingerprint` pairs, space-separated: the form the prerender writes. */
export function formatFingerprints(entries: Iterable<[string, string]>): string {
  return Array.from(entries, ([path, print]) => `${path}=${print}`).join(' ');
}

/** Starts watching for the files `listed` (formatFingerprints' form), before the page's data is fetched. */
export function expectData(listed: string) {
  expected = new Map(
    listed
      .split(/\s+/)
      .filter(Boolean)
      .map((entry) => {
        const at = entry.lastIndexOf('=');
        return [entry.slice(0, at), entry.slice(at + 1)] as const;
      }),
  );
  fetched.clear();
}

/** Notes the fingerprint of a response's text when it is one of the files expected. */
export function noteFetched(url: string, text: string) {
  if (expected.size === 0) return;
  try {
    const path = new URL(url, location.href).pathname;
    if (expected.has(path)) fetched.set(path, fingerprint(text));
  } catch {
    // NOTE: no location (a test outside the browser): nothing was prerendered either.
  }
}

/** Whether every expected file was fetched with the fingerprint it had when the page was prerendered. */
export function sameDataAsPrerendered(): boolean {
  const same = [...expected].every(([path, print]) => fetched.get(path) === print);
  expected = new Map();
  return same;
}
