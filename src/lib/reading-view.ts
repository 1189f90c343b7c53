import { storageKeys } from '../config/storage-keys';

/** How the reader likes a long issue laid out: cards without their abstracts, papers already read left out. */
export interface ReadingView {
  compact: boolean;
  hideRead: boolean;
}

/** Whatever is stored (nothing, a bug, another app's value) reads as a valid view; unknown parts as off. */
export function parseReadingView(raw: string | null | undefined): ReadingView {
  let value: unknown = null;
  try {
    value = raw ? JSON.parse(raw) : null;
  } catch {
    // NOTE: not JSON: the defaults.
  }
  const view = (value ?? {}) as Partial<Record<keyof ReadingView, unknown>>;
  return { compact: view.compact === true, hideRead: view.hideRead === true };
}

export function loadReadingView(): ReadingView {
  try {
    return parseReadingView(localStorage.getItem(storageKeys.readingView));
  } catch {
    return parseReadingView(null);
  }
}

export function saveReadingView(view: ReadingView): void {
  try {
    // The defaults are the absence of a choice.
    if (!view.compact && !view.hideRead) localStorage.removeItem(storageKeys.readingView);
    else
      localStorage.setItem(
        storageKeys.readingView,
        JSON.stringify({ compact: view.compact, hideRead: view.hideRead }),
      );
  } catch {
    // NOTE: blocked or full storage: the view still applies for this visit.
  }
}
