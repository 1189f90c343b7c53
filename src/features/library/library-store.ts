/**
 * The reader's library: likes, bookmarks and reading marks, kept in localStorage under one versioned
 * key. Framework-free (use-library.ts puts React on top).
 *
 * It is the only copy of the reader's data, so:
 * - every change re-reads the stored value, replays the change on it and writes it back, so a change
 *   made in another tab is never overwritten by this tab's stale copy;
 * - a stored value that cannot be read is kept aside under the backup key (offered for download) and
 *   the store starts from what could be recovered;
 * - when storage is blocked or full, changes stay in memory (and are retried on the next change);
 *   the reader is told once.
 */
import { storageKeys } from '../../config/storage-keys';
import {
  keepAside as keepAsideInStorage,
  keptAsideDocument,
  readKeptAside,
  windowStorageEvents,
  type BackupSpec,
  type KeptAsideItem,
  type StorageEventSource,
  type StorageLike,
} from '../../lib/persisted-store';
import { applyOps, ALL_MARKS, MARK_FIELD, type LibraryOp } from './library-ops';
import { migrate, UnreadableLibraryError } from './library-migrate';
import {
  LIBRARY_VERSION,
  MAX_LIBRARY_ENTRIES,
  emptyLibrary,
  libraryDataSchema,
  libraryEntrySchema,
  paperKey,
  type LibraryData,
  type LibraryEntry,
  type PaperMark,
  type SavedPaper,
} from './library-schema';
// Reading a backup is for the library page only: its code loads when a reader imports one.
import type { ImportReport } from './library-import';

export type { LibraryData, LibraryEntry, PaperMark, SavedPaper } from './library-schema';
export { paperKey, toSavedPaper } from './library-schema';
export type { StorageLike } from '../../lib/persisted-store';

export interface LibraryStoreOptions {
  /** Returns the storage; may throw when it is blocked (private mode, disabled site data). */
  getStorage: () => StorageLike;
  /** Calls back with the changed key whenever another tab writes (the `storage` event). */
  subscribeToStorageEvents?: StorageEventSource;
  /** Calls back when the page is hidden or left (false) and shown again (true). */
  subscribeToVisibility?: (onChange: (visible: boolean) => void) => void;
  /**
   * Runs a read-modify-write of the stored value so that no other tab writes in between (the browser
   * passes it `navigator.locks`). Without it the write runs at once, as a single tab needs.
   */
  withLock?: (task: () => void) => void;
  now?: () => Date;
  key?: string;
  backupKey?: string;
  /** How long (ms) this tab's own changes are re-applied when another tab's write lacks them. */
  recentMs?: number;
}

/**
 * `storage-off`: a change could not be written (storage blocked or full); `recovered`: a stored value
 * could not be read whole and was kept aside; `full`: the library holds as many papers as it can.
 */
export type StorageNoticeKind = 'storage-off' | 'recovered' | 'full';

export interface LibrarySnapshot {
  readonly data: LibraryData;
  /** `memory`: the last change could not be written; it lives in this tab only for now. */
  readonly saving: 'saved' | 'memory';
  /** Notices not yet dismissed; each kind is raised at most once per page load. */
  readonly notices: readonly StorageNoticeKind[];
  /** Whether an unreadable stored value was kept aside and can be downloaded. */
  readonly hasBackup: boolean;
}

export interface PaperMarks {
  liked: boolean;
  bookmarked: boolean;
  read: boolean;
}

export interface LibraryStore {
  getSnapshot(): LibrarySnapshot;
  subscribe(listener: () => void): () => void;
  toggleLike(paper: SavedPaper): void;
  toggleBookmark(paper: SavedPaper): void;
  toggleRead(paper: SavedPaper): void;
  setMark(paper: SavedPaper, mark: PaperMark, on: boolean): void;
  toggleIssueLike(issueId: string): void;
  /** Clears the given marks (all by default) and returns the entry as it was, for an undo. */
  remove(
    target: { issueId: string; paperId: string },
    marks?: readonly PaperMark[],
  ): LibraryEntry | null;
  /** Puts back an entry returned by `remove` (merging with anything set since). */
  restore(entry: LibraryEntry): void;
  /**
   * Validates a backup's text and merges it in; nothing changes when the file is unreadable or would
   * take the library past its size. Validation yields to the page between chunks.
   */
  importBackup(text: string): Promise<ImportReport>;
  /** The raw values kept aside because they could not be read, as one JSON document, or null. */
  getBackupText(): string | null;
  dismissNotice(kind: StorageNoticeKind): void;
}

/** What a download of the values kept aside is marked with (and the backup key's document). */
const KEPT_ASIDE_KIND = 'paper-digest-library-kept-aside';
const MAX_BACKUP_ITEMS = 10;
/** Long enough for any browser to pass a write to the other tabs (milliseconds, in practice). */
const RECENT_MS = 10_000;

/** The papers an operation writes, so a write validates those and not the whole library again. */
function touchedKeys(op: LibraryOp): string[] {
  if (op.type === 'merge') return Object.keys(op.data.papers);
  if (op.type === 'mark') return [paperKey(op.paper.issueId, op.paper.paperId)];
  return op.type === 'remove' ? [paperKey(op.issueId, op.paperId)] : [];
}

export function createLibraryStore(options: LibraryStoreOptions): LibraryStore {
  const key = options.key ?? storageKeys.library;
  const backupKey = options.backupKey ?? storageKeys.libraryBackup;
  const backup: BackupSpec = { key: backupKey, kind: KEPT_ASIDE_KIND, max: MAX_BACKUP_ITEMS };
  const now = options.now ?? (() => new Date());
  const recentMs = options.recentMs ?? RECENT_MS;
  const withLock = options.withLock ?? ((task: () => void) => task());
  const listeners = new Set<() => void>();

  /** The last value read from (or written to) storage, decoded. */
  let base: LibraryData = emptyLibrary();
  /** Changes not yet written; replayed on every fresher copy until a write succeeds. */
  let pending: LibraryOp[] = [];
  /** The raw text `base` came from; `undefined` before the first read. */
  let lastRaw: string | null | undefined;
  /**
   * Which writes of each tab the stored value contains (`heads`, written with it): a tab that writes puts
   * its own count in, on top of the counts in the copy it read. So a value whose count for this tab is
   * below this tab's last write was made from a copy that had not seen that write, directly or through
   * another tab: the changes it lacks are re-applied. A value that has seen them (and maybe undid one
   * on purpose) is left as it is.
   */
  const tabId = Math.random().toString(36).slice(2, 10) || 'tab';
  let baseHeads: Heads = {};
  let writeCount = 0;
  /** This tab's written changes, by the write that carried them, until a value shows it has them. */
  let written: { op: LibraryOp; count: number; at: number }[] = [];
  let storageBlocked = false;
  /** Set when a value kept aside could not be written: the stored value must then not be replaced. */
  let mustNotOverwrite = false;
  let memoryBackups: KeptAsideItem[] = [];
  let hasStoredBackup = false;
  let viewBase = base;
  let viewPending = pending;
  let view = base;
  let backupChecked = false;
  let flushQueued = false;
  /** Whether the last attempt to write failed (the `storage-off` notice tells the reader so). */
  let writeFailed = false;
  const raised = new Set<StorageNoticeKind>();
  let notices: StorageNoticeKind[] = [];
  let snapshot: LibrarySnapshot = freezeSnapshot({
    data: base,
    saving: 'saved',
    notices,
    hasBackup: false,
  });

  function storage(): StorageLike | null {
    if (storageBlocked) return null;
    try {
      return options.getStorage();
    } catch {
      storageBlocked = true;
      raise('storage-off');
      return null;
    }
  }

  function raise(kind: StorageNoticeKind): void {
    if (raised.has(kind)) return;
    raised.add(kind);
    notices = [...notices, kind];
  }

  /** A notice whose cause is gone goes too, and may be raised again if the cause comes back. */
  function settle(kind: StorageNoticeKind): void {
    raised.delete(kind);
    if (notices.includes(kind)) notices = notices.filter((k) => k !== kind);
  }

  /** Re-reads storage; returns whether the snapshot changed. Never notifies (safe during render). */
  function refresh(): boolean {
    const store = storage();
    if (!store) return publish();
    let raw: string | null;
    try {
      raw = store.getItem(key);
    } catch {
      storageBlocked = true;
      raise('storage-off');
      return publish();
    }
    if (!backupChecked) {
      backupChecked = true;
      hasStoredBackup = readKeptAside(store, backupKey).length > 0;
    }
    if (raw === lastRaw) return publish();
    let decoded: { data: LibraryData; rewrite: boolean; heads: Heads };
    try {
      decoded = decode(store, raw);
    } catch {
      // Nothing may replace a value this tab could not read: keep showing what it had.
      mustNotOverwrite = true;
      raise('recovered');
      return publish();
    }
    // Only now is the value read: a value that failed to decode is tried again next time.
    lastRaw = raw;
    base = decoded.data;
    baseHeads = decoded.heads;
    // Whoever read it (a render, a click, an event): this tab's changes the value lacks go back on
    // top, and are written a moment later (never from inside a render).
    if (reclaimLost()) queueMicrotask(scheduleFlush);
    if (decoded.rewrite && !mustNotOverwrite) {
      // The unreadable or older value is safe under the backup key: store the recovered one so the
      // reader is told once, not on every visit.
      try {
        const text = serialize(libraryDataSchema.parse(decoded.data), baseHeads);
        store.setItem(key, text);
        lastRaw = text;
      } catch {
        // Left as it was; the next change retries the write.
      }
    }
    return publish();
  }

  function decode(
    store: StorageLike,
    raw: string | null,
  ): { data: LibraryData; rewrite: boolean; heads: Heads } {
    if (raw === null) return { data: emptyLibrary(), rewrite: false, heads: {} };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      keepAside(store, raw, 'not valid JSON');
      return { data: emptyLibrary(), rewrite: true, heads: {} };
    }
    return { ...decodeData(store, raw, parsed), heads: readHeads(parsed) };
  }

  function decodeData(
    store: StorageLike,
    raw: string,
    parsed: unknown,
  ): { data: LibraryData; rewrite: boolean } {
    try {
      const result = migrate(parsed);
      const problems = [...result.notes, ...result.rejected.map((r) => `${r.where}: ${r.reason}`)];
      if (problems.length > 0) {
        keepAside(store, raw, problems.join('; '));
        return { data: result.data, rewrite: true };
      }
      if (result.from !== LIBRARY_VERSION) {
        // A clean migration loses nothing; the old value is still kept aside, quietly.
        keepAside(store, raw, `migrated from version ${result.from ?? 0}`, false);
        return { data: result.data, rewrite: true };
      }
      return { data: result.data, rewrite: false };
    } catch (error) {
      keepAside(
        store,
        raw,
        error instanceof UnreadableLibraryError ? error.message : String(error),
      );
      return { data: emptyLibrary(), rewrite: true };
    }
  }

  /** Keeps a raw value under the backup key; never throws. Where it cannot, the value stays in memory
   * and the stored one is never replaced. */
  function keepAside(store: StorageLike, raw: string, reason: string, tell = true): void {
    if (tell) raise('recovered');
    if (memoryBackups.some((i) => i.raw === raw)) return;
    const item = { keptAt: now().toISOString(), reason, raw };
    try {
      keepAsideInStorage(store, backup, item);
      hasStoredBackup = true;
    } catch {
      memoryBackups = [...memoryBackups, item].slice(-MAX_BACKUP_ITEMS);
      mustNotOverwrite = true;
      raise('storage-off');
    }
  }

  function publish(): boolean {
    // Recomputed only when its inputs change: a fresh object on every read would make React
    // re-render forever (useSyncExternalStore compares snapshots by identity).
    if (viewBase !== base || viewPending !== pending) {
      viewBase = base;
      viewPending = pending;
      view = applyOps(base, pending);
    }
    const data = view;
    const saving = pending.length > 0 && writeFailed ? 'memory' : 'saved';
    const hasBackup = hasStoredBackup || memoryBackups.length > 0;
    if (
      data === snapshot.data &&
      saving === snapshot.saving &&
      notices === snapshot.notices &&
      hasBackup === snapshot.hasBackup
    ) {
      return false;
    }
    snapshot = freezeSnapshot({ data, saving, notices, hasBackup });
    return true;
  }

  function emit(): void {
    for (const listener of [...listeners]) listener();
  }

  /**
   * Puts this tab's written changes that the current stored value lacks back in front of the pending
   * ones. Returns whether there were any.
   */
  function reclaimLost(): boolean {
    // A value without heads was written by an older version of the app or by hand: it is taken as it
    // is (re-applying onto it could undo what its writer meant).
    if (Object.keys(baseHeads).length === 0) return false;
    const known = baseHeads[tabId]?.[0] ?? 0;
    const at = Date.now();
    written = written.filter((w) => at - w.at < recentMs);
    const lost = written.filter((w) => w.count > known);
    if (lost.length === 0) return false;
    written = written.filter((w) => w.count <= known);
    pending = [...lost.map((w) => w.op), ...pending];
    return true;
  }

  /** Writes what is pending on top of the freshest stored value. Runs inside the cross-tab lock. */
  function flush(): void {
    flushQueued = false;
    // NOTE: refresh publishes what it read without telling anyone (and puts back what the value lacks
    // of this tab's writes); this function tells once at the end.
    const refreshed = refresh();
    if (pending.length === 0) {
      if (publish() || refreshed) emit();
      return;
    }
    const store = storage();
    // The view already shows exactly this (same base, same changes): write that very object, so the
    // snapshot stays the same one and nothing re-renders for a write that changes nothing on screen.
    const next = viewBase === base && viewPending === pending ? view : applyOps(base, pending);
    let saved = false;
    if (store && !mustNotOverwrite) {
      try {
        // Every entry was validated when it was read; the ones this write changes are checked
        // before they reach the only copy (a bug here must never corrupt it).
        for (const changed of new Set(pending.flatMap(touchedKeys))) {
          const entry = next.papers[changed];
          if (entry !== undefined) libraryEntrySchema.parse(entry);
        }
        const heads = withHead(baseHeads, tabId, writeCount + 1, Date.now());
        const raw = serialize(next, heads);
        store.setItem(key, raw);
        writeCount += 1;
        const at = Date.now();
        written = [...written, ...pending.map((op) => ({ op, count: writeCount, at }))];
        base = next;
        baseHeads = heads;
        pending = [];
        lastRaw = raw;
        viewBase = base;
        viewPending = pending;
        view = next;
        saved = true;
      } catch {
        // Full or blocked: the changes stay in memory and are retried with the next one.
      }
    }
    writeFailed = !saved;
    if (saved) settle('storage-off');
    else raise('storage-off');
    if (publish() || refreshed) emit();
  }

  function scheduleFlush(): void {
    if (flushQueued) return;
    flushQueued = true;
    withLock(flush);
  }

  function commit(op: LibraryOp): void {
    if (!snapshotReady) getSnapshotNow();
    pending = [...pending, op];
    // Shown at once; written a moment later under the lock (or right away without one).
    publish();
    emit();
    scheduleFlush();
  }

  /** Another tab wrote: take its value (refresh puts back what it lacks of this tab's changes). */
  function onForeignWrite(): void {
    if (refresh()) emit();
    // What refresh put back is written now; changes kept in memory after a failed write are tried
    // again whenever something happens.
    if (pending.length > 0) scheduleFlush();
  }

  let snapshotReady = false;
  function getSnapshotNow(): LibrarySnapshot {
    if (!snapshotReady) {
      snapshotReady = true;
      refresh();
    }
    return snapshot;
  }

  /**
   * The state a click acts on: re-read first, since another tab's write may not have announced itself
   * yet and the click means "make it the other way from what it is now". A click is rare; rendering
   * (getSnapshot) never reads storage.
   */
  function freshSnapshot(): LibrarySnapshot {
    snapshotReady = true;
    if (refresh()) emit();
    return snapshot;
  }

  function currentMarks(paper: { issueId: string; paperId: string }): PaperMarks {
    return getPaperMarks(freshSnapshot(), paper.issueId, paper.paperId);
  }

  /** Whether saving this paper needs room the library does not have. */
  function isFull(paper: { issueId: string; paperId: string }): boolean {
    const data = getSnapshotNow().data;
    return (
      !(paperKey(paper.issueId, paper.paperId) in data.papers) &&
      Object.keys(data.papers).length >= MAX_LIBRARY_ENTRIES
    );
  }

  // Leaving the page: the write waiting for the lock would be lost with it, so it happens now (the other
  // tabs re-apply what a race costs them). Coming back: changes kept in memory are tried again.
  options.subscribeToVisibility?.((visible) => {
    if (pending.length === 0) return;
    if (visible) scheduleFlush();
    else flush();
  });

  // The store lives as long as the page, so the subscription is never undone.
  options.subscribeToStorageEvents?.((changedKey) => {
    if (changedKey !== null && changedKey !== key && changedKey !== backupKey) return;
    if (changedKey !== key) backupChecked = false;
    onForeignWrite();
  });

  const store: LibraryStore = {
    getSnapshot: getSnapshotNow,
    subscribe(listener) {
      // A page that starts listening reads the current value once (rendering itself never does).
      if (listeners.size === 0 && snapshotReady) refresh();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    toggleLike(paper) {
      store.setMark(paper, 'like', !currentMarks(paper).liked);
    },
    toggleBookmark(paper) {
      store.setMark(paper, 'bookmark', !currentMarks(paper).bookmarked);
    },
    toggleRead(paper) {
      store.setMark(paper, 'read', !currentMarks(paper).read);
    },
    setMark(paper, mark, on) {
      if (on && isFull(paper)) {
        raise('full');
        publish();
        emit();
        return;
      }
      commit({ type: 'mark', mark, on, paper, at: now().toISOString() });
    },
    toggleIssueLike(issueId) {
      const on = !(issueId in freshSnapshot().data.issueLikes);
      commit({ type: 'issue-like', issueId, on, at: now().toISOString() });
    },
    remove(target, marks = ALL_MARKS) {
      const entry = freshSnapshot().data.papers[paperKey(target.issueId, target.paperId)] ?? null;
      if (!entry) return null;
      commit({ type: 'remove', issueId: target.issueId, paperId: target.paperId, marks });
      // Only the cleared marks are handed back, so an undo cannot resurrect something else.
      const removed = { ...entry };
      for (const mark of ALL_MARKS) if (!marks.includes(mark)) removed[MARK_FIELD[mark]] = null;
      return removed;
    },
    restore(entry) {
      const valid = libraryEntrySchema.parse(entry);
      const data = emptyLibrary();
      data.papers[paperKey(valid.paper.issueId, valid.paper.paperId)] = valid;
      commit({ type: 'merge', data });
    },
    async importBackup(text) {
      const { countImport, parseBackup } = await import('./library-import');
      const parsed = await parseBackup(text, migrate);
      if (!parsed.ok) {
        return { ok: false, error: parsed.error, added: 0, skipped: 0, rejected: parsed.rejected };
      }
      const current = freshSnapshot().data;
      const report = countImport(current, parsed.data, parsed.rejected, parsed.notes);
      if (report.ok && report.total > MAX_LIBRARY_ENTRIES) {
        return {
          ok: false,
          error: { kind: 'too-many', total: report.total },
          added: 0,
          skipped: 0,
          rejected: parsed.rejected,
        };
      }
      if (report.added > 0) commit({ type: 'merge', data: parsed.data });
      return report;
    },
    getBackupText() {
      const items = [...readKeptAside(storage(), backupKey), ...memoryBackups];
      if (items.length === 0) return null;
      // A value that could not be kept aside in storage (no room) is in the reader's hands once they
      // download it: from then on the library may be saved over it again.
      if (memoryBackups.length > 0 && mustNotOverwrite) {
        mustNotOverwrite = false;
        if (pending.length > 0) queueMicrotask(scheduleFlush);
      }
      return keptAsideDocument(KEPT_ASIDE_KIND, items, 2);
    },
    dismissNotice(kind) {
      if (!notices.includes(kind)) return;
      // A full library says so again at the next paper it cannot take.
      if (kind === 'full') raised.delete(kind);
      notices = notices.filter((k) => k !== kind);
      publish();
      emit();
    },
  };
  return store;
}

/** Per tab: how many of its writes a stored value contains, and when the last of them was made. */
type Heads = Record<string, [count: number, at: number]>;

/** Tabs forgotten after a week, and never more than this many kept. */
const HEADS_KEPT = 32;
const HEADS_TTL_MS = 7 * 86_400_000;

function withHead(heads: Heads, tab: string, count: number, at: number): Heads {
  const entries = Object.entries(heads)
    .filter(([id, [, when]]) => id !== tab && at - when < HEADS_TTL_MS)
    .sort((a, b) => b[1][1] - a[1][1])
    .slice(0, HEADS_KEPT - 1);
  return Object.fromEntries([[tab, [count, at]], ...entries]);
}

/** The stored text: the library and its heads (not part of the data; older versions ignore them). */
function serialize(data: LibraryData, heads: Heads): string {
  return JSON.stringify({ ...data, heads });
}

function readHeads(parsed: unknown): Heads {
  const heads = (parsed as { heads?: unknown } | null)?.heads;
  // No prototype: a stored "__proto__" key is a tab id like any other.
  const valid = Object.create(null) as Heads;
  if (typeof heads !== 'object' || heads === null || Array.isArray(heads)) return valid;
  for (const [id, head] of Object.entries(heads))
    if (Array.isArray(head) && typeof head[0] === 'number' && typeof head[1] === 'number')
      valid[id] = [head[0], head[1]];
  return valid;
}

function freezeSnapshot(snapshot: LibrarySnapshot): LibrarySnapshot {
  return Object.freeze(snapshot);
}

export function getPaperMarks(
  snapshot: LibrarySnapshot,
  issueId: string,
  paperId: string,
): PaperMarks {
  const entry = snapshot.data.papers[paperKey(issueId, paperId)];
  return {
    liked: Boolean(entry?.likedAt),
    bookmarked: Boolean(entry?.bookmarkedAt),
    read: Boolean(entry?.readAt),
  };
}

/** The lock every tab of this origin takes for a read-modify-write of the library. */
const LOCK_NAME = 'paper-digest.library';

function browserStoreOptions(): LibraryStoreOptions {
  return {
    getStorage: () => window.localStorage,
    withLock:
      typeof navigator !== 'undefined' && navigator.locks
        ? (task) => {
            // NOTE: a lock callback runs in a later task, so a click never waits for a write.
            let ran = false;
            const run = () => {
              ran = true;
              task();
            };
            // Without the lock (refused, or an odd context) the write still happens, once.
            void navigator.locks.request(LOCK_NAME, run).catch(() => {
              if (!ran) task();
            });
          }
        : undefined,
    subscribeToVisibility: (onChange) => {
      window.addEventListener('pagehide', () => onChange(false));
      document.addEventListener('visibilitychange', () =>
        onChange(document.visibilityState === 'visible'),
      );
    },
    subscribeToStorageEvents: windowStorageEvents,
  };
}

let defaultStore: LibraryStore | undefined;
function getDefaultStore(): LibraryStore {
  defaultStore ??= createLibraryStore(browserStoreOptions());
  return defaultStore;
}

/**
 * What the prerender (src/prerender.tsx) renders: a reader who has saved nothing. There is no storage
 * on the server, and a static page is the same for everyone.
 */
const serverSnapshot: LibrarySnapshot = Object.freeze({
  data: emptyLibrary(),
  saving: 'saved',
  notices: [],
  hasBackup: false,
});
export const getServerLibrarySnapshot = (): LibrarySnapshot => serverSnapshot;

/** The app's store on window.localStorage, created on first use. */
export const libraryStore: LibraryStore = {
  getSnapshot: () => getDefaultStore().getSnapshot(),
  subscribe: (listener) => getDefaultStore().subscribe(listener),
  toggleLike: (paper) => getDefaultStore().toggleLike(paper),
  toggleBookmark: (paper) => getDefaultStore().toggleBookmark(paper),
  toggleRead: (paper) => getDefaultStore().toggleRead(paper),
  setMark: (paper, mark, on) => getDefaultStore().setMark(paper, mark, on),
  toggleIssueLike: (issueId) => getDefaultStore().toggleIssueLike(issueId),
  remove: (target, marks) => getDefaultStore().remove(target, marks),
  restore: (entry) => getDefaultStore().restore(entry),
  importBackup: (text) => getDefaultStore().importBackup(text),
  getBackupText: () => getDefaultStore().getBackupText(),
  dismissNotice: (kind) => getDefaultStore().dismissNotice(kind),
};
