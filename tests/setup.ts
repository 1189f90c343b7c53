// The component tests' setup (the `dom` project in vitest.config.ts): pure tests run without it.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { readFileSync } from 'node:fs';

// The styles that show a paper card in the reader's language: the cards are written in every language
// and these leave out the others (so a hidden half is out of sight and out of accessible names here too,
// as in a browser). The real files; the rest of the app's CSS is not loaded (jsdom lays nothing out).
for (const file of [
  'src/components/ui/translated.css',
  'src/features/papers/components/paper-card-language.css',
]) {
  const style = document.createElement('style');
  style.dataset.from = file;
  style.textContent = readFileSync(file, 'utf8');
  document.head.append(style);
}

// Route modules load lazily (dynamic import): on a busy 2-core CI machine the first import of a chunk
// can take longer than Testing Library's default 1 s for findBy* queries.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  delete document.documentElement.dataset.readingLanguage;
});
