import type { Segment } from './snippet';

/** One paper as the index sees it: plain text (Markdown and math already flattened). */
export interface SearchDocument {
  /** `${issueId}/${paperId}`, unique across the archive. */
  id: string;
  issueId: string;
  issueEnd: string;
  paperId: string;
  /** Position of the paper within its issue, for a stable order among equals. */
  order: number;
  titleKo: string;
  titleEn: string;
  summary: string;
  abstractKo: string;
  abstractEn: string;
}

export const SEARCH_FIELDS = ['titleKo', 'titleEn', 'summary', 'abstractKo', 'abstractEn'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** Where a result matched best: title before summary before abstract. */
export type MatchPlace = 'title' | 'summary' | 'abstract';

export interface SearchHit {
  id: string;
  issueId: string;
  issueEnd: string;
  paperId: string;
  matchedIn: MatchPlace;
  titleKo: Segment[];
  titleEn: Segment[];
  /** From the summary (or the Korean abstract), around the first match. */
  snippetKo: Segment[];
  /** From the English abstract, around the first match. */
  snippetEn: Segment[];
}

export interface SearchRequest {
  query: string;
  /** Only this issue's papers, or every issue when absent. */
  issueId?: string;
  /** How many hits to return in full (the total is always counted). */
  limit?: number;
}

export interface SearchResponse {
  query: string;
  /** The words that were matched, after particles were stripped (e.g. `캐시를` -> `캐시`). */
  words: string[];
  /** Hits in the chosen issue (or all issues). */
  total: number;
  /** Hits per issue before the issue filter, newest issue first. */
  perIssue: Array<{ issueId: string; count: number }>;
  hits: SearchHit[];
}
