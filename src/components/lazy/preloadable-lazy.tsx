import { createContext, lazy, useContext, type ComponentType, type ReactNode } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same constraint as React.lazy's
type ComponentModule = { default: ComponentType<any> };

export type PreloadableLazy<M extends ComponentModule> = ComponentType<
  M['default'] extends ComponentType<infer P> ? P : never
> & {
  /** Starts (or joins) the download; once it resolves, the component renders without suspending. */
  preload: () => Promise<M>;
};

/**
 * Which navigation a render belongs to (the router's location key; app/routes/route-error.tsx provides
 * it). A chunk that failed to download is tried again by the first render of a later navigation, never
 * in a loop within the same one.
 */
export const ChunkRetryContext = createContext<string>('');

/** How many preloadableLazy components have a failed download that has not been tried again. */
let failedDownloads = 0;

/**
 * Renders `children` with `scope` as the navigation its lazy parts belong to. Only while a download has
 * failed: otherwise the scope stays the same from one navigation to the next, so that a navigation
 * (a link to a card, the `?lang=` a language switch writes) does not render every lazy part of the page
 * again. (A Markdown block is one: rendering it again parses and typesets it again.)
 */
export function ChunkRetryScope({ scope, children }: { scope: string; children: ReactNode }) {
  return <ChunkRetryContext value={failedDownloads > 0 ? scope : ''}>{children}</ChunkRetryContext>;
}

/**
 * React.lazy with a `preload()`, and with a retry.
 * - A lazy component that has never rendered suspends on its first render even when its chunk is
 *   already here, because `import()` always answers with a pending promise. That one suspension shows
 *   the Suspense fallback for a frame, harmless on a blank page but not over a prerendered one, which
 *   the app hydrates (src/app/take-over.tsx). So once `preload()` has resolved, the factory hands React a
 *   thenable that answers synchronously: React's lazy initialiser then reads the module in the same
 *   render and nothing suspends.
 * - React.lazy remembers a failed download for the life of the page, so a reader who was offline for a
 *   moment could not open that page again without reloading. Here a render of a later navigation (see
 *   ChunkRetryContext) gets a fresh React.lazy, which downloads again (the browser fetches a module
 *   that failed again when it is imported again); so does an explicit `preload()`.
 */
export function preloadableLazy<M extends ComponentModule>(
  load: () => Promise<M>,
): PreloadableLazy<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  /** Set while the last download has failed: `scope` is the navigation whose render showed it. */
  let failure: { scope: string | null } | null = null;
  const setFailure = (next: typeof failure) => {
    failedDownloads += Number(next !== null) - Number(failure !== null);
    failure = next;
  };
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        setFailure(null);
        return (loaded = module);
      },
      (error: unknown) => {
        pending = undefined;
        setFailure({ scope: null });
        throw error;
      },
    ));
  const makeLazy = () =>
    lazy(() => {
      if (!loaded) return preload();
      const module = loaded;
      // NOTE: a synchronous thenable on purpose (see above); React only ever calls `then` on it.
      const ready = { then: (resolve: (value: M) => void) => resolve(module) };
      return ready as unknown as Promise<M>;
    });
  let current = makeLazy();

  /** The React.lazy to render in navigation `scope`: a fresh one once a failure was shown in another. */
  const lazyFor = (scope: string) => {
    if (failure && !loaded) {
      // The first render to meet the failure shows it; a render of a later navigation tries again.
      if (failure.scope === null) failure.scope = scope;
      else if (failure.scope !== scope) {
        setFailure(null);
        current = makeLazy();
      }
    }
    return current;
  };

  function Lazy(props: object) {
    const Component = lazyFor(useContext(ChunkRetryContext));
    // NOTE: the same component on every render, until a failed download is tried again in a later
    // navigation: a new one then, on purpose (the failed one never rendered anything to keep).
    // eslint-disable-next-line react-hooks/static-components
    return <Component {...props} />;
  }
  return Object.assign(Lazy, { preload }) as unknown as PreloadableLazy<M>;
}
