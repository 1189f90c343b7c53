/**
 * A paper's authors in one short line, as cards and exports show them: the first three, then how many
 * more ("외 N명" in Korean, "and N more" in English). A card writes the same line with the names in an element of
 * their own (paper-card.tsx), in arXiv's Latin script, so that a Korean voice does not read them.
 */
import { interfaceText } from './interface-text';
import type { InterfaceLanguage } from './reading-language';

export const AUTHORS_SHOWN = 3;

export function authorLine(authors: readonly string[], language: InterfaceLanguage): string {
  const shown = authors.slice(0, AUTHORS_SHOWN).join(', ');
  const more = authors.length - AUTHORS_SHOWN;
  if (more <= 0) return shown;
  return shown + interfaceText(language).moreAuthors(more);
}
