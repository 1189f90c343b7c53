/**
 * What "Copy citation" and "Share" do, loaded on the first click (components/paper-share.tsx) so the
 * reading pages do not download the BibTeX writer, or its messages (paper-share-text.ts), before anyone asks.
 */
import type { Issue, Paper } from '../../data/schema';
import type { InterfaceLanguage } from '../../lib/reading-language';
import { paths } from '../../config/paths';
import { toSavedPaper } from './library-schema';
import { toBibtex } from './library-transfer';
import { paperShareText } from './paper-share-text';

type ShareIssue = Pick<Issue, 'id' | 'title'>;

/**
 * Copies the paper's BibTeX, or shares its page (the system's share sheet where the browser has one,
 * else the link copied). Returns what to tell the reader: empty when the share sheet said it all.
 */
export async function sharePaper(
  action: 'cite' | 'share',
  issue: ShareIssue,
  paper: Paper,
  language: InterfaceLanguage,
): Promise<string> {
  const text = paperShareText(language);
  try {
    if (action === 'cite') {
      await navigator.clipboard.writeText(paperBibtex(issue, paper));
      return text.citationCopied;
    }
    const url = paperPageUrl(issue, paper, location.href);
    if ((await shareLink(paper.titleEn || paper.titleKo || paper.id, url)) !== 'unavailable')
      return '';
    await navigator.clipboard.writeText(url);
    return text.linkCopied;
  } catch {
    return text.copyFailed;
  }
}

/** The paper's BibTeX entry, exactly as the library's BibTeX export writes it. */
export function paperBibtex(issue: ShareIssue, paper: Paper): string {
  return toBibtex([
    { paper: toSavedPaper(issue, paper), likedAt: null, bookmarkedAt: null, readAt: null },
  ]);
}

/** The paper page's absolute address, under the app's base path. */
export function paperPageUrl(issue: ShareIssue, paper: Paper, page: string): string {
  return new URL(import.meta.env.BASE_URL + paths.paper(issue.id, paper.id).slice(1), page).href;
}

/**
 * Opens the system's share sheet when the browser has one: 'shared', 'cancelled' when the reader
 * closed it, or 'unavailable' when the caller should copy the link instead.
 */
async function shareLink(
  title: string,
  url: string,
): Promise<'shared' | 'cancelled' | 'unavailable'> {
  if (typeof navigator.share !== 'function') return 'unavailable';
  try {
    await navigator.share({ title, url });
    return 'shared';
  } catch (error) {
    return (error as Error).name === 'AbortError' ? 'cancelled' : 'unavailable';
  }
}
