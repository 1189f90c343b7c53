/**
 * Export formats: a versioned JSON backup, BibTeX of bookmarks and a Markdown reading list (RIS and
 * CSL-JSON, from the same `citationFacts`, are in `library-citations.ts`).
 * Pure text in, text out; the library page hands the result to a download.
 */
import { arxivIdFromUrl, arxivIdMonth } from '../../lib/arxiv-id';
import { authorLine } from '../../lib/author-line';
import {
  escapeLineStart,
  escapeMarkdownText,
  linkDestination,
} from '../../lib/markdown/escape-markdown';
import { LIBRARY_VERSION, type LibraryData, type LibraryEntry } from './library-schema';

export const BACKUP_KIND = 'paper-digest-library-backup';

export function toBackupJson(data: LibraryData, exportedAt: Date): string {
  return JSON.stringify(
    {
      kind: BACKUP_KIND,
      version: LIBRARY_VERSION,
      exportedAt: exportedAt.toISOString(),
      papers: data.papers,
      issueLikes: data.issueLikes,
    },
    null,
    2,
  );
}

/**
 * What every citation export says of a paper, worked out once so that BibTeX, RIS and CSL-JSON agree.
 * Only what the saved data holds: authors and the published date come from arXiv, never guessed.
 */
export interface CitationFacts {
  /** Unique within one export: `arxiv-2510.13928` (`-2` for a second copy), else `<issue>-<paper>`. */
  key: string;
  /** The English title, or the Korean one when there is none; as saved (may be empty). */
  title: string;
  /** arXiv's authors as arXiv writes them ("First Last"); empty for older saves and other papers. */
  authors: readonly string[];
  arxivId: string | null;
  /** [year, month, day] of arXiv's first version; just [year] from the id (YYMM) without it; or null. */
  issued: [number, number, number] | [number] | null;
  /** arXiv's abstract page, or the digest's link for a paper not on arXiv. */
  url: string | null;
  /** The Korean title when it differs, and the digest week: `…; PyTorchKR 논문 모음 2025-10-20`. */
  note: string;
}

export function citationFacts(entries: readonly LibraryEntry[]): CitationFacts[] {
  const usedKeys = new Set<string>();
  return entries.map(({ paper }) => {
    const arxivId = arxivIdFromUrl(paper.paperUrl);
    const key = uniqueKey(
      arxivId
        ? `arxiv-${arxivId.replace(/[^A-Za-z0-9.-]/g, '-')}`
        : `${paper.issueId}-${paper.paperId}`,
      usedKeys,
    );
    const published = paper.published?.split('-').map(Number) as
      [number, number, number] | undefined;
    return {
      key,
      title: paper.titleEn || paper.titleKo,
      authors: paper.authors ?? [],
      arxivId,
      issued: published ?? idYear(arxivId),
      url: arxivId ? `https://arxiv.org/abs/${arxivId}` : paper.paperUrl,
      note: [
        paper.titleKo && paper.titleKo !== paper.titleEn ? paper.titleKo : '',
        `PyTorchKR 논문 모음 ${paper.issueId}`,
      ]
        .filter(Boolean)
        .join('; '),
    };
  });
}

/** Just the year an arXiv id was numbered in, as a citation's date when arXiv's own is unknown. */
function idYear(arxivId: string | null): [number] | null {
  const month = arxivId ? arxivIdMonth(arxivId) : null;
  return month ? [month[0]] : null;
}

/** BibTeX for the given papers: `@misc` with eprint fields when the arXiv id is known. */
export function toBibtex(entries: readonly LibraryEntry[]): string {
  return citationFacts(entries)
    .map(({ key, title, authors, arxivId, issued, url, note }) => {
      const fields: [string, string][] = [['title', `{${escapeBibtex(title)}}`]];
      if (authors.length > 0) fields.push(['author', authors.map(bibtexName).join(' and ')]);
      if (arxivId) {
        fields.push(['eprint', arxivId], ['archivePrefix', 'arXiv'], ['year', String(issued?.[0])]);
        fields.push(['url', `https://arxiv.org/abs/${arxivId}`]);
      } else if (url) {
        fields.push(['url', escapeBibtexUrl(url)]);
      }
      fields.push(['note', escapeBibtex(note)]);
      const width = Math.max(...fields.map(([name]) => name.length));
      const body = fields
        .map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`)
        .join(',\n');
      return `@misc{${key},\n${body}\n}\n`;
    })
    .join('\n');
}

/**
 * One author for BibTeX's `and`-separated list. arXiv writes "First Last", which BibTeX parses into
 * parts (so styles can abbreviate); a comma would be read as "Last, First" and a lone word "and" would
 * split the person in two, so those are braced.
 */
function bibtexName(name: string): string {
  const escaped = escapeBibtex(name).replace(/(^|\s)(and)(?=\s|$)/gi, '$1{$2}');
  return escaped.includes(',') ? `{${escaped}}` : escaped;
}

function uniqueKey(candidate: string, used: Set<string>): string {
  let key = candidate;
  for (let n = 2; used.has(key); n += 1) key = `${candidate}-${n}`;
  used.add(key);
  return key;
}

/**
 * Makes text safe inside a braced BibTeX value. BibTeX counts every brace, escaped or not, so a brace in
 * a title becomes a command (`\textbraceleft{}`), never `\{`: one stray `{` would otherwise swallow the
 * next field, and `}} @misc(…)` would close the entry and start a new one. `@` and `"` are braced, which
 * keeps them literal for parsers that look for entries or quoted values; LaTeX specials are escaped.
 */
export function escapeBibtex(text: string): string {
  return text
    .replace(/[\\{}%&#_$~^@"]/g, (c) => BIBTEX_ESCAPES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

const BIBTEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '@': '{@}',
  '"': '{"}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  _: '\\_',
  $: '\\$',
};

function escapeBibtexUrl(url: string): string {
  return url.replace(/[{}\\%]/g, (c) => encodeURIComponent(c));
}

export interface MarkdownOptions {
  /** An absolute URL for a route path, to link each paper's page in this app. */
  appUrl: (path: string) => string;
  exportedAt: Date;
}

/** A Markdown reading list grouped by issue: a checkbox per paper (checked when read), both
 * titles, the paper's link and its page here. */
export function toMarkdown(
  entries: readonly LibraryEntry[],
  paperPath: (issueId: string, paperId: string) => string,
  options: MarkdownOptions,
): string {
  const lines = [
    '# 읽기 목록 · Reading list',
    '',
    `${options.exportedAt.toISOString().slice(0, 10)} 내보냄 · ${entries.length}편`,
    '',
  ];
  for (const group of groupByIssue(entries)) {
    const heading = group.issueTitle
      ? `${group.issueId} · ${escapeMarkdown(group.issueTitle)}`
      : group.issueId;
    lines.push(`## ${heading}`, '');
    for (const { paper, readAt } of group.entries) {
      const titles = [paper.titleKo, paper.titleEn].filter(
        (t, i, all) => t && all.indexOf(t) === i,
      );
      lines.push(`- [${readAt ? 'x' : ' '}] **${escapeMarkdown(titles[0] ?? paper.paperId)}**`);
      if (titles[1]) lines.push(`  ${escapeMarkdown(titles[1])}`);
      if (paper.authors && paper.authors.length > 0)
        lines.push(`  ${escapeMarkdown(authorLine(paper.authors, 'ko'))}`);
      const links = [];
      if (paper.paperUrl) links.push(`[논문](${linkDestination(paper.paperUrl)})`);
      links.push(
        `[요약 보기](${linkDestination(options.appUrl(paperPath(paper.issueId, paper.paperId)))})`,
      );
      lines.push(`  ${links.join(' · ')}`);
    }
    lines.push('');
  }
  return lines.join('\n').replace(/\n+$/, '\n');
}

export interface IssueGroup {
  issueId: string;
  issueTitle: string;
  entries: LibraryEntry[];
}

/** Newest issue first; within an issue, in the order given. */
export function groupByIssue(entries: readonly LibraryEntry[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const entry of entries) {
    const { issueId, issueTitle } = entry.paper;
    const group = groups.get(issueId) ?? { issueId, issueTitle, entries: [] };
    if (!group.issueTitle && issueTitle) group.issueTitle = issueTitle;
    group.entries.push(entry);
    groups.set(issueId, group);
  }
  return [...groups.values()].sort((a, b) => b.issueId.localeCompare(a.issueId));
}

/** A title or name as one line of Markdown that any reader shows as written. */
function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeMarkdownText(text.replace(/\s+/g, ' ').trim(), 'any'), 'any');
}
