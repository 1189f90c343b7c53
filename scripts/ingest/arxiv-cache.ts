/**
 * arXiv's metadata for the papers the digests link, kept in the repo (content/arxiv.json) so the
 * ingest, CI and every build work offline. The sync fills it; the ingest copies an entry into each
 * paper whose link is that arXiv paper.
 */
import * as z from 'zod/mini';
import {
  arxivIdSchema,
  describeSchemaError,
  arxivMetadataSchema,
  type ArxivMetadata,
  type Paper,
} from '../../src/data/schema';
import { arxivIdFromUrl } from '../../src/lib/arxiv-id';

export const cachedArxivEntrySchema = z.object({
  ...arxivMetadataSchema.shape,
  id: arxivIdSchema,
  /** arXiv's title, kept to tell at a glance that an entry is the paper the digest meant. */
  title: z.string(),
});

export const arxivCacheSchema = z.object({
  version: z.literal(1),
  /** By arXiv id; `null` when arXiv had no such paper (not asked again; delete the key to retry). */
  entries: z.record(arxivIdSchema, z.nullable(cachedArxivEntrySchema)),
});

export type CachedArxivEntry = z.infer<typeof cachedArxivEntrySchema>;
export type ArxivCache = Map<string, CachedArxivEntry | null>;

export function parseArxivCache(value: unknown): ArxivCache | string {
  const parsed = arxivCacheSchema.safeParse(value);
  // With each problem's path: the schema's messages ("too long: at most 300 characters") name no field.
  if (!parsed.success) return describeSchemaError(parsed.error);
  return new Map(Object.entries(parsed.data.entries));
}

/** The cache as written: entries sorted by id, so equal caches are equal bytes. */
export function arxivCacheData(cache: ArxivCache): z.infer<typeof arxivCacheSchema> {
  const entries: Record<string, CachedArxivEntry | null> = {};
  for (const id of [...cache.keys()].sort()) entries[id] = cache.get(id) ?? null;
  return { version: 1, entries };
}

function metadataOf(entry: CachedArxivEntry): ArxivMetadata {
  const { id, authors, published, primaryCategory, pdfUrl } = entry;
  return { id, authors, published, primaryCategory, pdfUrl };
}

/**
 * The paper with its arXiv id when its link is an arXiv paper, and arXiv's metadata when the cache
 * knows that id. The id alone is enough for the reader's arXiv, PDF, Hugging Face and alphaXiv links.
 */
export function withArxiv(paper: Paper, cache: ArxivCache): Paper {
  const id = arxivIdFromUrl(paper.paperUrl);
  if (id === null) return paper;
  const entry = cache.get(id);
  return { ...paper, arxivId: id, ...(entry && { arxiv: metadataOf(entry) }) };
}
