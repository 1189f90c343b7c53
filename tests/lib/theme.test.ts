import { describe, expect, it } from 'vitest';
import { storageKeys } from '../../src/config/storage-keys';
import {
  applyThemeChoice,
  loadThemeChoice,
  parseThemeChoice,
  saveThemeChoice,
} from '../../src/lib/theme';

describe('the theme choice', () => {
  it.each([
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'system'],
    ['Dark', null],
    ['', null],
    [null, null],
  ])('parses %j as %j', (value, expected) => {
    expect(parseThemeChoice(value)).toBe(expected);
  });

  it('remembers light and dark, and forgets on "system" so it follows the OS again', () => {
    saveThemeChoice('dark', localStorage);
    expect(localStorage.getItem(storageKeys.theme)).toBe('dark');
    expect(loadThemeChoice(localStorage)).toBe('dark');
    saveThemeChoice('system', localStorage);
    expect(localStorage.getItem(storageKeys.theme)).toBeNull();
    expect(loadThemeChoice(localStorage)).toBe('system');
    localStorage.setItem(storageKeys.theme, 'sepia');
    expect(loadThemeChoice(localStorage)).toBe('system');
  });

  it('puts an explicit choice on <html data-theme> and removes it for "system"', () => {
    const root = document.createElement('html');
    applyThemeChoice('dark', root);
    expect(root.dataset.theme).toBe('dark');
    applyThemeChoice('system', root);
    expect(root.dataset.theme).toBeUndefined();
  });

  it('survives blocked storage', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('blocked');
      },
      removeItem: () => {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    expect(loadThemeChoice(blocked)).toBe('system');
    expect(() => saveThemeChoice('dark', blocked)).not.toThrow();
  });
});
