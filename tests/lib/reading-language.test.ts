// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { storageKeys } from '../../src/config/storage-keys';
import {
  interfaceLanguageOf,
  loadReadingLanguage,
  nextReadingLanguage,
  parseReadingLanguage,
  resolveReadingLanguage,
  saveReadingLanguage,
  serializeReadingLanguage,
} from '../../src/lib/reading-language';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

const throwingStorage = (): Storage =>
  ({
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  }) as unknown as Storage;

describe('the reading language', () => {
  it.each([
    ['ko', 'ko'],
    ['en', 'en'],
    ['both', 'both'],
    [' EN ', 'en'],
    ['Both', 'both'],
    ['fr', null],
    ['', null],
    ['ko,en', null],
    [null, null],
    [undefined, null],
    [1, null],
    [{}, null],
  ])('parses %j as %j', (input, expected) => {
    expect(parseReadingLanguage(input)).toBe(expected);
  });

  it('round-trips every language through serialise and parse', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ko', 'en', 'both') as fc.Arbitrary<'ko' | 'en' | 'both'>,
        (language) => {
          expect(parseReadingLanguage(serializeReadingLanguage(language))).toBe(language);
        },
      ),
    );
  });

  it('never accepts anything but the three values', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const parsed = parseReadingLanguage(value);
        expect(parsed === null || ['ko', 'en', 'both'].includes(parsed)).toBe(true);
      }),
    );
  });

  it.each([
    ['en', 'ko', 'en'],
    [null, 'both', 'both'],
    ['nonsense', 'en', 'en'],
    [null, null, 'ko'],
    ['both', null, 'both'],
  ] as const)('URL %j over stored %j gives %j', (url, stored, expected) => {
    expect(resolveReadingLanguage(url, stored)).toBe(expected);
  });

  it('cycles ko → en → both → ko', () => {
    expect(nextReadingLanguage('ko')).toBe('en');
    expect(nextReadingLanguage('en')).toBe('both');
    expect(nextReadingLanguage('both')).toBe('ko');
  });

  it('speaks English in the interface only when English was chosen', () => {
    expect(interfaceLanguageOf('en')).toBe('en');
    expect(interfaceLanguageOf('ko')).toBe('ko');
    expect(interfaceLanguageOf('both')).toBe('ko');
  });

  it('stores and loads under the versioned key, ignoring garbage', () => {
    const storage = memoryStorage();
    expect(loadReadingLanguage(storage)).toBeNull();
    expect(saveReadingLanguage('both', storage)).toBe(true);
    expect(storage.getItem(storageKeys.language)).toBe('both');
    expect(loadReadingLanguage(storage)).toBe('both');
    expect(
      loadReadingLanguage(memoryStorage({ [storageKeys.language]: '{"lang":"en"}' })),
    ).toBeNull();
  });

  it('treats blocked or full storage as "nothing stored" instead of failing', () => {
    expect(loadReadingLanguage(throwingStorage())).toBeNull();
    expect(saveReadingLanguage('en', throwingStorage())).toBe(false);
  });
});
