/** Every storage key the app uses (localStorage, and one sessionStorage key). Versioned so that a
 * future shape can migrate; the values never change, or what readers stored would be lost. The
 * localStorage ones are read and written through src/lib/persisted-store.ts. */
export const storageKeys = {
  library: 'paper-digest.library.v1',
  /** Library values that could not be read, kept aside rather than lost (offered for download). */
  libraryBackup: 'paper-digest.library.backup',
  language: 'paper-digest.language.v1',
  theme: 'paper-digest.theme.v1',
  /** How the issue page is laid out: compact cards, read papers hidden (src/lib/reading-view.ts). */
  readingView: 'paper-digest.reading-view.v1',
  /** sessionStorage: scroll positions per history entry (src/hooks/scroll-restoration.ts). */
  scroll: 'paper-digest.scroll',
} as const;
