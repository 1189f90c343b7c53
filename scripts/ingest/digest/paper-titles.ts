import { plainText, type Block } from '../blocks';
import type { Role } from './block-roles';
import { HANGUL } from './hangul';

/** `한국어 제목 / English Title`: the first ` / ` after which the text is Latin and Hangul-free, so a
 * slash inside either title ("Twitter/X", "AI/ML") never splits it. */
export function splitTitles(text: string): { ko: string; en: string } | undefined {
  for (const separator of text.matchAll(/\s+\/\s*|\s*\/\s+/g)) {
    const left = text.slice(0, separator.index).trim();
    const right = text.slice(separator.index + separator[0].length).trim();
    if (left !== '' && /[A-Za-z]/.test(right) && !HANGUL.test(right))
      return { ko: left, en: right };
  }
  return undefined;
}

/** Where a line becomes a paper title: the indexes of the blocks that open a paper, in order. */
export function findPaperTitles(blocks: readonly Block[], roles: readonly Role[]): number[] {
  const titles: number[] = [];
  let inLinks = false;
  let section: string | undefined;
  const nextRole = (from: number): Role | undefined => {
    for (let j = from + 1; j < roles.length; j++) if (roles[j]?.type !== 'caption') return roles[j];
    return undefined;
  };
  blocks.forEach((block, index) => {
    const role = roles[index];
    if (role?.type === 'section') {
      inLinks = role.section === 'links' || role.section === 'more';
      section = role.section;
      return;
    }
    if (role?.type !== 'text' || block.kind === 'link-preview' || block.text.length > 400) return;
    const next = nextRole(index);
    // A short bilingual line at the end of a paper's 논문 소개 (e.g. "코드 / Code on GitHub") is still
    // that summary when 논문 초록 follows: only a paper without a summary goes straight to its abstract.
    const endsSummary =
      section === 'summary' && next?.type === 'section' && next.section === 'abstract';
    const opensPaper =
      next?.type === 'section' &&
      (next.section === 'summary' || next.section === 'abstract') &&
      !endsSummary;
    const split = splitTitles(plainText(block.text));
    const isTitle =
      // Whatever stands right before '논문 소개' names the paper, even without the ' / ' form.
      (next?.type === 'section' && next.section === 'summary') ||
      (split !== undefined && (opensPaper || block.kind === 'heading')) ||
      // Under 논문 링크/더 읽어보기 only link-preview text follows; a bilingual title there is the next
      // paper, even one whose sections are all missing.
      (split !== undefined && inLinks && HANGUL.test(split.ko));
    if (isTitle) {
      titles.push(index);
      inLinks = false;
      section = undefined;
    }
  });
  return titles;
}
