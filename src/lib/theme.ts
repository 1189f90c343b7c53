import { storageKeys } from '../config/storage-keys';

/** 'system' follows the operating system's light/dark preference. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'system', 'dark'];

export function parseThemeChoice(value: unknown): ThemeChoice | null {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value)
    ? (value as ThemeChoice)
    : null;
}

export function loadThemeChoice(storage: Storage | undefined = safeLocalStorage()): ThemeChoice {
  try {
    return parseThemeChoice(storage?.getItem(storageKeys.theme)) ?? 'system';
  } catch {
    return 'system';
  }
}

export function saveThemeChoice(
  choice: ThemeChoice,
  storage: Storage | undefined = safeLocalStorage(),
): void {
  try {
    // 'system' is the absence of a choice, so a later change of the default reaches this reader too.
    if (choice === 'system') storage?.removeItem(storageKeys.theme);
    else storage?.setItem(storageKeys.theme, choice);
  } catch {
    // NOTE: blocked or full storage: the theme still applies for this visit.
  }
}

/**
 * Puts the choice on <html data-theme>; styles.css keys its colours off it and falls back to
 * prefers-color-scheme when the attribute is absent, so 'system' needs no script at all.
 */
export function applyThemeChoice(
  choice: ThemeChoice,
  root: HTMLElement | undefined = globalRoot(),
) {
  if (!root) return;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

function globalRoot(): HTMLElement | undefined {
  return typeof document === 'undefined' ? undefined : document.documentElement;
}

function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
