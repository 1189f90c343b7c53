import { storageKeys } from '../config/storage-keys';
import { storedValueAccess, type StoredValue } from './persisted-store';

/** Which language a reader reads titles and abstracts in; 'both' shows them side by side. */
export type ReadingLanguage = 'ko' | 'en' | 'both';

export const READING_LANGUAGES: readonly ReadingLanguage[] = ['ko', 'en', 'both'];

/** Used when nothing is stored and the URL says nothing: the digest is a Korean publication. */
export const DEFAULT_READING_LANGUAGE: ReadingLanguage = 'ko';

/** The URL query parameter that carries the language on a shared link. */
export const READING_LANGUAGE_PARAM = 'lang';

/** Accepts only the three known values (case and surrounding space forgiven); anything else is null. */
export function parseReadingLanguage(value: unknown): ReadingLanguage | null {
  if (typeof value !== 'string') return null;
  const normalised = value.trim().toLowerCase();
  return (READING_LANGUAGES as readonly string[]).includes(normalised)
    ? (normalised as ReadingLanguage)
    : null;
}

export function serializeReadingLanguage(language: ReadingLanguage): string {
  return language;
}

/** ko -> en -> both -> ko: the order the `t` shortcut walks. */
export function nextReadingLanguage(language: ReadingLanguage): ReadingLanguage {
  const index = READING_LANGUAGES.indexOf(language);
  return READING_LANGUAGES[(index + 1) % READING_LANGUAGES.length] ?? DEFAULT_READING_LANGUAGE;
}

/** The reader's own choice, as it is kept in localStorage. */
export const storedReadingLanguage: StoredValue<ReadingLanguage> = {
  key: storageKeys.language,
  parse: parseReadingLanguage,
  serialize: serializeReadingLanguage,
};

const readingLanguageAccess = storedValueAccess(storedReadingLanguage, null);

/** The stored choice, or null when there is none, it is unreadable, or storage is blocked. */
export const loadReadingLanguage = readingLanguageAccess.load;

/** Remembers the choice and says whether it could; blocked or full storage only means it is not kept
 * (the URL still carries the choice). */
export const saveReadingLanguage = readingLanguageAccess.save;

/** URL wins over the stored choice, which wins over the default. */
export function resolveReadingLanguage(
  urlValue: string | null | undefined,
  stored: ReadingLanguage | null,
): ReadingLanguage {
  return parseReadingLanguage(urlValue) ?? stored ?? DEFAULT_READING_LANGUAGE;
}

/** The language of buttons and labels: English only when the reader chose English. */
export type InterfaceLanguage = 'ko' | 'en';

export function interfaceLanguageOf(language: ReadingLanguage): InterfaceLanguage {
  return language === 'en' ? 'en' : 'ko';
}
