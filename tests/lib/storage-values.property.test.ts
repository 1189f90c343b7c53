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

  it('scroll places read back as a finite offset, and a card only with its finite top, whatever sessionStorage holds', () => {
    // Mostly near-valid places (a number, a string), so that every branch of the reader is met.
    const place = fc.record(
      {
        y: fc.oneof(fc.double(), fc.anything()),
        card: fc.oneof(fc.string(), fc.anything()),
        top: fc.oneof(fc.double(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const stored = fc.oneof(
      anyStoredText,
      fc
        .dictionary(fc.string(), fc.oneof(place, fc.anything()))
        .map((value) => JSON.stringify(value)),
    );
    fc.assert(
      fc.property(stored, (value) => {
        sessionStorage.setItem(storageKeys.scroll, value);
        for (const { y, card, top } of Object.values(readPositions())) {
          expect(Number.isFinite(y)).toBe(true);
          if (card !== undefined) {
            expect(typeof card).toBe('string');
            expect(Number.isFinite(top)).toBe(true);
          } else expect(top).toBeUndefined();
        }
      }),
    );
  });

  it('a saved place reads back as it was written', () => {
    const places = { a: { y: 120 }, b: { y: 4000, card: 'optpipe', top: -35.5 } };
    sessionStorage.setItem(storageKeys.scroll, JSON.stringify(places));
    expect(readPositions()).toEqual(places);
  });
});
