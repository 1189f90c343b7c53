import type { Link } from '../../../src/data/schema';
import { plainText, type Block } from '../blocks';
import {
  classifyBlock,
  SECTION_LABEL,
  SECTION_ORDER,
  type Role,
  type Section,
} from './block-roles';
import { hangulShare } from './hangul';
import { splitTitles } from './paper-titles';
import type { ProblemLog } from './problem-log';

/** One paper as the digest wrote it, before clean-up: its blocks sorted into its parts. */
export interface PaperDraft {
  /** The paper's title line. */
  header: Block;
  titleKo: string;
  titleEn: string;
  summary: Block[];
  abstractKo: Block[];
  abstractEn: Block[];
  paperLinks: Link[];
  moreLinks: Link[];
  /** Each section's heading, where the digest had one. */
  headings: Map<Section, Block>;
}

export function paperName(draft: PaperDraft): string {
  return draft.titleEn || draft.titleKo;
}

/** Sorts a paper's blocks (those between its title and the next paper's) into its sections. */
export function readPaperSections(
  header: Block,
  content: readonly Block[],
  roles: readonly Role[],
  log: ProblemLog,
): PaperDraft {
  const plainHeader = plainText(header.text);
  const titles = splitTitles(plainHeader);
  const draft: PaperDraft = {
    header,
    titleKo: titles?.ko ?? ((hangulShare(plainHeader) ?? 0) >= 0.3 ? plainHeader : ''),
    titleEn: titles?.en ?? ((hangulShare(plainHeader) ?? 0) >= 0.3 ? '' : plainHeader),
    summary: [],
    abstractKo: [],
    abstractEn: [],
    paperLinks: [],
    moreLinks: [],
    headings: new Map(),
  };
  const name = paperName(draft);
  let current: Section | undefined;
  let furthest = -1;
  let lastLanguage: 'ko' | 'en' = 'ko';

  const addContent = (block: Block) => {
    if (block.kind === 'link-preview' && current !== 'links' && current !== 'more') {
      log.warn(
        block,
        'link',
        `paper "${name}": a link preview outside '논문 링크'/'더 읽어보기' is kept as a further link`,
      );
      draft.moreLinks.push(...block.links);
      return;
    }
    switch (current) {
      case undefined:
        log.warn(
          block,
          'section-order',
          `paper "${name}": expected '${SECTION_LABEL.summary}' before this text; read as the summary`,
        );
        draft.summary.push(block);
        return;
      case 'summary':
        draft.summary.push(block);
        return;
      case 'abstract': {
        const share = hangulShare(plainText(block.text));
        const language = share === undefined ? lastLanguage : share >= 0.2 ? 'ko' : 'en';
        lastLanguage = language;
        (language === 'ko' ? draft.abstractKo : draft.abstractEn).push(block);
        return;
      }
      case 'links':
        // Anything else here is the copied text of a link preview.
        draft.paperLinks.push(...block.links);
        return;
      case 'more':
        draft.moreLinks.push(...block.links);
        return;
    }
  };

  for (const [index, block] of content.entries()) {
    const role = roles[index] ?? classifyBlock(block);
    if (role.type === 'caption') continue;
    if (role.type !== 'section') {
      addContent(block);
      continue;
    }
    const order = SECTION_ORDER.indexOf(role.section);
    if (draft.headings.has(role.section)) {
      log.warn(
        block,
        'section-order',
        `paper "${name}": a second '${SECTION_LABEL[role.section]}'; its text joins the first`,
      );
    } else {
      const passed = SECTION_ORDER[furthest];
      if (order < furthest && passed !== undefined) {
        log.warn(
          block,
          'section-order',
          `paper "${name}": '${SECTION_LABEL[role.section]}' after '${SECTION_LABEL[passed]}'`,
        );
      }
      draft.headings.set(role.section, block);
    }
    furthest = Math.max(furthest, order);
    current = role.section;
    if (role.rest !== undefined) {
      const url = /^<?(https?:\/\/\S+?)>?$/.exec(role.rest)?.[1];
      const links = block.links.length > 0 ? block.links : url !== undefined ? [{ url }] : [];
      addContent({ ...block, text: role.rest, links });
    }
  }
  return draft;
}
