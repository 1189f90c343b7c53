import type { StorageLike } from '../../../src/features/library/library-store';

type Listener = (key: string | null) => void;

/**
 * One origin's localStorage shared by simulated tabs. A write by one tab queues a `storage` event for
 * every other tab; the test decides when each tab receives its events (as a browser would, later).
 */
export class SharedStorage {
  readonly values = new Map<string, string>();
  /** Bytes (UTF-16 code units) the origin may hold; null is unlimited. */
  quota: number | null = null;
  failReads = false;
  failWrites = false;
  private readonly tabs: { listeners: Set<Listener>; queue: (string | null)[] }[] = [];

  tab(): { storage: StorageLike; subscribe: (l: Listener) => () => void; deliver: () => void } {
    const tab = { listeners: new Set<Listener>(), queue: [] as (string | null)[] };
    this.tabs.push(tab);
    const storage: StorageLike = {
      getItem: (key) => {
        if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
        return this.values.get(key) ?? null;
      },
      setItem: (key, value) => {
        if (this.failWrites) throw new DOMException('The operation is insecure.', 'SecurityError');
        if (this.quota !== null && this.sizeWith(key, value) > this.quota) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        if (this.values.get(key) === value) return;
        this.values.set(key, value);
        for (const other of this.tabs) if (other !== tab) other.queue.push(key);
      },
    };
    return {
      storage,
      subscribe: (listener) => {
        tab.listeners.add(listener);
        return () => tab.listeners.delete(listener);
      },
      deliver: () => {
        const queue = tab.queue.splice(0);
        for (const key of queue) for (const listener of tab.listeners) listener(key);
      },
    };
  }

  private sizeWith(key: string, value: string): number {
    let size = key.length + value.length;
    for (const [k, v] of this.values) if (k !== key) size += k.length + v.length;
    return size;
  }
}

/** A clock that moves one second per reading, so every mark gets its own time. */
export function tickingClock(start = Date.parse('2025-10-21T00:00:00.000Z')): () => Date {
  let now = start;
  return () => new Date((now += 1000));
}
