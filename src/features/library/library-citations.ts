/**
 * RIS and CSL-JSON of the given papers, for reference managers (Zotero, EndNote, Mendeley) and citeproc
 * tools. Built from the same `citationFacts` as the BibTeX export, so the three always agree.
 * Pure text in, text out.
 */
import type { LibraryEntry } from './library-schema';
import { citationFacts } from './library-transfer';

/**
 * RIS has no preprint type. `UNPB` (unpublished work) is the closest: citation-js reads it as a CSL
 * `manuscript` that keeps the arXiv id (`M1`) as its number, EndNote as an Unpublished Work. Zotero,
 * whose RIS knows no preprint, takes it for a journal article, as it does `GEN`. `JOUR` would claim a
 * journal and `ELEC` a web page; no RIS type is read back as CSL's own preprint type, `article`.
 */
const RIS_TYPE = 'UNPB';

/** One record per paper: TY first, ER last, CRLF line ends (as the RIS specification writes them). */
export function toRis(entries: readonly LibraryEntry[]): string {
  return citationFacts(entries)
    .map(({ title, authors, arxivId, issued, url, note }) => {
      const tags: [string, string][] = [
        ['TY', RIS_TYPE],
        ['TI', title],
      ];
      for (const author of authors) tags.push(['AU', risName(author)]);
      if (issued) {
        const [year, month, day] = issued;
        tags.push(['PY', String(year)]);
        if (month && day) tags.push(['DA', `${year}/${pad(month)}/${pad(day)}/`]);
      }
      if (url) tags.push(['UR', url.replace(/[\s\p{Cc}]/gu, encodeURIComponent)]);
      if (arxivId) tags.push(['DB', 'arXiv'], ['M1', `arXiv:${arxivId}`]);
      tags.push(['N1', note]);
      const lines = tags
        .map(([tag, value]) => [tag, oneLine(value)])
        .filter(([, value]) => value)
        .map(([tag, value]) => `${tag}  - ${value}`);
      return [...lines, 'ER  - ', ''].join('\r\n');
    })
    .join('\r\n');
}

/**
 * RIS reads an author as "Last, First[, Suffix]", so arXiv's "First Last" is turned when that is plain;
 * any other name is written as arXiv gives it (RIS has no quoting: a comma in it reads as "Last, First").
 */
function risName(name: string): string {
  const parts = splitName(name);
  if (!parts) return name;
  return [parts.family, parts.given, parts.suffix].filter(Boolean).join(', ');
}

export interface CslName {
  family?: string;
  given?: string;
  suffix?: string;
  literal?: string;
}

/** A CSL-JSON item (https://citationstyles.org, csl-data.json), as arXiv's own preprints are typed. */
export interface CslItem {
  id: string;
  type: 'article';
  title?: string;
  author?: CslName[];
  issued?: { 'date-parts': [number[]] };
  URL?: string;
  publisher?: string;
  number?: string;
  note: string;
}

export function toCslItems(entries: readonly LibraryEntry[]): CslItem[] {
  return citationFacts(entries).map(({ key, title, authors, arxivId, issued, url, note }) => ({
    id: key,
    type: 'article',
    ...(oneLine(title) && { title: oneLine(title) }),
    ...(authors.length > 0 && {
      author: authors.map((name) => splitName(name) ?? { literal: oneLine(name) }),
    }),
    ...(issued && { issued: { 'date-parts': [[...issued]] } }),
    ...(url && { URL: url }),
    // Where Zotero puts a preprint's repository and archive id, and what APA prints: "(arXiv:…). arXiv."
    ...(arxivId && { publisher: 'arXiv', number: `arXiv:${arxivId}` }),
    note: oneLine(note),
  }));
}

export function toCslJson(entries: readonly LibraryEntry[]): string {
  return `${JSON.stringify(toCslItems(entries), null, 2)}\n`;
}

/** Capitalised, with a small letter: Ada, O'Neil, Jean-Luc, LeCun; not ATLAS, not 김철수 (no case). */
const WORD = /^\p{Lu}(?=[\p{L}\p{M}'’-]*\p{Ll})[\p{L}\p{M}'’-]*$/u;
const INITIALS = /^(?:\p{Lu}\.-?)+$/u;
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
/** Last words of group authors ("Qwen Team", "Google DeepMind"), which have no given name to split. */
const GROUP = /^(?:team|collaboration|consortium|group|labs?|project|research|deepmind)$/i;

/**
 * A name in parts when arXiv's "First Last" is unambiguous: one given name or initials, then one family
 * name ("Ada Kim", "John D. Smith", "J. R. R. Tolkien"), maybe with a ", Jr." suffix. Particles
 * ("van der"), several family names, one word, a name in a script without case, a group: null.
 */
function splitName(name: string): { family: string; given: string; suffix?: string } | null {
  const [main = '', suffix, ...rest] = oneLine(name).split(/\s*,\s*/);
  if (rest.length > 0 || (suffix !== undefined && !SUFFIX.test(suffix))) return null;
  const words = main.split(' ');
  const family = words.pop() ?? '';
  const [first = '', ...middle] = words;
  const plain =
    WORD.test(family) &&
    !GROUP.test(family) &&
    (WORD.test(first) || INITIALS.test(first)) &&
    middle.every((word) => INITIALS.test(word));
  if (!plain) return null;
  return { family, given: words.join(' '), ...(suffix && { suffix }) };
}

/** No line breaks or control characters (a title cannot start an RIS tag) and single spaces. */
function oneLine(text: string): string {
  return text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
