import type { ReactElement } from 'react';
import { afterAll } from 'vitest';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { QueryClient } from '@tanstack/react-query';
import { AppProvider } from '../src/app/provider';
import { AppRoutes } from '../src/app/router';

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
