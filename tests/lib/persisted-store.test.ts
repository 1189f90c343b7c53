import { describe, expect, it, vi } from 'vitest';
import {
  createPersistedStore,
  keepAsideUnder,
  readKeptAside,
  readValue,
  writeValue,
  type StorageEventSource,
  type StorageLike,
  type StoredValue,
} from '../../src/lib/persisted-store';

/** One origin's storage as a tab sees it: it can be blocked, or full. */
class FakeStorage implements StorageLike {
  readonly values = new Map<string, string>();
  blocked = false;
  /** Characters the origin may hold; null is unlimited. */
  quota: number | null = null;

  getItem(key: string): string | null {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.values.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    let size = key.length + value.length;
    for (const [k, v] of this.values) if (k !== key) size += k.length + v.length;
    if (this.quota !== null && size > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.values.set(key, value);
  }

  removeItem(key: string): void {
    if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.values.delete(key);
  }
}

/** The `storage` events another tab's writes would fire in this one, sent when the test says. */
function storageEvents(): { source: StorageEventSource; fire: (key: string | null) => void } {
  const handlers = new Set<(key: string | null) => void>();
  return {
    source: (onChange) => {
      handlers.add(onChange);
      return () => handlers.delete(onChange);
    },
    fire: (key) => handlers.forEach((handler) => handler(key)),
  };
}

interface Settings {
  size: number;
  unit: 'px' | 'em';
}

const KEY = 'test.settings.v1';
const BACKUP = { key: 'test.settings.backup', kind: 'test-settings-kept-aside' };

const settings: StoredValue<Settings> = {
  key: KEY,
  parse(raw) {
    try {
      const value = JSON.parse(raw ?? 'null') as Partial<Settings> | null;
      return typeof value?.size === 'number' && (value.unit === 'px' || value.unit === 'em')
        ? { size: value.size, unit: value.unit }
        : null;
    } catch {
      return null;
    }
  },
  serialize: (value) => JSON.stringify(value),
};

const DEFAULTS: Settings = { size: 16, unit: 'px' };

function open(storage: FakeStorage, events = storageEvents()) {
  const store = createPersistedStore(settings, {
    fallback: DEFAULTS,
    getStorage: () => storage,
    storageEvents: events.source,
    keepAside: keepAsideUnder(BACKUP, 'unreadable', () => new Date('2025-10-21T00:00:00.000Z')),
  });
  return { store, fire: events.fire };
}

describe('readValue and writeValue', () => {
  it('read back what they wrote, and remove the key for a value stored as nothing', () => {
    const storage = new FakeStorage();
    const choice: StoredValue<string> = {
      key: 'choice',
      parse: (raw) => (raw === 'a' || raw === 'b' ? raw : null),
      serialize: (value) => (value === 'a' ? null : value),
    };
    expect(readValue(choice, storage)).toBeNull();
    expect(writeValue(choice, 'b', storage)).toBe(true);
    expect(readValue(choice, storage)).toBe('b');
    expect(writeValue(choice, 'a', storage)).toBe(true);
    expect(storage.values.has('choice')).toBe(false);
  });

  it('refuse a value whose text would not read back, and leave storage as it was', () => {
    const storage = new FakeStorage();
    storage.values.set(KEY, '{"size":12,"unit":"em"}');
    expect(writeValue(settings, { size: 12, unit: 'pt' as 'px' }, storage)).toBe(false);
    expect(storage.values.get(KEY)).toBe('{"size":12,"unit":"em"}');
  });

  it('treat blocked or missing storage as nothing stored, and never throw', () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    expect(readValue(settings, storage)).toBeNull();
    expect(writeValue(settings, DEFAULTS, storage)).toBe(false);
    expect(readValue(settings, undefined)).toBeNull();
    expect(writeValue(settings, DEFAULTS, undefined)).toBe(false);
  });
});

describe('a persisted store', () => {
  it('reads the fallback when nothing is stored, and what was set afterwards', () => {
    const storage = new FakeStorage();
    const { store } = open(storage);
    expect(store.getSnapshot()).toEqual(DEFAULTS);
    expect(store.set({ size: 20, unit: 'em' })).toBe(true);
    expect(store.getSnapshot()).toEqual({ size: 20, unit: 'em' });
    expect(JSON.parse(storage.values.get(KEY) ?? 'null')).toEqual({ size: 20, unit: 'em' });
  });

  it('keeps a corrupt stored value aside before anything replaces it', () => {
    const storage = new FakeStorage();
    const corrupt = '{"size":"huge","unit":';
    storage.values.set(KEY, corrupt);
    const { store } = open(storage);
    expect(store.getSnapshot()).toEqual(DEFAULTS);
    const items = readKeptAside(storage, BACKUP.key);
    expect(items).toEqual([
      { keptAt: '2025-10-21T00:00:00.000Z', reason: 'unreadable', raw: corrupt },
    ]);
    expect(JSON.parse(storage.values.get(BACKUP.key) ?? 'null').kind).toBe(BACKUP.kind);

    // Now that it is safe, a choice may be stored over it; and it is kept aside once only.
    expect(store.set({ size: 18, unit: 'px' })).toBe(true);
    storage.values.set(KEY, corrupt);
    store.getSnapshot();
    expect(readKeptAside(storage, BACKUP.key)).toHaveLength(1);
  });

  it('never overwrites a corrupt value it could not keep aside', () => {
    const storage = new FakeStorage();
    const corrupt = 'x'.repeat(40);
    storage.values.set(KEY, corrupt);
    // Room for the corrupt value, not for a copy of it.
    storage.quota = KEY.length + corrupt.length + 20;
    const { store } = open(storage);
    expect(store.getSnapshot()).toEqual(DEFAULTS);
    expect(readKeptAside(storage, BACKUP.key)).toEqual([]);

    expect(store.set({ size: 1, unit: 'px' })).toBe(false);
    expect(storage.values.get(KEY)).toBe(corrupt);
    // The choice still holds for this page.
    expect(store.getSnapshot()).toEqual({ size: 1, unit: 'px' });
  });

  it('works from memory when storage is blocked (getItem throws)', () => {
    const storage = new FakeStorage();
    storage.blocked = true;
    const { store } = open(storage);
    expect(store.getSnapshot()).toEqual(DEFAULTS);
    expect(store.set({ size: 14, unit: 'em' })).toBe(false);
    expect(store.getSnapshot()).toEqual({ size: 14, unit: 'em' });

    // Also when touching the storage object itself throws (site data blocked).
    const unreachable = createPersistedStore(settings, {
      fallback: DEFAULTS,
      getStorage: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
      storageEvents: storageEvents().source,
    });
    expect(unreachable.getSnapshot()).toBe(DEFAULTS);
    expect(unreachable.set({ size: 14, unit: 'em' })).toBe(false);
    expect(unreachable.getSnapshot()).toEqual({ size: 14, unit: 'em' });
  });

  it('keeps a choice in memory when the quota is exceeded, until another tab stores a newer one', () => {
    const storage = new FakeStorage();
    storage.values.set(KEY, '{"size":16,"unit":"em"}');
    storage.quota = 0;
    const { store, fire } = open(storage);
    const listener = vi.fn();
    store.subscribe(listener);
    expect(store.set({ size: 30, unit: 'px' })).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toEqual({ size: 30, unit: 'px' });
    expect(storage.values.get(KEY)).toBe('{"size":16,"unit":"em"}');

    storage.values.set(KEY, '{"size":10,"unit":"em"}');
    fire(KEY);
    expect(store.getSnapshot()).toEqual({ size: 10, unit: 'em' });
  });

  it('takes up a value another tab stored, from its storage event', () => {
    const storage = new FakeStorage();
    const { store, fire } = open(storage);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    expect(store.getSnapshot()).toEqual(DEFAULTS);

    storage.values.set(KEY, '{"size":12,"unit":"em"}');
    // While subscribed the snapshot comes from memory: the other tab's write shows with its event.
    expect(store.getSnapshot()).toEqual(DEFAULTS);
    fire('some.other.key');
    expect(listener).not.toHaveBeenCalled();
    fire(KEY);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.getSnapshot()).toEqual({ size: 12, unit: 'em' });

    // `localStorage.clear()` in another tab fires an event without a key.
    storage.values.clear();
    fire(null);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.getSnapshot()).toEqual(DEFAULTS);

    unsubscribe();
    fire(KEY);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('hands out the same frozen snapshot until the value changes', () => {
    const storage = new FakeStorage();
    storage.values.set(KEY, '{"size":12,"unit":"em"}');
    const { store } = open(storage);
    // Unsubscribed (storage is read each time) and subscribed (it is not) alike.
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    const unsubscribe = store.subscribe(() => {});
    expect(store.getSnapshot()).toBe(first);
    expect(store.getSnapshot()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);

    store.set({ size: 12, unit: 'px' });
    const second = store.getSnapshot();
    expect(second).not.toBe(first);
    expect(store.getSnapshot()).toBe(second);
    unsubscribe();
    expect(store.getSnapshot()).toBe(second);
  });
});
