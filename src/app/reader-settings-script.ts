/*
 * The reader's theme and language, applied before the first paint by a tiny inline script at the top
 * of every page's <head> (scripts/head-script.ts makes it from this function, vite.config.ts puts it
 * there, and the Content-Security-Policy allows it by its hash). The app's own code arrives later: a
 * prerendered page is painted first in the reader's colours and, through the styles keyed on
 * `data-reading-language` (src/app/boot.css), in their language.
 *
 * The browser gets this function as the text of that script, so it must not use anything from outside
 * its own body. It reads the same storage keys and accepts the same values as src/lib/theme.ts and
 * src/lib/reading-language.ts (tests/app/head-script.test.ts holds it to that).
 */

export interface ReaderSettingsKeys {
  theme: string;
  language: string;
}

/** Puts the remembered theme and the reading language (`?lang=` first) on <html>. Never throws. */
export function applyReaderSettings(keys: ReaderSettingsKeys) {
  const root = document.documentElement;
  const stored = (key: string) => {
    try {
      return localStorage.getItem(key);
    } catch {
      // Storage blocked (cookies off): the defaults apply.
      return null;
    }
  };
  const known = (value: string | null) => {
    const language = typeof value === 'string' ? value.trim().toLowerCase() : '';
    return language === 'ko' || language === 'en' || language === 'both' ? language : null;
  };
  const theme = stored(keys.theme);
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  const language =
    known(new URLSearchParams(location.search).get('lang')) ?? known(stored(keys.language)) ?? 'ko';
  root.dataset.readingLanguage = language;
  root.lang = language === 'en' ? 'en' : 'ko';
  // A prerendered page starts the app's code only once it has painted (scripts/prerender.ts moves the
  // entry's address here): nothing is downloaded or run before the reader sees the page.
  const entry = document.currentScript?.dataset.entry;
  if (!entry) return;
  const start = () =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        const script = document.createElement('script');
        script.type = 'module';
        script.crossOrigin = '';
        script.src = entry;
        document.head.append(script);
      }, 0),
    );
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else start();
}
