import { storageKeys } from '../config/storage-keys';
import { storedValueAccess, type StoredValue } from './persisted-store';

/** 'system' follows the operating system's light/dark preference. */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['light', 'system', 'dark'];

export function parseThemeChoice(value: unknown): ThemeChoice | null {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value)
    ? (value as ThemeChoice)
    : null;
}

/** What is shown when nothing (readable) is stored. */
export const DEFAULT_THEME_CHOICE: ThemeChoice = 'system';

export const storedThemeChoice: StoredValue<ThemeChoice> = {
  key: storageKeys.theme,
  parse: parseThemeChoice,
  // 'system' is the absence of a choice, so a later change of the default reaches this reader too.
  serialize: (choice) => (choice === 'system' ? null : choice),
};

const themeChoiceAccess = storedValueAccess(storedThemeChoice, DEFAULT_THEME_CHOICE);

export const loadThemeChoice = themeChoiceAccess.load;

/** Blocked or full storage only means the choice is not kept: it still applies for this visit. */
export const saveThemeChoice = themeChoiceAccess.save;

/**
 * Puts the choice on <html data-theme>; src/styles/tokens.css keys its colours off it and falls back to
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
