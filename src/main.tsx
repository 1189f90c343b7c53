import { applyThemeChoice, loadThemeChoice } from './lib/theme';
import {
  DEFAULT_READING_LANGUAGE,
  READING_LANGUAGE_PARAM,
  loadReadingLanguage,
  resolveReadingLanguage,
} from './lib/reading-language';
import './styles.css';

/*
 * The entry point, kept tiny on purpose. A prerendered page (scripts/prerender.ts) is readable as soon
 * as its HTML and CSS are in, so it loads nothing else first: once it has painted, this requests the
 * code and data the page lists on #root (all at once, not one after another) and starts the app
 * (boot.tsx), which renders the same page over it. A page without a prerender (the shell) starts the
 * app straight away.
 */

// The remembered theme, before anything paints (the CSP rules out the usual inline script).
applyThemeChoice(loadThemeChoice());

const root = document.getElementById('root');
if (root?.hasAttribute('data-prerendered')) {
  const language = resolveReadingLanguage(
    new URLSearchParams(location.search).get(READING_LANGUAGE_PARAM),
    loadReadingLanguage(),
  );
  if (language !== DEFAULT_READING_LANGUAGE) {
    // The page was prerendered in the default language: this reader would watch every text change
    // under their eyes, so it stays hidden (styles.css) until the app renders it in theirs.
    root.dataset.prerendered = 'other-language';
  } else if (document.visibilityState === 'visible') {
    // A tab opened in the background never paints (nor runs animation frames) until it is shown.
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  }
  preload(root.dataset.preload ?? '');
}
await import('./boot');

/** Starts downloading our own scripts (as modules) and JSON files (for fetch) from a space-separated list. */
function preload(list: string) {
  for (const href of list.split(/\s+/).filter(Boolean)) {
    const url = new URL(href, document.baseURI);
    if (url.origin !== location.origin || !/\.(js|json)$/.test(url.pathname)) continue;
    const link = document.createElement('link');
    if (url.pathname.endsWith('.js')) {
      link.rel = 'modulepreload';
    } else {
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
    }
    link.href = url.href;
    document.head.append(link);
  }
}
