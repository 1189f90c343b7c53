/**
 * arXiv identifiers in links: one reading for the app (exports) and the ingest and sync (metadata).
 * Pure; no React, no DOM.
 */
const ARXIV_HOSTS = new Set([
  'arxiv.org',
  'www.arxiv.org',
  'export.arxiv.org',
  'alphaxiv.org',
  'www.alphaxiv.org',
]);
const NEW_ID = /^(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?$/;
const OLD_ID = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?:\.pdf)?$/;

/** An arXiv id without its version (`arXiv:2510.13928v2` → `2510.13928`), or null. */
export function normalizeArxivId(value: string): string | null {
  const id = value.trim().replace(/^arxiv:/i, '');
  const modern = NEW_ID.exec(id)?.[1];
  if (modern !== undefined) return isRealNewId(modern) ? modern : null;
  return OLD_ID.exec(id)?.[1] ?? null;
}

/**
 * A new-style id names a month (YYMM, from 0704) and a number of 4 digits until 1412, 5 since 1501:
 * `2510.1392` is a typo, not a paper, and would make arXiv refuse the whole request it is in.
 */
function isRealNewId(id: string): boolean {
  const [yymm = '', number = ''] = id.split('.');
  const month = Number(yymm.slice(2));
  if (month < 1 || month > 12 || yymm < '0704') return false;
  return number.length === (yymm >= '1501' ? 5 : 4);
}

/**
 * The form arXiv itself answers with: an old-style id loses its subject class
 * (`math.GT/0309136` → `math/0309136`), a new-style one is unchanged.
 */
export function canonicalArxivId(id: string): string {
  return id.replace(/^([a-z-]+)\.[A-Z]{2}\//, '$1/');
}

/** The arXiv identifier in an arXiv (or alphaXiv / Hugging Face papers) URL, without its version. */
export function arxivIdFromUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase();
  const path = parsed.pathname;
  let rest: string | null = null;
  if (ARXIV_HOSTS.has(host)) {
    rest = /^\/(?:abs|pdf|html|overview)\/(.+?)\/?$/.exec(path)?.[1] ?? null;
  } else if (host === 'huggingface.co' || host === 'www.huggingface.co') {
    rest = /^\/papers\/(.+?)\/?$/.exec(path)?.[1] ?? null;
  }
  if (!rest) return null;
  return normalizeArxivId(rest.replace(/\.pdf$/, ''));
}

/**
 * The year and month arXiv numbered a paper in, read from its id: `2510.13928` → [2025, 10],
 * `hep-th/9901001` → [1999, 1]. arXiv began in 1991, so `91`–`99` are the 1900s.
 */
export function arxivIdMonth(id: string): [year: number, month: number] | null {
  const yymm = /^(\d{2})(\d{2})\./.exec(id) ?? /\/(\d{2})(\d{2})\d{3}$/.exec(id);
  if (!yymm) return null;
  const yy = Number(yymm[1]);
  return [yy >= 91 ? 1900 + yy : 2000 + yy, Number(yymm[2])];
}
