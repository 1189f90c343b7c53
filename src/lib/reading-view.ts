import { storageKeys } from '../config/storage-keys';
import {
  readValue,
  safeLocalStorage,
  writeValue,
  type StorageLike,
  type StoredValue,
} from './persisted-store';

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

export function loadReadingView(
  storage: StorageLike | undefined = safeLocalStorage(),
): ReadingView {
  return readValue(storedReadingView, storage) ?? parseReadingView(null);
}

/** Blocked or full storage only means the view is not kept: it still applies for this visit. */
export function saveReadingView(
  view: ReadingView,
  storage: StorageLike | undefined = safeLocalStorage(),
): void {
  writeValue(storedReadingView, view, storage);
}
