/**
 * arXiv metadata for the papers the digest links: ids from links, the Atom feed of arXiv's query API
 * (`id_list=…`) read into what the app shows (authors, first published date, primary category, PDF link).
 */
import { XMLParser } from 'fast-xml-parser';
import { FIELD_LIMITS } from '../../src/data/schema';
import { arxivIdFromUrl, canonicalArxivId } from '../../src/lib/arxiv-id';
import { cachedArxivEntrySchema, type CachedArxivEntry } from '../ingest/arxiv-cache';

/** Caps that keep an entry within the data's schema: a physics collaboration lists thousands. */
const MAX_AUTHORS = FIELD_LIMITS.authors;
const MAX_NAME = FIELD_LIMITS.authorName;

export function arxivQueryUrl(base: string, ids: readonly string[]): string {
  const url = new URL(base);
  // id_list answers are capped by max_results (10 by default) like any other query. The ids are
  // joined by plain commas, as arXiv's manual writes them (URLSearchParams would send %2C).
  const ours = `id_list=${ids.map(encodeURIComponent).join(',')}&max_results=${ids.length}`;
  url.search = url.search ? `${url.search}&${ours}` : `?${ours}`;
  return url.toString();
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // arXiv declares its namespaces on each element; match names, not prefixes.
  removeNSPrefix: true,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
  // Text stays text: an id like 2510.13928 must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

type XmlNode = Record<string, unknown>;

function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && '#text' in value)
    return String((value as XmlNode)['#text']);
  return '';
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function httpsArxiv(url: string): string {
  return url.replace(/^http:\/\/(www\.)?arxiv\.org\//i, 'https://arxiv.org/');
}

export interface ArxivFeed {
  /** Entries by canonical id (without version; old-style ids without their subject class). */
  entries: Map<string, CachedArxivEntry>;
  /** arXiv's own error entries (an id it refuses), and entries that could not be kept, in words. */
  errors: string[];
}

/** Reads an arXiv API Atom feed. Throws when the body is not an Atom feed at all. */
export function parseArxivFeed(xml: string): ArxivFeed {
  let document: XmlNode;
  try {
    document = parser.parse(xml, true) as XmlNode;
  } catch (error) {
    throw new Error(`not valid XML (${(error as Error).message.split('\n')[0]})`);
  }
  const feed = document.feed as XmlNode | undefined;
  if (!feed || typeof feed !== 'object') throw new Error('not an Atom feed (no <feed>)');
  const entries = new Map<string, CachedArxivEntry>();
  const errors: string[] = [];
  for (const entry of (feed.entry as XmlNode[] | undefined) ?? []) {
    const idUrl = squash(textOf(entry.id));
    if (/\/api\/errors/.test(idUrl)) {
      errors.push(squash(textOf(entry.summary)) || squash(textOf(entry.title)) || idUrl);
      continue;
    }
    const id = arxivIdFromUrl(httpsArxiv(idUrl));
    const title = squash(textOf(entry.title));
    // An unknown id comes back as no entry, or as an entry with no id, title or date: not a paper.
    // Entries are matched by id, never by their order.
    if (id === null || title === '') continue;
    const published = /^\d{4}-\d{2}-\d{2}/.exec(textOf(entry.published))?.[0];
    if (published === undefined) continue;
    const authors = ((entry.author as XmlNode[] | undefined) ?? [])
      .map((author) => squash(textOf(author.name)).slice(0, MAX_NAME))
      .filter((name) => name !== '')
      .slice(0, MAX_AUTHORS);
    const links = (entry.link as XmlNode[] | undefined) ?? [];
    const pdf = links.find(
      (link) => link['@title'] === 'pdf' || link['@type'] === 'application/pdf',
    )?.['@href'];
    const primary = (entry.primary_category as XmlNode | undefined)?.['@term'];
    const firstCategory = ((entry.category as XmlNode[] | undefined) ?? [])[0]?.['@term'];
    const category = typeof primary === 'string' ? primary : firstCategory;
    const candidate = cachedArxivEntrySchema.safeParse({
      id,
      title,
      authors,
      published,
      primaryCategory: typeof category === 'string' && category !== '' ? category : null,
      pdfUrl: typeof pdf === 'string' ? httpsArxiv(pdf) : `https://arxiv.org/pdf/${id}`,
    });
    if (candidate.success) entries.set(canonicalArxivId(id), candidate.data);
    else
      errors.push(
        `the entry for ${id} does not fit the cache (${candidate.error.issues[0]?.message ?? 'invalid'})`,
      );
  }
  return { entries, errors };
}
