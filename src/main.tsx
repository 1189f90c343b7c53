import { untilItWorks } from './app/boot-notice';
import './styles.css';
import './app/boot.css';
import {
  BOOT_FAILED_ID,
  BOOT_STATE,
  EARLY_CLICKS_GLOBAL,
  type EarlyClick,
  PRELOAD_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
  ROOT_ID,
} from './config/prerender-contract';

/*
 * The entry point, kept tiny on purpose. The reader's theme and language are already on <html> (the
 * inline head script, src/app/reader-settings-script.ts). A prerendered page (scripts/prerender.ts) is
 * readable as soon as its HTML and CSS are in, so it loads nothing else first: the head script starts
 * this entry once the page has painted, and this requests the code and data the page lists on #root (all
 * at once, not one after another) and starts the app (boot.tsx), which hydrates the page. A page without
 * a prerender (the shell) loads this entry as usual and starts the app at once.
 */
const html = document.documentElement;

if (document.readyState === 'loading') {
  await new Promise((parsed) =>
    document.addEventListener('DOMContentLoaded', parsed, { once: true }),
  );
}
const root = document.getElementById(ROOT_ID);
const prerendered = root?.hasAttribute(PRERENDERED_ATTRIBUTE) ?? false;
if (prerendered) {
  // The head script started this entry once the page had painted (reader-settings-script.ts).
  preload(root?.getAttribute(PRELOAD_ATTRIBUTE) ?? '');
}
// (A stylesheet that fails is caught by the head script, which shows the shell's message.)

if (prerendered && root) {
  // The controls are on screen from the first paint: a tap on one before the app runs is kept (by the
  // head script, from the first paint on) and handed to it once the page is hydrated, instead of lost.
  const takeEarlyClicks = earlyClicksFromHeadScript();
  // The page on screen stays readable whatever fails; the reader may try again. Taps made before a
  // failure are dropped with it: they were for an app that did not come.
  const retrying = <T,>(attempt: () => Promise<T>) =>
    untilItWorks(attempt, () => void takeEarlyClicks());
  const { startApp } = await retrying(() => import('./boot'));
  await startApp(retrying, takeEarlyClicks);
} else {
  try {
    const { startApp } = await import('./boot');
    await startApp(untilItWorks, () => []);
  } catch (error) {
    showShellFailure();
    throw error;
  }
}

/** The shell's static message (index.html): could not load, with a reload link. */
function showShellFailure() {
  html.dataset[BOOT_STATE.failed] = '';
  // Shown even if the stylesheet is what failed.
  document.getElementById(BOOT_FAILED_ID)?.removeAttribute('hidden');
}

/** The head script's taps (reader-settings-script.ts); none if it kept none (an old page, say). */
function earlyClicksFromHeadScript(): () => EarlyClick[] {
  const globals = window as unknown as Record<string, unknown>;
  const take = globals[EARLY_CLICKS_GLOBAL];
  delete globals[EARLY_CLICKS_GLOBAL];
  return typeof take === 'function' ? (take as () => EarlyClick[]) : () => [];
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
