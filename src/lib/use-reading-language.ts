import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import {
  READING_LANGUAGE_PARAM,
  loadReadingLanguage,
  parseReadingLanguage,
  resolveReadingLanguage,
  saveReadingLanguage,
  type ReadingLanguage,
} from './reading-language';
import { storageKeys } from '../config/storage-keys';
import { keepInPlace } from './keep-in-place';

// A tiny store over localStorage so every component (and other tabs) sees the same stored choice.
// The snapshot is a string (or null), so reading storage on every render is a stable snapshot.
const listeners = new Set<() => void>();
let memory: ReadingLanguage | null = null;
// NOTE: the router applies the new `?lang=` in a transition, a frame or more after the click, and the
// URL wins over storage; so the choice just made is shown at once from here, for as long as the
// address is still the one it was made on (the router's replace-navigation gives it a new key).
let chosen: { language: ReadingLanguage; locationKey: string } | null = null;

function readStored(): ReadingLanguage | null {
  // NOTE: when storage is blocked the choice still lives for this page's lifetime.
  return loadReadingLanguage() ?? memory;
}

function writeStored(language: ReadingLanguage) {
  // NOTE: memory is only the fallback for blocked storage, so it never shadows a real stored value.
  memory = saveReadingLanguage(language) ? null : language;
  listeners.forEach((listener) => listener());
}

const readChosen = () => chosen;

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === storageKeys.language) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
    // Nobody shows a language any more (the app unmounted): a pending choice must not outlive it.
    if (listeners.size === 0) chosen = null;
  };
}

/**
 * The reading language: `?lang=` in the URL wins over the stored choice. Setting it stores it and
 * writes it into the URL with a replace-navigation, so a copied link opens in the same language.
 */
export function useReadingLanguage(): [ReadingLanguage, (language: ReadingLanguage) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const { key: locationKey } = useLocation();
  const stored = useSyncExternalStore(subscribe, readStored, () => null);
  const justChosen = useSyncExternalStore(subscribe, readChosen, () => null);
  const urlValue = searchParams.get(READING_LANGUAGE_PARAM);
  const language =
    justChosen?.locationKey === locationKey
      ? justChosen.language
      : resolveReadingLanguage(urlValue, stored);

  // Once the address has moved on (normally to carry the choice), it speaks for itself again.
  useEffect(() => {
    if (chosen && chosen.locationKey !== locationKey) chosen = null;
  }, [locationKey]);

  // A shared link's language becomes the reader's remembered one as well.
  const fromUrl = parseReadingLanguage(urlValue);
  useEffect(() => {
    if (fromUrl && fromUrl !== readStored()) writeStored(fromUrl);
  }, [fromUrl]);

  const setLanguage = useCallback(
    (next: ReadingLanguage) => {
      keepInPlace(() => {
        chosen = { language: next, locationKey };
        writeStored(next);
      });
      setSearchParams(
        (current) => {
          const params = new URLSearchParams(current);
          params.set(READING_LANGUAGE_PARAM, next);
          return params;
        },
        { replace: true },
      );
    },
    [setSearchParams, locationKey],
  );

  return [language, setLanguage];
}
