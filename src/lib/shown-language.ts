import {
  DEFAULT_READING_LANGUAGE,
  parseReadingLanguage,
  type ReadingLanguage,
} from './reading-language';

/*
 * The reading language the page shows, kept on `<html data-reading-language>`. The head script puts the
 * reader's language there before the first paint (src/app/reader-settings-script.ts), and the app's
 * layout keeps it in step with every switch (src/app/layout.tsx). The paper cards are written in both
 * languages and their styles show one by this attribute (paper-card-language.css, translated.css), so
 * a switch is this attribute changing: no card renders again. The few parts of a card that cannot
 * follow a stylesheet (its own language radios) listen here instead of to the router.
 */

const listeners = new Set<() => void>();

/** The language on <html>, or the default where there is none (a test, the prerender, no head script). */
export function shownReadingLanguage(): ReadingLanguage {
  if (typeof document === 'undefined') return DEFAULT_READING_LANGUAGE;
  return (
    parseReadingLanguage(document.documentElement.dataset.readingLanguage) ??
    DEFAULT_READING_LANGUAGE
  );
}

/** Shows the page in `language` (the attribute on <html>) and tells those listening. */
export function showReadingLanguage(language: ReadingLanguage): void {
  const root = document.documentElement;
  if (root.dataset.readingLanguage === language) return;
  root.dataset.readingLanguage = language;
  for (const listener of [...listeners]) listener();
}

/** For useSyncExternalStore: calls back after every change of the shown language. */
export function subscribeToShownLanguage(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
