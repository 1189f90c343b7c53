import type { ReactElement } from 'react';
import { afterAll } from 'vitest';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClient } from '@tanstack/react-query';
import { AppProvider } from '../src/app/provider';
import { AppRoutes } from '../src/app/router';
import { loadReadingLanguage, resolveReadingLanguage } from '../src/lib/reading-language';
import { showReadingLanguage } from '../src/lib/shown-language';

/**
 * The page as the inline head script leaves it before any of the app runs (reader-settings-script.ts):
 * the reading language of the address, else the stored one, on <html>. The paper cards show it by their
 * styles (tests/setup.ts loads those); the app's layout keeps it in step from then on.
 */
function asTheHeadScriptLeavesIt(url: string) {
  const query = new URL(url, 'http://localhost').searchParams;
  showReadingLanguage(resolveReadingLanguage(query.get('lang'), loadReadingLanguage()));
}

// NOTE: every file that renders the app through these helpers may leave the page body or the Markdown
// renderer importing when its last test ends (an issue or paper page starts loading them). Let those
// imports finish before the file's environment is torn down, or they fail as an unhandled error after
// every test has passed.
afterAll(async () => {
  await Promise.all([
    import('../src/app/pages/issue/issue-view'),
    import('../src/app/pages/paper/paper-view'),
    import('../src/components/markdown/markdown-renderer'),
  ]);
});

export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
}

/** Renders the whole app (real providers, real routes) at a URL. */
export function renderApp(url = '/') {
  asTheHeadScriptLeavesIt(url);
  const queryClient = createTestQueryClient();
  const result = render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...result, queryClient };
}

/** Renders one element inside the providers and a router at `url` (for components that use links). */
export function renderWithClient(ui: ReactElement, url = '/') {
  asTheHeadScriptLeavesIt(url);
  const queryClient = createTestQueryClient();
  return {
    ...render(
      <AppProvider queryClient={queryClient}>
        <MemoryRouter initialEntries={[url]}>{ui}</MemoryRouter>
      </AppProvider>,
    ),
    queryClient,
  };
}
