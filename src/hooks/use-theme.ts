import { useCallback, useSyncExternalStore } from 'react';
import { createPersistedStore } from '../lib/persisted-store';
import {
  DEFAULT_THEME_CHOICE,
  applyThemeChoice,
  storedThemeChoice,
  type ThemeChoice,
} from '../lib/theme';

const themeStore = createPersistedStore(storedThemeChoice, { fallback: DEFAULT_THEME_CHOICE });
// NOTE: the head script (src/app/reader-settings-script.ts) has applied the stored theme before the
// first paint; applied again when this module loads, from the same store the switch then writes to.
applyThemeChoice(themeStore.getSnapshot());

// A choice made in another tab applies here too, before anything re-renders.
function subscribe(listener: () => void) {
  return themeStore.subscribe(() => {
    applyThemeChoice(themeStore.getSnapshot());
    listener();
  });
}

const getServerSnapshot = () => DEFAULT_THEME_CHOICE;

/** The reader's theme choice ('system' by default), remembered and synced across tabs. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const choice = useSyncExternalStore(subscribe, themeStore.getSnapshot, getServerSnapshot);
  const setChoice = useCallback((next: ThemeChoice) => {
    // NOTE: blocked or full storage: the theme still applies for this visit.
    themeStore.set(next);
    applyThemeChoice(themeStore.getSnapshot());
  }, []);
  return [choice, setChoice];
}
