/**
 * How complete a parsed week is, so that a week read from two sources (a hand copy and the forum's
 * topic) keeps the better one, and a good week is never replaced by a worse parse.
 */
import type { Issue } from '../../src/data/schema';

export interface ParseQuality {
  papers: number;
  /** Parts of papers the ingest expected but did not find (fewer is better). */
  missingParts: number;
  highlights: number;
  /** Names in the highlights that link to a paper. */
  mentions: number;
  /** Papers with a link to the paper itself. */
  linkedPapers: number;
}

export function qualityOf(issue: Issue): ParseQuality {
  return {
    papers: issue.papers.length,
    missingParts: issue.papers.reduce((sum, paper) => sum + paper.missing.length, 0),
    highlights: issue.highlights.length,
    mentions: issue.highlights.reduce((sum, highlight) => sum + highlight.mentions.length, 0),
    linkedPapers: issue.papers.filter((paper) => paper.paperUrl !== null).length,
  };
}

const ORDER: { key: keyof ParseQuality; better: 1 | -1; words: string }[] = [
  { key: 'papers', better: 1, words: 'papers' },
  { key: 'missingParts', better: -1, words: 'missing parts' },
  { key: 'highlights', better: 1, words: 'highlights' },
  { key: 'mentions', better: 1, words: 'highlight links' },
  { key: 'linkedPapers', better: 1, words: 'paper links' },
];

/** Positive when `a` is the better parse, negative when `b` is, 0 when they are as good. */
export function compareQuality(a: ParseQuality, b: ParseQuality): number {
  for (const { key, better } of ORDER) {
    if (a[key] !== b[key]) return (a[key] - b[key]) * better;
  }
  return 0;
}

/** The first way in which `worse` falls short of `better`, e.g. "8 papers instead of 10". */
export function describeShortfall(worse: ParseQuality, better: ParseQuality): string {
  for (const { key, words } of ORDER) {
    if (worse[key] !== better[key]) return `${worse[key]} ${words} instead of ${better[key]}`;
  }
  return 'as good';
}
