import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { useHydrationSafe } from './hydration';
import {
  DEFAULT_READING_LANGUAGE,
  READING_LANGUAGE_PARAM,
  parseReadingLanguage,
  resolveReadingLanguage,
  storedReadingLanguage,
  type ReadingLanguage,
} from '../lib/reading-language';
import { createPersistedStore } from '../lib/persisted-store';
import type { keepInPlace as KeepInPlace } from '../lib/keep-in-place';

// keep-in-place.ts is not needed to show a page, only once the reader switches language: it loads when
// the browser is first idle, off the code a page needs before its content (npm run budget). A switch
// before it has arrived happens at once, without it.
let keepInPlace: typeof KeepInPlace | null = null;
if (typeof window !== 'undefined') {
  const load = () =>
    void import('../lib/keep-in-place').then(
      (module) => (keepInPlace = module.keepInPlace),
      () => {},
    );
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load);
  else window.setTimeout(load, 1);
}
function switchKeepingPlace(change: () => void, onSettled: () => void) {
  if (keepInPlace) return keepInPlace(change, onSettled);
  change();
  // What keepInPlace does for `onSettled`: after the frame that shows the change.
  requestAnimationFrame(() => window.setTimeout(onSettled, 0));
}

// The stored choice, the same for every component and synced with other tabs. Every component that
// shows text asks for it on every render, and React asks again to check for tearing: the store reads
// storage once and keeps the answer while anyone is listening. When storage is blocked or full, the
// choice still lives for this page's lifetime.
const languageStore = createPersistedStore(storedReadingLanguage, { fallback: null });
// NOTE: the new `?lang=` reaches the router only after the switch has painted (see setLanguage), and
// the URL wins over storage; so the choice just made is shown at once from here, on the page it was
// made on, until the navigation that writes it into the address has happened (`settled`: it has been
// asked for, so the next location is that one).
let chosen: { language: ReadingLanguage; pathname: string; settled: boolean } | null = null;

// The address whose unknown `?lang=` has already been dropped (every component using the hook sees it).
let droppedFor: string | null = null;

const readStored = (): ReadingLanguage | null => languageStore.getSnapshot();

function writeStored(language: ReadingLanguage) {
  languageStore.set(language);
}

const readChosen = () => chosen;

let subscribers = 0;
function subscribe(listener: () => void) {
  subscribers++;
  const unsubscribe = languageStore.subscribe(listener);
  let subscribed = true;
  return () => {
    if (!subscribed) return;
    subscribed = false;
    unsubscribe();
    // Nobody shows a language any more (the app unmounted): a pending choice must not outlive it.
    if (--subscribers === 0) chosen = null;
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
  // NOTE: storage is read while hydrating too (the prerender has none, so it reads null there): the
  // language is made the static page's by useHydrationSafe below, which re-renders only when it differs.
  const stored = useSyncExternalStore(subscribe, readStored, readStored);
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
      switchKeepingPlace(
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

  // The prerender wrote its page in the default language, and hydration must find the same markup:
  // the reader's own language comes in the render right after (src/hooks/hydration.ts).
  return [useHydrationSafe(language, DEFAULT_READING_LANGUAGE), setLanguage];
}
