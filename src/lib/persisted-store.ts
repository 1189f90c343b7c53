/**
 * Values the app keeps in Web Storage, written once: a validated read with a fallback, a validated
 * write, a stored value that cannot be read kept aside under a backup key rather than lost, and other
 * tabs' writes picked up from the `storage` event. Framework-free: `subscribe` and `getSnapshot` are
 * what React's useSyncExternalStore takes; the hooks live next to their stores.
 *
 * createPersistedStore holds one value that a choice replaces whole (the theme, the reading language).
 * The library replays its changes on the freshest stored value under a cross-tab lock instead, so it
 * uses the parts below it (storage access, keep-aside, storage events), not the store.
 *
 * Storage is never trusted to be there: touching `window.localStorage` throws where site data is
 * blocked, `getItem` may throw too, and `setItem` throws when the quota is full. None of that is an
 * error for the reader: the value then lives in memory for this page.
 */

/** The part of the Web Storage API the stores use. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem?(key: string): void;
}

/** window.localStorage, or undefined where there is none or it is blocked. */
export function safeLocalStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // NOTE: touching window.localStorage itself throws when cookies are blocked.
    return undefined;
  }
}

/** How one value is kept under one key. */
export interface StoredValue<T> {
  key: string;
  /** The value a stored text holds, or null when it holds none (nothing stored, a bug, another app). */
  parse(raw: string | null): T | null;
  /** The text to store, or null to remove the key (a default is best stored as nothing, so that a
   * later change of the default reaches this reader too). */
  serialize(value: T): string | null;
}

/** The text under the key; undefined when storage is missing or blocked. Never throws. */
export function readRaw(storage: StorageLike | undefined, key: string): string | null | undefined {
  if (!storage) return undefined;
  try {
    return storage.getItem(key);
  } catch {
    return undefined;
  }
}

/** The stored value, or null when there is none, it is unreadable, or storage is blocked. */
export function readValue<T>(spec: StoredValue<T>, storage: StorageLike | undefined): T | null {
  const raw = readRaw(storage, spec.key);
  return raw === undefined ? null : spec.parse(raw);
}

/**
 * Stores the value and says whether it could. A value whose text would not read back is refused
 * (a bug here must never reach storage); blocked or full storage only means it is not kept.
 */
export function writeValue<T>(
  spec: StoredValue<T>,
  value: T,
  storage: StorageLike | undefined,
): boolean {
  if (!storage) return false;
  const text = spec.serialize(value);
  if (text !== null && spec.parse(text) === null) return false;
  try {
    if (text !== null) storage.setItem(spec.key, text);
    else if (storage.removeItem) storage.removeItem(spec.key);
    else return false;
    return true;
  } catch {
    // NOTE: private mode or a full quota.
    return false;
  }
}

/** A value read once and written on a choice, outside React (the stores below follow a value instead). */
export interface StoredValueAccess<T, F> {
  /** The stored value, or the fallback when there is none, it is unreadable, or storage is blocked. */
  load(storage?: StorageLike): T | F;
  /** Stores the value and says whether it could (see writeValue). */
  save(value: T, storage?: StorageLike): boolean;
}

/** `load` and `save` for one stored value; both use localStorage unless given another storage. */
export function storedValueAccess<T, F>(
  spec: StoredValue<T>,
  fallback: F,
): StoredValueAccess<T, F> {
  return {
    load: (storage = safeLocalStorage()) => readValue(spec, storage) ?? fallback,
    save: (value, storage = safeLocalStorage()) => writeValue(spec, value, storage),
  };
}

/** A stored text that could not be read, as it was, with when and why it was kept aside. */
export interface KeptAsideItem {
  keptAt: string;
  reason: string;
  raw: string;
}

/** Where unreadable values are kept: a key, and the `kind` its JSON document is marked with. */
export interface BackupSpec {
  key: string;
  kind: string;
  /** The most items kept; the oldest go first. */
  max?: number;
}

const DEFAULT_MAX_KEPT = 10;

function isKeptAsideItem(value: unknown): value is KeptAsideItem {
  const item = value as Record<string, unknown> | null;
  return ['keptAt', 'reason', 'raw'].every((field) => typeof item?.[field] === 'string');
}

/**
 * What the backup key holds, as items. Anything that is not a list of such items is kept whole, as one
 * item, so a later write of the backup never loses it. Never throws.
 */
export function readKeptAside(
  storage: StorageLike | null | undefined,
  backupKey: string,
): KeptAsideItem[] {
  const raw = readRaw(storage ?? undefined, backupKey);
  if (raw === null || raw === undefined) return [];
  try {
    const parsed = JSON.parse(raw) as { items?: unknown };
    if (Array.isArray(parsed?.items) && parsed.items.every(isKeptAsideItem)) return parsed.items;
  } catch {
    // Not JSON: kept whole below.
  }
  return [{ keptAt: '', reason: 'unrecognised backup', raw }];
}

/** The backup document: what `keepAside` writes and a download of the kept values contains. */
export function keptAsideDocument(
  kind: string,
  items: readonly KeptAsideItem[],
  space?: number,
): string {
  return JSON.stringify({ kind, items }, null, space);
}

/**
 * Adds a value to the backup key (once: a value already there is not added again). Throws when it
 * cannot be written (blocked or full storage): the caller must then not overwrite the original.
 */
export function keepAside(storage: StorageLike, backup: BackupSpec, item: KeptAsideItem): void {
  const items = readKeptAside(storage, backup.key);
  if (items.some((kept) => kept.raw === item.raw)) return;
  // The oldest are dropped only when they are valid items of ours; a foreign value stays first.
  const kept = [...items, item].slice(-(backup.max ?? DEFAULT_MAX_KEPT));
  storage.setItem(backup.key, keptAsideDocument(backup.kind, kept));
}

/** A `keepAside` for createPersistedStore: adds the text to the backup key's items, saying why. */
export function keepAsideUnder(
  backup: BackupSpec,
  reason: string,
  now: () => Date = () => new Date(),
): (storage: StorageLike, raw: string) => void {
  return (storage, raw) => keepAside(storage, backup, { keptAt: now().toISOString(), reason, raw });
}

/** Calls back with the key another tab wrote (null when it cleared storage); returns the unsubscribe. */
export type StorageEventSource = (onChange: (key: string | null) => void) => () => void;

/** The browser's `storage` event, fired in every other tab of this origin after a write. */
export const windowStorageEvents: StorageEventSource = (onChange) => {
  if (typeof window === 'undefined') return () => {};
  const handler = (event: StorageEvent) => onChange(event.key);
  window.addEventListener('storage', handler);
  return () => window.removeEventListener('storage', handler);
};

export interface PersistedStoreOptions<F> {
  /** What is shown when nothing (readable) is stored. */
  fallback: F;
  /** Returns the storage, or undefined where there is none; may throw when it is blocked. */
  getStorage?: () => StorageLike | undefined;
  /** Other tabs' writes; the browser's `storage` event by default. */
  storageEvents?: StorageEventSource;
  /**
   * Copies a stored text that holds no value somewhere safe before anything may replace it (see
   * keepAsideUnder); throws when it cannot, and the text is then never overwritten. Without it, such a
   * text is simply replaced by the next choice.
   */
  keepAside?: (storage: StorageLike, raw: string) => void;
}

export interface PersistedStore<T, F = T> {
  /**
   * The current value: the same one (by identity) until it changes, as useSyncExternalStore needs.
   * While anyone is subscribed it is kept in memory, so rendering never reads storage.
   */
  getSnapshot(): T | F;
  /** Calls the listener on every change, in this tab or another one. */
  subscribe(listener: () => void): () => void;
  /** Stores the value and tells the listeners; false when it could only be kept in memory. */
  set(value: T): boolean;
}

/** Objects are handed out frozen: a snapshot is shared by every reader and must never change. */
function frozen<V>(value: V): V {
  return typeof value === 'object' && value !== null ? Object.freeze(value) : value;
}

export function createPersistedStore<T, F = T>(
  spec: StoredValue<T>,
  options: PersistedStoreOptions<F>,
): PersistedStore<T, F> {
  const getStorage = options.getStorage ?? safeLocalStorage;
  const storageEvents = options.storageEvents ?? windowStorageEvents;
  const listeners = new Set<() => void>();
  let stopEvents: (() => void) | undefined;

  /** The raw text last read (undefined: none, or storage blocked), and the value it holds (null: none). */
  let lastRaw: string | null | undefined;
  let stored: T | null = null;
  let snapshot: T | F = options.fallback;
  /** Whether the snapshot may be handed out without reading storage (only while listened to). */
  let fresh = false;
  /**
   * A value this tab chose but could not store. It holds until storage holds something other than what
   * it held then (another tab's later choice wins), so it never shadows a newer stored value.
   */
  let memory: { value: T; over: string | null | undefined } | null = null;
  /** An unreadable stored value that could not be kept aside: it must not be overwritten. */
  let mustNotOverwrite = false;

  function storage(): StorageLike | undefined {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  }

  /** Decodes a newly read text; one that holds no value is kept aside first, if there is a backup. */
  function decode(store: StorageLike | undefined, raw: string | null | undefined): T | null {
    const value = raw === undefined ? null : spec.parse(raw);
    mustNotOverwrite = false;
    if (value === null && typeof raw === 'string' && store && options.keepAside) {
      try {
        options.keepAside(store, raw);
      } catch {
        // Nowhere to keep it: it stays where it is, and this tab's choices live in memory.
        mustNotOverwrite = true;
      }
    }
    return value === null ? null : frozen(value);
  }

  function read(): T | F {
    const store = storage();
    const raw = readRaw(store, spec.key);
    if (memory && memory.over !== raw) memory = null;
    if (raw !== lastRaw) {
      lastRaw = raw;
      stored = decode(store, raw);
    }
    snapshot = memory ? memory.value : (stored ?? options.fallback);
    return snapshot;
  }

  function notify(): void {
    for (const listener of [...listeners]) listener();
  }

  return {
    getSnapshot() {
      if (fresh && listeners.size > 0) return snapshot;
      fresh = true;
      return read();
    },
    subscribe(listener) {
      if (listeners.size === 0) {
        // NOTE: storage may have changed between a first render's read and this subscription.
        fresh = false;
        stopEvents = storageEvents((key) => {
          if (key !== null && key !== spec.key) return;
          fresh = false;
          notify();
        });
      }
      listeners.add(listener);
      return () => {
        if (!listeners.delete(listener) || listeners.size > 0) return;
        stopEvents?.();
        stopEvents = undefined;
        fresh = false;
      };
    },
    set(value) {
      // What is stored now is looked at (and kept aside if unreadable) before anything replaces it.
      read();
      const store = storage();
      const saved = !mustNotOverwrite && writeValue(spec, value, store);
      memory = saved ? null : { value: frozen(value), over: lastRaw };
      fresh = false;
      notify();
      return saved;
    },
  };
}
