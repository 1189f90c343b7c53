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
 *
 * On a prerendered page this script is `async`: it runs as soon as it arrives, usually while the HTML
 * is still being parsed, so the reader's theme and language apply before most of the page has painted.
 */
const html = document.documentElement;

// The remembered theme (the CSP rules out the usual inline script in <head>).
applyThemeChoice(loadThemeChoice());

// Pages are prerendered in the default language: a reader of another one would watch every text
// change under their eyes, so a prerendered page stays hidden for them (styles.css) until the app has
// rendered it in theirs.
const language = resolveReadingLanguage(
  new URLSearchParams(location.search).get(READING_LANGUAGE_PARAM),
  loadReadingLanguage(),
);
if (language !== DEFAULT_READING_LANGUAGE) html.dataset.otherLanguage = '';

if (document.readyState === 'loading') {
  await new Promise((parsed) =>
    document.addEventListener('DOMContentLoaded', parsed, { once: true }),
  );
}
const root = document.getElementById('root');
if (root?.hasAttribute('data-prerendered')) {
  // A tab opened in the background never paints (nor runs animation frames) until it is shown.
  if (!('otherLanguage' in html.dataset) && document.visibilityState === 'visible') {
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  }
  preload(root.dataset.preload ?? '');
}
try {
  await import('./boot');
} catch (error) {
  // Without the app (e.g. a new deploy replaced its files), the static page in Korean is better than
  // a page that stays blank.
  delete html.dataset.otherLanguage;
  throw error;
}

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
