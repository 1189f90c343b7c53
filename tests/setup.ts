// The component tests' setup (the `dom` project in vitest.config.ts): pure tests run without it.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Route modules load lazily (dynamic import): on a busy 2-core CI machine the first import of a chunk
// can take longer than Testing Library's default 1 s for findBy* queries.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
});
