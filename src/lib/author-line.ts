/**
 * A paper's authors in one short line, as cards and exports show them: the first three, then how many
 * more ("외 N명" in Korean, "and N more" in English).
 */
import type { InterfaceLanguage } from './reading-language';

export const AUTHORS_SHOWN = 3;

export function authorLine(authors: readonly string[], language: InterfaceLanguage): string {
  const shown = authors.slice(0, AUTHORS_SHOWN).join(', ');
  const more = authors.length - AUTHORS_SHOWN;
  if (more <= 0) return shown;
  return language === 'en' ? `${shown} and ${more} more` : `${shown} 외 ${more}명`;
}
