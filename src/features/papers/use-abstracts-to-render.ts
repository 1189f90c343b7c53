import { useSyncExternalStore } from 'react';
import type { ReadingLanguage } from '../../lib/reading-language';
import { shownReadingLanguage, subscribeToShownLanguage } from '../../lib/shown-language';
import { subscribeToNothing } from '../../hooks/hydration';
import { useAfterFirstPaint } from './use-after-first-paint';
import type { LocalizedText } from './paper-text';

const nothing = () => null;

/**
 * Which of a card's abstracts to render (their Markdown and formulas): every one once the page has been
 * idle (and always in a prerendered page, which carries them all), so that a language switch only shows
 * one that is there already. Before that, only those the card shows now, in the card's language or else
 * the page's; until then (and only until then) the card follows the page's language, so a switch made
 * that early renders the abstract it now needs.
 */
export function useAbstractsToRender(
  abstracts: readonly LocalizedText[],
  override: ReadingLanguage | null,
): ReadonlySet<'ko' | 'en'> {
  const idle = useAfterFirstPaint();
  const page = useSyncExternalStore(
    idle ? subscribeToNothing : subscribeToShownLanguage,
    idle ? nothing : shownReadingLanguage,
    nothing,
  );
  if (idle || page === null) return new Set(abstracts.map((item) => item.lang));
  const language = override ?? page;
  const shown = abstracts.filter((item) => language === 'both' || item.lang === language);
  // The one abstract a paper has is shown in every language.
  return new Set((shown.length > 0 ? shown : abstracts).map((item) => item.lang));
}
