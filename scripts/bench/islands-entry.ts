/**
 * A measurement prototype, not part of the app: the "islands" client for a prerendered reading page,
 * the alternative to hydrating it with React (issue "Instant on a phone"). scripts/bench-islands.ts
 * bundles this file and points the head script's `data-entry` at it (src/app/reader-settings-script.ts
 * starts it once the page has painted), so a reading page loads this and no React.
 *
 * The page stays the prerender's static HTML (#root keeps data-prerendered, the cards' language radios
 * keep data-static, so the styles go on showing the reader's language and theme: the cards by
 * paper-card-language.css, the other labels by src/app/boot.css). This makes its controls work,
 * with one listener per event type on the document and the app's own framework-free stores:
 * - like / bookmark / read on every paper card and the issue's like: aria-pressed and the icon, written
 *   through the library store (src/features/library/library-store.ts), the read progress of the issue;
 * - the reading-language radios: <html data-reading-language> (the static page's styles do the rest),
 *   stored like src/hooks/use-reading-language.ts does and written into `?lang=` (the URL wins on load);
 * - the theme radios: <html data-theme>, stored like src/hooks/use-theme.ts does.
 * Other tabs' changes to any of them show here too (the stores listen to the `storage` event).
 *
 * Not covered (no React, no router): links are plain page loads, search is the static form, no
 * Markdown re-render; the per-paper language switch, the reading tools (compact view, hide read), cite,
 * share and the shortcuts dialog do nothing.
 */
import { PAPER_CARD_SELECTOR } from '../../src/config/prerender-contract';
import {
  getPaperMarks,
  libraryStore,
  type PaperMarks,
  type SavedPaper,
} from '../../src/features/library/library-store';
import { MAX_ISSUE_TITLE, MAX_PAPER_TITLE } from '../../src/features/library/library-schema';
import { keepInPlace } from '../../src/lib/keep-in-place';
import { createPersistedStore } from '../../src/lib/persisted-store';
import {
  READING_LANGUAGE_PARAM,
  parseReadingLanguage,
  resolveReadingLanguage,
  storedReadingLanguage,
  type ReadingLanguage,
} from '../../src/lib/reading-language';
import {
  DEFAULT_THEME_CHOICE,
  applyThemeChoice,
  parseThemeChoice,
  storedThemeChoice,
  type ThemeChoice,
} from '../../src/lib/theme';

/** Set on <html> once the islands run (scripts/bench-islands.ts --verify waits for it). */
export const ISLANDS_READY_ATTRIBUTE = 'data-islands';

const html = document.documentElement;
const languageStore = createPersistedStore(storedReadingLanguage, { fallback: null });
const themeStore = createPersistedStore(storedThemeChoice, { fallback: DEFAULT_THEME_CHOICE });

const MARKS = [
  { kind: 'like', field: 'liked', toggle: libraryStore.toggleLike },
  { kind: 'bookmark', field: 'bookmarked', toggle: libraryStore.toggleBookmark },
  { kind: 'read', field: 'read', toggle: libraryStore.toggleRead },
] as const satisfies readonly {
  kind: string;
  field: keyof PaperMarks;
  toggle: (paper: SavedPaper) => void;
}[];

// ---- Where a control belongs: read from the static page ----

const ISSUE_IN_PATH = /\/issues\/([^/?#]+)/;

function issueIdIn(path: string | null | undefined): string | null {
  const match = path ? ISSUE_IN_PATH.exec(path) : null;
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/**
 * The issue a part of the page is about: the address (/issues/<id>, /issues/<id>/papers/<paper>), else
 * its first link into an issue (at `/`, every card's title links to its paper page).
 */
function issueIdOf(scope: ParentNode): string | null {
  return (
    issueIdIn(location.pathname) ??
    issueIdIn(scope.querySelector('a[href*="/issues/"]')?.getAttribute('href'))
  );
}

function textOf(scope: ParentNode, selector: string): string {
  return (scope.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The issue's title as the page shows it: its header (issue pages) or the breadcrumb (paper pages). */
function issueTitle(): string {
  return textOf(document, '.issue-header__title') || textOf(document, '.breadcrumb [lang]') || '';
}

/**
 * The paper of a card as the library saves it (what toSavedPaper makes from the issue's JSON), from
 * what the card shows. (arXiv's authors and date are not on the page: the app adds them for
 * citations when the issue has them.)
 */
function savedPaperOf(card: HTMLElement, issueId: string): SavedPaper | null {
  const paperId = card.dataset.paperId;
  if (!paperId) return null;
  const link = card.querySelector('.paper-card__links a.button--primary')?.getAttribute('href');
  return {
    issueId,
    issueTitle: clip(issueTitle(), MAX_ISSUE_TITLE),
    paperId,
    // (The card carries its titles in each order: the heading's Korean one and its English one.)
    titleKo: clip(textOf(card, '.paper-card__title [lang="ko"]'), MAX_PAPER_TITLE),
    titleEn: clip(textOf(card, '.paper-card__title [lang="en"]'), MAX_PAPER_TITLE),
    paperUrl: link ?? null,
    savedAt: new Date().toISOString(),
  };
}

// ---- Showing the stores' state in the static markup ----

/** aria-pressed and the icon's fill, as src/features/library/components/icons.tsx draws them. */
function showPressed(button: Element | null, on: boolean) {
  if (!button || button.getAttribute('aria-pressed') === String(on)) return;
  button.setAttribute('aria-pressed', String(on));
  const [shape, tick] = button.querySelector('svg')?.children ?? [];
  shape?.setAttribute('fill', on ? 'currentColor' : 'none');
  if (tick && button.classList.contains('library-toggle--read')) {
    tick.setAttribute('stroke', on ? 'var(--library-on-accent, Canvas)' : 'currentColor');
  }
}

function showLibrary() {
  const snapshot = libraryStore.getSnapshot();
  const cards = document.querySelectorAll<HTMLElement>(PAPER_CARD_SELECTOR);
  let read = 0;
  for (const card of cards) {
    const issueId = issueIdOf(card);
    const paperId = card.dataset.paperId;
    if (!issueId || !paperId) continue;
    const marks = getPaperMarks(snapshot, issueId, paperId);
    if (marks.read) read += 1;
    for (const { kind, field } of MARKS) {
      showPressed(card.querySelector(`.library-toggle--${kind}`), marks[field]);
    }
  }
  const issueLike = document.querySelector('.library-issue-like');
  const issueId = issueLike ? issueIdOf(document) : null;
  if (issueLike && issueId) showPressed(issueLike, issueId in snapshot.data.issueLikes);
  showProgress(read, cards.length);
}

/** The issue's "3 / 10 읽음" (src/features/library/components/read-progress.tsx). */
function showProgress(read: number, total: number) {
  const progress = document.querySelector<HTMLElement>('.library-progress');
  if (!progress || total === 0) return;
  const bar = progress.querySelector<HTMLElement>('.library-progress__bar > span');
  if (bar) bar.style.width = `${(read / total) * 100}%`;
  const label = progress.querySelector(':scope > span:last-child');
  const text = html.lang === 'en' ? `${read} / ${total} read` : `${read} / ${total} 읽음`;
  if (label && label.textContent !== text) label.textContent = text;
  progress.toggleAttribute('data-complete', read === total);
}

/** Checks the radio of `value` in the switch (the prerender checked the defaults). */
function checkRadio(switchSelector: string, value: string) {
  const radio = document.querySelector<HTMLInputElement>(
    `${switchSelector} input[type="radio"][value="${value}"]`,
  );
  if (radio && !radio.checked) radio.checked = true;
}

/** The reading language as the head script chose it: `?lang=` over the stored choice. */
function currentLanguage(): ReadingLanguage {
  return resolveReadingLanguage(
    new URLSearchParams(location.search).get(READING_LANGUAGE_PARAM),
    languageStore.getSnapshot(),
  );
}

function showLanguage(language: ReadingLanguage) {
  html.dataset.readingLanguage = language;
  html.lang = language === 'en' ? 'en' : 'ko';
  checkRadio('.language-switch', language);
  showLibrary();
}

function showTheme(choice: ThemeChoice) {
  applyThemeChoice(choice);
  checkRadio('.theme-switch', choice);
}

// ---- The reader's actions ----

/** Set while this page stores a choice: its listener is for other tabs' choices. */
let choosing = false;

/** As the app's switch does: stored, shown with the reader's place kept, then written into the URL. */
function chooseLanguage(language: ReadingLanguage) {
  const address = location.pathname;
  keepInPlace(
    () => {
      choosing = true;
      try {
        languageStore.set(language);
      } finally {
        choosing = false;
      }
      showLanguage(language);
    },
    () => {
      if (location.pathname !== address) return;
      const url = new URL(location.href);
      url.searchParams.set(READING_LANGUAGE_PARAM, language);
      history.replaceState(history.state, '', url);
    },
  );
}

function onClick(event: MouseEvent) {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest('button.library-toggle');
  if (!button) return;
  if (button.classList.contains('library-issue-like')) {
    const issueId = issueIdOf(document);
    if (issueId) libraryStore.toggleIssueLike(issueId);
    return;
  }
  const mark = MARKS.find(({ kind }) => button.classList.contains(`library-toggle--${kind}`));
  const card = button.closest<HTMLElement>(PAPER_CARD_SELECTOR);
  const issueId = card && issueIdOf(card);
  const paper = card && issueId ? savedPaperOf(card, issueId) : null;
  // The store tells its listeners at once (showLibrary), and writes a moment later.
  if (mark && paper) mark.toggle(paper);
}

function onChange(event: Event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'radio') return;
  if (input.closest('.language-switch')) {
    const language = parseReadingLanguage(input.value);
    if (language) chooseLanguage(language);
  } else if (input.closest('.theme-switch')) {
    const choice = parseThemeChoice(input.value);
    if (!choice) return;
    // (Its listener shows it, as it does another tab's choice.)
    themeStore.set(choice);
  }
}

// ---- Start ----

document.addEventListener('click', onClick);
document.addEventListener('change', onChange);
libraryStore.subscribe(showLibrary);
// Another tab's choice shows here unless this page's address says otherwise (`?lang=` wins).
languageStore.subscribe(() => {
  if (!choosing) showLanguage(currentLanguage());
});
themeStore.subscribe(() => showTheme(themeStore.getSnapshot()));
showLanguage(currentLanguage());
showTheme(themeStore.getSnapshot());
html.setAttribute(ISLANDS_READY_ATTRIBUTE, 'ready');
