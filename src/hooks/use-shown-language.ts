import { useSyncExternalStore } from 'react';
import { DEFAULT_READING_LANGUAGE, type ReadingLanguage } from '../lib/reading-language';
import { shownReadingLanguage, subscribeToShownLanguage } from '../lib/shown-language';

const staticLanguage = () => DEFAULT_READING_LANGUAGE;

/**
 * The language the page shows (lib/shown-language.ts), for the few parts of a paper card that cannot
 * follow it by styles. Unlike useReadingLanguage it does not listen to the address, so a card's part
 * renders again only when the language itself changes. The prerender, and hydrating its page, see the
 * default: what the prerender wrote.
 */
export function useShownReadingLanguage(): ReadingLanguage {
  return useSyncExternalStore(subscribeToShownLanguage, shownReadingLanguage, staticLanguage);
}
