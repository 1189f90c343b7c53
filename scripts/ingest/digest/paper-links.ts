import type { Link } from '../../../src/data/schema';
import { normalizeName } from '../mentions';
import type { Sidecar } from '../sidecar';
import { paperName, type PaperDraft } from './paper-sections';
import type { ParseOptions } from './parse-options';
import type { ProblemLog } from './problem-log';
import { sidecarFileName } from './sidecar-file';

export interface PaperLinks {
  paperUrl: string | null;
  moreLinks: Link[];
}

export interface PaperLinker {
  /** The paper's own link and further links; a paper without its own link is reported (and, for a
   * page, listed in `missing`). */
  link(draft: PaperDraft, missing: string[]): PaperLinks;
  /** Reports what only shows once every paper is linked: unlinked papers, unused sidecar entries. */
  finish(): void;
}

function dedupeLinks(links: readonly Link[], except: string | null): Link[] {
  const seen = new Set<string>(except !== null ? [except] : []);
  return links.filter((link) => !seen.has(link.url) && seen.add(link.url));
}

/** The sidecar wins over the page: its paper link replaces the page's, its further links come after. */
export function createPaperLinker(
  sidecar: Sidecar | undefined,
  options: ParseOptions,
  log: ProblemLog,
): PaperLinker {
  const sidecarEntries = new Map(
    (sidecar?.papers ?? []).map((entry) => [normalizeName(entry.titleEn), entry]),
  );
  const usedEntries = new Set<string>();
  let unlinked = 0;
  return {
    link(draft, missing) {
      const key = normalizeName(draft.titleEn);
      const entry = sidecarEntries.get(key);
      if (entry) usedEntries.add(key);
      const paperUrl = entry?.paper ?? draft.paperLinks[0]?.url ?? null;
      const sidecarMore = (entry?.more ?? []).map((link) =>
        typeof link === 'string' ? { url: link } : link,
      );
      const moreLinks = dedupeLinks(
        [...draft.paperLinks.slice(1), ...draft.moreLinks, ...sidecarMore],
        paperUrl,
      );
      if (paperUrl === null) {
        if (options.format === 'html') {
          missing.push('paperUrl');
          log.warn(
            draft.headings.get('links') ?? draft.header,
            'missing-part',
            `paper "${paperName(draft)}": expected a link under '논문 링크'`,
          );
        } else if (sidecar !== undefined) {
          log.warn(
            draft.header,
            'link',
            `paper "${paperName(draft)}": no link in ${sidecarFileName(options.fileName)}`,
          );
        } else {
          unlinked += 1;
        }
      }
      return { paperUrl, moreLinks };
    },
    finish() {
      if (unlinked > 0) {
        log.warn(
          undefined,
          'link',
          `${unlinked} paper(s) have no link: a text copy loses link targets; add them to ${sidecarFileName(options.fileName)}`,
        );
      }
      for (const entry of sidecar?.papers ?? []) {
        if (!usedEntries.has(normalizeName(entry.titleEn))) {
          log.warnings.push({
            code: 'sidecar',
            file: sidecarFileName(options.fileName),
            message: `the entry "${entry.titleEn}" matches no paper's English title`,
          });
        }
      }
    },
  };
}
