import { Component, Suspense, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { ChunkRetryScope, preloadableLazy } from '../../../src/components/lazy/preloadable-lazy';

function deferredModule() {
  let resolve!: () => void;
  let loads = 0;
  const ready = new Promise<void>((done) => (resolve = done));
  const load = async () => {
    loads += 1;
    await ready;
    return { default: ({ name }: { name: string }) => <p>Hello, {name}</p> };
  };
  return { load, resolve, loads: () => loads };
}

describe('preloadableLazy', () => {
  it('suspends on first render when nothing was preloaded, like React.lazy', async () => {
    const module = deferredModule();
    const Greeting = preloadableLazy(module.load);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Greeting name="reader" />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    module.resolve();
    expect(await screen.findByText('Hello, reader')).toBeInTheDocument();
  });

  it('renders in the very first commit once preloaded: the fallback never shows', async () => {
    const module = deferredModule();
    const Greeting = preloadableLazy(module.load);
    const preloading = Greeting.preload();
    module.resolve();
    await preloading;
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Greeting name="reader" />
      </Suspense>,
    );
    // Synchronously, right after render: no await, no fallback.
    expect(screen.getByText('Hello, reader')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });

  it('downloads once however often it is preloaded and rendered', async () => {
    const module = deferredModule();
    const Greeting = preloadableLazy(module.load);
    const first = Greeting.preload();
    const second = Greeting.preload();
    expect(first).toBe(second);
    module.resolve();
    await first;
    render(<Greeting name="a" />);
    render(<Greeting name="b" />);
    expect(module.loads()).toBe(1);
  });

  it('lets a failed preload be tried again', async () => {
    let attempts = 0;
    const Greeting = preloadableLazy(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return { default: () => <p>Back online</p> };
    });
    await expect(Greeting.preload()).rejects.toThrow('offline');
    await Greeting.preload();
    render(<Greeting />);
    expect(screen.getByText('Back online')).toBeInTheDocument();
  });

  it('renders nothing of a lazy part again on a navigation when no download has failed', async () => {
    let renders = 0;
    const Counted = preloadableLazy(async () => ({
      default: () => {
        renders += 1;
        return <p>Parsed once</p>;
      },
    }));
    await Counted.preload();
    // What renders it stays the same element between navigations (a memoised card, say).
    const content = <Counted />;
    const page = (scope: string) => <ChunkRetryScope scope={scope}>{content}</ChunkRetryScope>;
    const view = render(page('first visit'));
    expect(screen.getByText('Parsed once')).toBeInTheDocument();
    const before = renders;
    view.rerender(page('same page, new address'));
    view.rerender(page('a link to a card'));
    expect(renders).toBe(before);
  });

  it('shows a failed download as an error, and tries again on the next navigation only', async () => {
    let attempts = 0;
    const Greeting = preloadableLazy(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('Failed to fetch dynamically imported module');
      return { default: () => <p>Back online</p> };
    });
    const page = (scope: string) => (
      <ChunkRetryScope scope={scope}>
        <Boundary key={scope}>
          <Suspense fallback={<p>Loading</p>}>
            <Greeting />
          </Suspense>
        </Boundary>
      </ChunkRetryScope>
    );
    const view = render(page('first visit'));
    expect(await screen.findByText(/Failed to fetch/)).toBeInTheDocument();
    // The same navigation renders again (e.g. something else on the page changed): no new download.
    view.rerender(page('first visit'));
    expect(screen.getByText(/Failed to fetch/)).toBeInTheDocument();
    expect(attempts).toBe(1);
    // The reader follows a link back to it: the download is tried again, and this time it arrives.
    view.rerender(page('next visit'));
    expect(await screen.findByText('Back online')).toBeInTheDocument();
    expect(attempts).toBe(2);
  });
});

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? <p>{this.state.error.message}</p> : this.props.children;
  }
}
