/**
 * The href a link from the data may keep: absolute http(s) and mailto URLs, and same-page fragments
 * (`#paper-…`, which the app itself writes for highlight mentions). Anything else (javascript:, data:,
 * relative paths, protocol-relative `//host`) is refused with null, and the text renders unlinked.
 */
export function safeHref(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const href = value.trim();
  if (href === '') return null;
  if (/^#[A-Za-z0-9_-]+$/.test(href)) return href;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  if (url.protocol === 'mailto:' && url.pathname.includes('@')) return url.href;
  return null;
}

export function isFragmentHref(href: string): boolean {
  return href.startsWith('#');
}
