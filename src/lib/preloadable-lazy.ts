import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
type ComponentModule = { default: ComponentType<any> };

export type PreloadableLazy<M extends ComponentModule> = LazyExoticComponent<M['default']> & {
  /** Starts (or joins) the download; once it resolves, the component renders without suspending. */
  preload: () => Promise<M>;
};

/**
 * React.lazy with a `preload()`. A lazy component that has never rendered suspends on its first render
 * even when its chunk is already here, because `import()` always answers with a pending promise. That
 * one suspension shows the Suspense fallback for a frame, which is harmless on a blank page but would
 * blank out a prerendered one (src/app/take-over.tsx, prepareRoute in src/app/router.tsx). So once
 * `preload()` has resolved, the factory hands React a thenable that answers synchronously: React's lazy
 * initialiser then reads the module in the same render and nothing suspends.
 */
export function preloadableLazy<M extends ComponentModule>(
  load: () => Promise<M>,
): PreloadableLazy<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        // A failed download may be retried by the next render (e.g. after the network came back).
        pending = undefined;
        throw error;
      },
    ));
  const component = lazy(() => {
    if (!loaded) return preload();
    const module = loaded;
    // NOTE: a synchronous thenable on purpose (see above); React only ever calls `then` on it.
    const ready = { then: (resolve: (value: M) => void) => resolve(module) };
    return ready as unknown as Promise<M>;
  });
  return Object.assign(component, { preload });
}
