import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { storageKeys } from '../../src/config/storage-keys';
import { loadReadingLanguage } from '../../src/lib/reading-language';
import { readPositions } from '../../src/hooks/scroll-restoration';
import { loadThemeChoice } from '../../src/lib/theme';

const anyStoredText = fc.oneof(
  fc.json(),
  fc.string(),
  fc.json().map((text) => text.slice(0, -1)),
  fc.constantFrom('null', '[null]', '{"__proto__":1}', '"ko"', 'ko', 'dark', '1e999', '[]'),
);

describe('every other key the app stores, under any value', () => {
  it('reading language and theme fall back to a valid choice and never throw', () => {
    fc.assert(
      fc.property(anyStoredText, anyStoredText, (language, theme) => {
        localStorage.setItem(storageKeys.language, language);
        localStorage.setItem(storageKeys.theme, theme);
        expect([null, 'ko', 'en', 'both']).toContain(loadReadingLanguage());
        expect(['light', 'dark', 'system']).toContain(loadThemeChoice());
      }),
    );
  });

  it('scroll positions read back as numbers only, whatever sessionStorage holds', () => {
    fc.assert(
      fc.property(anyStoredText, (value) => {
        sessionStorage.setItem(storageKeys.scroll, value);
        const positions = readPositions();
        for (const top of Object.values(positions)) expect(Number.isFinite(top)).toBe(true);
      }),
    );
  });
});
