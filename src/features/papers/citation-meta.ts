/**
 * The Highwire Press `citation_*` meta tags of a paper page, which Zotero's connector (and Google
 * Scholar) read to save a paper with its real title, authors and PDF. Written into every prerendered
 * paper page by scripts/prerender.ts and kept current by the paper page in the browser
 * (use-citation-meta.ts). Only what we know: authors and the exact date come from arXiv's metadata
 * after a sync; an arXiv id alone still gives the month it was submitted (its YYMM).
 */
import { MAX_CITED_AUTHORS, type Paper } from '../../data/schema.ts';
// With their extensions: scripts/prerender.ts imports this file from vite.config.ts, whose loader
// needs them.
import { arxivIdMonth } from '../../lib/arxiv-id.ts';
import { arxivLinks } from './paper-text.ts';

export type CitationMeta = readonly (readonly [name: string, content: string])[];

export function citationMeta(paper: Paper): CitationMeta {
  const title = paper.titleEn || paper.titleKo;
  if (!title) return [];
  const tags: [string, string][] = [['citation_title', title]];
  for (const author of (paper.arxiv?.authors ?? []).slice(0, MAX_CITED_AUTHORS))
    tags.push(['citation_author', author]);
  const id = paper.arxivId ?? paper.arxiv?.id;
  const month = id ? arxivIdMonth(id) : null;
  const date = paper.arxiv
    ? paper.arxiv.published.replaceAll('-', '/')
    : month && `${month[0]}/${String(month[1]).padStart(2, '0')}`;
  if (date) tags.push(['citation_publication_date', date]);
  const links = arxivLinks(paper);
  if (id && links) {
    tags.push(['citation_arxiv_id', id]);
    tags.push(['citation_pdf_url', paper.arxiv?.pdfUrl ?? links.pdf]);
    tags.push(['citation_abstract_html_url', links.abs]);
  }
  return tags;
}
