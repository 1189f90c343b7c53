import { dataUrls } from '../../config/paths';
import { issueIndexSchema, issueSchema, type Issue, type IssueSummary } from '../../data/schema';
import { fetchJson } from '../../lib/fetch-json';
import { markdownToPlainText } from './plain-text';
import { normalizeText } from './tokenize';
import type { SearchDocument } from './search-types';

/** Every paper of an issue as the index reads it: plain, NFC-normalized text. */
export function toSearchDocuments(issue: Issue): SearchDocument[] {
  const plain = (markdown: string) => normalizeText(markdownToPlainText(markdown));
  return issue.papers.map((paper, order) => ({
    id: `${issue.id}/${paper.id}`,
    issueId: issue.id,
    issueEnd: issue.period.end,
    paperId: paper.id,
    order,
    titleKo: plain(paper.titleKo),
    titleEn: plain(paper.titleEn),
    summary: plain(paper.summary),
    abstractKo: plain(paper.abstractKo),
    abstractEn: plain(paper.abstractEn),
  }));
}

export interface LoadedArchive {
  issues: IssueSummary[];
  documents: SearchDocument[];
  /** Issues whose file could not be read; the rest are still searchable. */
  failedIssueIds: string[];
}

/** Fetching every issue at once would queue hundreds of requests; a few at a time keeps order. */
const CONCURRENCY = 6;

export async function loadArchive(signal?: AbortSignal): Promise<LoadedArchive> {
  const index = await fetchJson(dataUrls.index(), issueIndexSchema, signal);
  const documents: SearchDocument[][] = new Array(index.issues.length);
  const failed: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < index.issues.length) {
      const position = next++;
      const summary = index.issues[position] as IssueSummary;
      try {
        const issue = await fetchJson(dataUrls.issue(summary.id), issueSchema, signal);
        documents[position] = toSearchDocuments(issue);
      } catch (error) {
        if (signal?.aborted) throw error;
        failed.push(summary.id);
        documents[position] = [];
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, index.issues.length) }, worker));
  return { issues: index.issues, documents: documents.flat(), failedIssueIds: failed.sort() };
}
