/** Every localStorage key the app uses. Versioned so that a future shape can migrate. */
export const storageKeys = {
  library: 'paper-digest.library.v1',
  libraryBackup: 'paper-digest.library.backup',
  language: 'paper-digest.language.v1',
  theme: 'paper-digest.theme.v1',
} as const;
