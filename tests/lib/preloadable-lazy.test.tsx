import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { preloadableLazy } from '../../src/lib/preloadable-lazy';

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
});
