/*
 * What a prerendered page tells the app, in one place: scripts/prerender.ts writes these marks and the
 * app reads them (src/main.tsx, src/boot.tsx, src/app/take-over.tsx, the scroll restoration). The styles
 * cannot import them: src/app/boot.css and the feature stylesheets (paper-card.css, issue-page.css, archive.css) spell the same names, so search for them when
 * one changes.
 */

/** The element the app renders into, and the prerender fills. */
export const ROOT_ID = 'root';

/** On #root while its markup is still the prerender's, until the app has hydrated it. */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

/** On #root: the page's code and data (space-separated URLs), requested right after the first paint. */
export const PRELOAD_ATTRIBUTE = 'data-preload';

/** On #root: the data files the page was rendered from, with their fingerprints (lib/data-fingerprint.ts). */
export const FINGERPRINTS_ATTRIBUTE = 'data-fingerprints';

/**
 * On a paper card's own language radios while they are still the prerender's, or behind a switch (the
 * styles then show the reader's language on them: src/app/boot.css).
 */
export const STATIC_CARD_ATTRIBUTE = 'data-static';

/** Every paper card, on every page, carries its paper's id. */
export const PAPER_CARD_SELECTOR = 'article[data-paper-id]';

/** The empty shell's static "could not load" message (index.html); prerendered pages leave it out. */
export const BOOT_FAILED_ID = 'boot-failed';

/** On <html>: the app could not start (set by the head script or src/main.tsx; src/app/boot.css). */
export const BOOT_STATE = { failed: 'bootFailed' } as const;

/**
 * A tap on a control of a prerendered page before the app ran (kept by the head script,
 * src/app/reader-settings-script.ts, replayed by src/app/take-over.tsx), and the state (`aria-pressed`)
 * the control showed when it was tapped.
 */
export interface EarlyClick {
  control: HTMLElement;
  pressed: string | null;
}

/**
 * On `window` of a prerendered page, set by the head script: a function that stops keeping taps and
 * returns the ones kept (src/main.tsx takes them once the app is about to hydrate).
 */
export const EARLY_CLICKS_GLOBAL = '__paperDigestEarlyClicks';

/**
 * On a prerendered field: its placeholder in English, which the head script puts in place for a reader
 * in English before the page is shown (a placeholder is an attribute: no style can swap it).
 */
export const EN_PLACEHOLDER_ATTRIBUTE = 'data-en-placeholder';
