import { storageKeys } from '../config/storage-keys';
import { storedValueAccess, type StoredValue } from './persisted-store';

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

export const storedReadingView: StoredValue<ReadingView> = {
  key: storageKeys.readingView,
  parse: parseReadingView,
  // The defaults are the absence of a choice.
  serialize: (view) =>
    !view.compact && !view.hideRead
      ? null
      : JSON.stringify({ compact: view.compact, hideRead: view.hideRead }),
};

// Frozen: every load without a stored view hands out this one object.
const readingViewAccess = storedValueAccess(
  storedReadingView,
  Object.freeze(parseReadingView(null)),
);

export const loadReadingView = readingViewAccess.load;

/** Blocked or full storage only means the view is not kept: it still applies for this visit. */
export const saveReadingView = readingViewAccess.save;
