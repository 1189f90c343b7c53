/*
 * The reader's theme and language, applied before the first paint by a tiny inline script at the top
 * of every page's <head> (scripts/head-script.ts makes it from this function, vite.config.ts puts it
 * there, and the Content-Security-Policy allows it by its hash). The app's own code arrives later: a
 * prerendered page is painted first in the reader's colours and, through the styles keyed on
 * `data-reading-language` (the paper cards' paper-card-language.css, the other labels' src/app/boot.css),
 * in their language.
 *
 * The browser gets this function as the text of that script, so it must not use anything from outside
 * its own body. It reads the same storage keys and accepts the same values as src/lib/theme.ts and
 * src/lib/reading-language.ts (tests/app/head-script.test.ts holds it to that).
 */

export interface ReaderSettingsKeys {
  theme: string;
  language: string;
  /** The id of the element the app renders into (prerender-contract.ts ROOT_ID). */
  root: string;
  /** The global the taps made before the app ran are handed over under (EARLY_CLICKS_GLOBAL). */
  earlyClicks: string;
  /** The attribute a prerendered field's English placeholder is in (EN_PLACEHOLDER_ATTRIBUTE). */
  enPlaceholder: string;
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
  /** Runs `then` once the page is parsed (at once if it is). */
  const whenParsed = (then: () => void) => {
    if (document.readyState === 'loading')
      document.addEventListener('DOMContentLoaded', then, { once: true });
    else then();
  };
  // A placeholder is an attribute, which no style can put in English: swapped once the page is parsed.
  const englishPlaceholders = () => {
    for (const field of document.querySelectorAll(`[${keys.enPlaceholder}]`))
      field.setAttribute('placeholder', field.getAttribute(keys.enPlaceholder) ?? '');
  };
  if (language === 'en') whenParsed(englishPlaceholders);
  // The app's code or a stylesheet did not arrive: the page says so (the shell's static message) and a
  // prerendered page stops offering controls that cannot work (src/app/boot.css). An error event does not
  // bubble, so it is caught on its way down.
  document.addEventListener(
    'error',
    (event) => {
      const failed = event.target;
      const isEntry = failed instanceof HTMLScriptElement && failed.type === 'module';
      const isStyle =
        failed instanceof HTMLLinkElement &&
        failed.rel === 'stylesheet' &&
        failed.media !== 'print';
      if (!isEntry && !isStyle) return;
      root.dataset.bootFailed = '';
      const show = () => document.getElementById('boot-failed')?.removeAttribute('hidden');
      whenParsed(show);
    },
    true,
  );
  // A prerendered page starts the app's code only once it is on screen (scripts/prerender.ts moves the
  // entry's address here): nothing is downloaded or run before the reader sees the page. "On screen" is
  // when the browser reports the first contentful paint, which it does once the frame is presented: the
  // main thread's paint comes earlier, and code requested between the two would be counted as holding
  // up the page. If the report never comes (a browser without paint timing), after 3 s. A tab opened in
  // the background paints nothing until it is shown: there, at once.
  const { entry, manifest } = document.currentScript?.dataset ?? {};
  if (!entry) return;
  // The controls are on screen from the first paint: a tap on a button or radio of the page before the
  // app runs is kept, with the state the control showed, and handed to the app (src/main.tsx), which
  // replays it once the page is hydrated (src/app/take-over.tsx). A radio is kept from changing: the app
  // would not know. From here, so that no tap between the first paint and the app's entry is lost.
  const clicked: { control: Element; pressed: string | null }[] = [];
  const keep = (event: MouseEvent) => {
    const control = (event.target as Element).closest?.(
      'button,input[type=radio],input[type=checkbox]',
    );
    if (!control?.closest(`#${keys.root}`)) return;
    if (control instanceof HTMLInputElement) event.preventDefault();
    clicked.push({ control, pressed: control.getAttribute('aria-pressed') });
  };
  document.addEventListener('click', keep, true);
  (window as unknown as Record<string, unknown>)[keys.earlyClicks] = () => {
    document.removeEventListener('click', keep, true);
    return clicked.splice(0);
  };
  let started = false;
  const load = () => {
    if (started) return;
    started = true;
    const add = (tag: string, properties: object) =>
      document.head.append(Object.assign(document.createElement(tag), properties));
    if (manifest) add('link', { rel: 'manifest', href: manifest });
    add('script', { type: 'module', crossOrigin: '', src: entry });
  };
  const start = () => {
    if (document.visibilityState !== 'visible') return load();
    setTimeout(load, 3000);
    if (typeof PerformanceObserver !== 'function') return;
    // (Reported once; `load` runs once whichever comes first.)
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) setTimeout(load, 0);
    }).observe({ type: 'paint', buffered: true });
  };
  whenParsed(start);
}
