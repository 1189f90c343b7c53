/**
 * A paper's authors in one short line, as cards and exports show them: the first three, then how many
 * more ("외 N명" in Korean, "and N more" in English). A card writes the same line with the names in an element of
 * their own (paper-card.tsx), in arXiv's Latin script, so that a Korean voice does not read them.
 */
import { interfaceText } from './interface-text';
import type { InterfaceLanguage } from './reading-language';

const AUTHORS_SHOWN = 3;

/** The names a line shows (the first three, or everyone with `all`) and how many it leaves out. */
export function shownAuthors(
  authors: readonly string[],
  all = false,
): { names: string; more: number } {
  const shown = all ? authors : authors.slice(0, AUTHORS_SHOWN);
  return { names: shown.join(', '), more: authors.length - shown.length };
}

export function authorLine(authors: readonly string[], language: InterfaceLanguage): string {
  const { names, more } = shownAuthors(authors);
  return more > 0 ? names + interfaceText(language).moreAuthors(more) : names;
}
