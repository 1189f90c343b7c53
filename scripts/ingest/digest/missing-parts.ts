import { SECTION_LABEL, SECTION_ORDER, type Section } from './block-roles';
import { paperName, type PaperDraft } from './paper-sections';
import type { ProblemLog } from './problem-log';

/**
 * The parts a paper lacks (for its `missing` list), each reported where the reader of the digest would
 * look for it: the empty heading, the heading it should have come before, or the title.
 */
export function findMissingParts(draft: PaperDraft, log: ProblemLog): string[] {
  const missing: string[] = [];
  const name = paperName(draft);
  const expectedSection = (section: Section) => {
    const heading = draft.headings.get(section);
    if (heading) return { block: heading, message: `'${SECTION_LABEL[section]}' is empty` };
    const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1).find((s) =>
      draft.headings.has(s),
    );
    return later !== undefined
      ? {
          block: draft.headings.get(later),
          message: `expected '${SECTION_LABEL[section]}' before '${SECTION_LABEL[later]}'`,
        }
      : { block: draft.header, message: `expected '${SECTION_LABEL[section]}' after the title` };
  };
  for (const [part, language] of [
    ['titleKo', 'Korean'],
    ['titleEn', 'English'],
  ] as const) {
    if (draft[part] !== '') continue;
    missing.push(part);
    log.warn(
      draft.header,
      'missing-part',
      `paper "${name}": expected '한국어 제목 / English Title', found no ${language} title`,
    );
  }
  if (draft.summary.length === 0) {
    missing.push('summary');
    const { block, message } = expectedSection('summary');
    log.warn(block, 'missing-part', `paper "${name}": ${message}`);
  }
  if (draft.abstractKo.length === 0 || draft.abstractEn.length === 0) {
    if (draft.abstractKo.length === 0) missing.push('abstractKo');
    if (draft.abstractEn.length === 0) missing.push('abstractEn');
    const heading = draft.headings.get('abstract');
    if (heading && (draft.abstractKo.length > 0 || draft.abstractEn.length > 0)) {
      const which = draft.abstractKo.length === 0 ? 'Korean' : 'English';
      log.warn(
        heading,
        'missing-part',
        `paper "${name}": '${SECTION_LABEL.abstract}' has no ${which} paragraph`,
      );
    } else {
      const { block, message } = expectedSection('abstract');
      log.warn(block, 'missing-part', `paper "${name}": ${message}`);
    }
  }
  return missing;
}
