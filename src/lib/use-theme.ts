import { useCallback, useSyncExternalStore } from 'react';
import { applyThemeChoice, loadThemeChoice, saveThemeChoice, type ThemeChoice } from './theme';
import { storageKeys } from '../config/storage-keys';

const listeners = new Set<() => void>();
let current: ThemeChoice = loadThemeChoice();
// NOTE: applied when this module loads, before React's first paint, so a stored dark theme never
// flashes light (the CSP forbids the usual inline <script> in index.html).
applyThemeChoice(current);

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== null && event.key !== storageKeys.theme) return;
    current = loadThemeChoice();
    applyThemeChoice(current);
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The reader's theme choice ('system' by default), remembered and synced across tabs. */
export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const choice = useSyncExternalStore(
    subscribe,
    () => current,
    () => 'system' as ThemeChoice,
  );
  const setChoice = useCallback((next: ThemeChoice) => {
    current = next;
    saveThemeChoice(next);
    applyThemeChoice(next);
    listeners.forEach((listener) => listener());
  }, []);
  return [choice, setChoice];
}
