import type { Paper } from '../../../src/data/schema';
import type { Block } from '../blocks';
import { uniqueSlugs } from '../slug';
import type { Role } from './block-roles';
import { cleanMarkdown, cleanPlainText } from './clean-fields';
import { withholdOversizedFields } from './field-limits';
import { findMissingParts } from './missing-parts';
import type { PaperLinker } from './paper-links';
import { readPaperSections, type PaperDraft } from './paper-sections';
import type { ProblemLog } from './problem-log';

/** Each paper's blocks: from its title to the next paper's title, the last one up to the footer. */
export function readPaperDrafts(
  blocks: readonly Block[],
  roles: readonly Role[],
  paperTitles: readonly number[],
  footerStart: number,
  log: ProblemLog,
): PaperDraft[] {
  return paperTitles.map((titleIndex, k) => {
    const end = paperTitles[k + 1] ?? footerStart;
    return readPaperSections(
      blocks[titleIndex] as Block,
      blocks.slice(titleIndex + 1, end),
      roles.slice(titleIndex + 1, end),
      log,
    );
  });
}

/** The papers as the schema has them: ids, cleaned text, links, and what is missing (or too long). */
export function buildPapers(
  drafts: readonly PaperDraft[],
  ids: readonly string[],
  linker: PaperLinker,
  log: ProblemLog,
): Paper[] {
  const papers = drafts.map((draft, index) => {
    const missing = findMissingParts(draft, log);
    const { paperUrl, moreLinks } = linker.link(draft, missing);
    const paper: Paper = {
      id: ids[index] as string,
      titleKo: cleanPlainText(draft.titleKo, draft.header, log),
      titleEn: cleanPlainText(draft.titleEn, draft.header, log),
      summary: cleanMarkdown(draft.summary, log),
      abstractKo: cleanMarkdown(draft.abstractKo, log),
      abstractEn: cleanMarkdown(draft.abstractEn, log),
      paperUrl,
      moreLinks,
      missing,
    };
    return withholdOversizedFields(paper, draft, log);
  });
  linker.finish();
  return papers;
}

/** Slugs from the English titles, unique within the week. */
export function paperIds(drafts: readonly PaperDraft[]): string[] {
  return uniqueSlugs(drafts.map((draft) => draft.titleEn));
}
