import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
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
const listeners = new Set<() => void>();
let memory: ReadingLanguage | null = null;
// NOTE: the new `?lang=` reaches the router only after the switch has painted (see setLanguage), and
// the URL wins over storage; so the choice just made is shown at once from here, on the page it was
// made on, until the navigation that writes it into the address has happened (`settled`: it has been
// asked for, so the next location is that one).
let chosen: { language: ReadingLanguage; pathname: string; settled: boolean } | null = null;

// The address whose unknown `?lang=` has already been dropped (every component using the hook sees it).
let droppedFor: string | null = null;

// Every component that shows text asks for the language on every render, and React asks again to
// check for tearing: read storage once and keep the answer while anyone is listening for changes.
let cached: { language: ReadingLanguage | null } | null = null;

function readStored(): ReadingLanguage | null {
  if (cached && listeners.size > 0) return cached.language;
  // NOTE: when storage is blocked the choice still lives for this page's lifetime.
  const language = loadReadingLanguage() ?? memory;
  cached = { language };
  return language;
}

function writeStored(language: ReadingLanguage) {
  // NOTE: memory is only the fallback for blocked storage, so it never shadows a real stored value.
  memory = saveReadingLanguage(language) ? null : language;
  cached = null;
  listeners.forEach((listener) => listener());
}

const readChosen = () => chosen;

function subscribe(listener: () => void) {
  // NOTE: storage may have changed between a first render's read and this subscription.
  if (listeners.size === 0) cached = null;
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== storageKeys.language) return;
    cached = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
    // Nobody shows a language any more (the app unmounted): a pending choice must not outlive it.
    if (listeners.size === 0) {
      chosen = null;
      cached = null;
    }
  };
}

/**
 * The reading language: `?lang=` in the URL wins over the stored choice. Setting it stores it and
 * writes it into the URL with a replace-navigation, so a copied link opens in the same language.
 */
export function useReadingLanguage(): [ReadingLanguage, (language: ReadingLanguage) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const { pathname, key: locationKey } = location;
  const navigate = useNavigate();
  // The address is written a frame after the click: by then with the query as it is then.
  const setParams = useRef(setSearchParams);
  useEffect(() => {
    setParams.current = setSearchParams;
  });
  const stored = useSyncExternalStore(subscribe, readStored, () => null);
  const justChosen = useSyncExternalStore(subscribe, readChosen, () => null);
  const urlValue = searchParams.get(READING_LANGUAGE_PARAM);
  const pending = justChosen?.pathname === pathname ? justChosen : null;
  const language = pending ? pending.language : resolveReadingLanguage(urlValue, stored);

  // Once the address carries the choice, or the reader has gone to another page, the address speaks
  // for itself again.
  useEffect(() => {
    if (chosen && (chosen.pathname !== pathname || chosen.settled)) chosen = null;
  }, [pathname, locationKey]);

  // An unknown `?lang=fr` means nothing: it leaves the address, so no link built from it (contents,
  // highlights, pager) carries it on.
  useEffect(() => {
    if (urlValue === null || parseReadingLanguage(urlValue) !== null) return;
    if (droppedFor === locationKey) return;
    droppedFor = locationKey;
    // The anchor and the router's state stay (a shared `?lang=fr#paper-x` still lands on the paper).
    const params = new URLSearchParams(location.search);
    params.delete(READING_LANGUAGE_PARAM);
    const search = params.toString();
    void navigate(
      { pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash },
      { replace: true, state: location.state as unknown },
    );
  }, [urlValue, locationKey, location, navigate]);

  // NOTE: a shared link's language is shown, never saved: the reader's own choice is theirs (issue 14).
  // It also kept a late address update from writing over a choice another tab had just made.
  const setLanguage = useCallback(
    (next: ReadingLanguage) => {
      const address = window.location.pathname;
      const choice = { language: next, pathname, settled: false };
      keepInPlace(
        () => {
          chosen = choice;
          writeStored(next);
        },
        // The address follows once the page has settled: the router's navigation re-renders the whole
        // route, and doing it in the same frame would hold the switch back by that much; and the
        // position saved for Back is then the corrected one.
        () => {
          // NOTE: the reader may have followed a link meanwhile; that page's address is not ours to edit.
          if (window.location.pathname !== address) return;
          choice.settled = true;
          setParams.current(
            (current) => {
              const params = new URLSearchParams(current);
              params.set(READING_LANGUAGE_PARAM, next);
              return params;
            },
            { replace: true },
          );
        },
      );
    },
    [pathname],
  );

  return [language, setLanguage];
}
