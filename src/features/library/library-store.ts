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
import type { Paper } from '../../data/schema';
import { storageKeys } from '../../config/storage-keys';
import { applyOps, ALL_MARKS, MARK_FIELD, type LibraryOp } from './library-ops';
import { migrate, UnreadableLibraryError } from './library-migrate';
import {
  LIBRARY_VERSION,
  MAX_AUTHOR,
  MAX_AUTHORS,
  MAX_ISSUE_TITLE,
  MAX_PAPER_TITLE,
  emptyLibrary,
  libraryDataSchema,
  libraryEntrySchema,
  paperKey,
  type LibraryData,
  type LibraryEntry,
  type PaperMark,
  type SavedPaper,
} from './library-schema';
import { countImport, parseBackup, type ImportReport } from './library-import';

export type { LibraryData, LibraryEntry, PaperMark, SavedPaper } from './library-schema';
export { paperKey } from './library-schema';

/** The part of the Web Storage API the store uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LibraryStoreOptions {
  /** Returns the storage; may throw when it is blocked (private mode, disabled site data). */
  getStorage: () => StorageLike;
  /** Calls back with the changed key whenever another tab writes (the `storage` event). */
  subscribeToStorageEvents?: (onChange: (key: string | null) => void) => () => void;
  now?: () => Date;
  key?: string;
  backupKey?: string;
}

export type StorageNoticeKind = 'storage-off' | 'recovered';

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
  /** Validates a backup's text and merges it in; nothing changes when the file is unreadable. */
  importBackup(text: string): ImportReport;
  /** The raw values kept aside because they could not be read, as one JSON document, or null. */
  getBackupText(): string | null;
  dismissNotice(kind: StorageNoticeKind): void;
}

interface BackupItem {
  keptAt: string;
  reason: string;
  raw: string;
}

const MAX_BACKUP_ITEMS = 10;

export function createLibraryStore(options: LibraryStoreOptions): LibraryStore {
  const key = options.key ?? storageKeys.library;
  const backupKey = options.backupKey ?? storageKeys.libraryBackup;
  const now = options.now ?? (() => new Date());
  const listeners = new Set<() => void>();

  /** The last value read from (or written to) storage, decoded. */
  let base: LibraryData = emptyLibrary();
  /** Changes not yet written; replayed on every fresher copy until a write succeeds. */
  let pending: LibraryOp[] = [];
  /** The raw text `base` came from; `undefined` before the first read. */
  let lastRaw: string | null | undefined;
  let storageBlocked = false;
  /** Set when a value kept aside could not be written: the stored value must then not be replaced. */
  let mustNotOverwrite = false;
  let memoryBackups: BackupItem[] = [];
  let hasStoredBackup = false;
  let viewBase = base;
  let viewPending = pending;
  let view = base;
  let backupChecked = false;
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
      hasStoredBackup = readBackupItems(store).length > 0;
    }
    if (raw !== lastRaw) {
      lastRaw = raw;
      const { data, rewrite } = decode(store, raw);
      base = data;
      if (rewrite && !mustNotOverwrite) {
        // The unreadable or older value is safe under the backup key: store the recovered one so the
        // reader is told once, not on every visit.
        try {
          const text = JSON.stringify(libraryDataSchema.parse(data));
          store.setItem(key, text);
          lastRaw = text;
        } catch {
          // Left as it was; the next change retries the write.
        }
      }
    }
    return publish();
  }

  function decode(store: StorageLike, raw: string | null): { data: LibraryData; rewrite: boolean } {
    if (raw === null) return { data: emptyLibrary(), rewrite: false };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      keepAside(store, raw, 'not valid JSON');
      return { data: emptyLibrary(), rewrite: true };
    }
    try {
      const result = migrate(parsed);
      if (result.rejected.length > 0) {
        keepAside(store, raw, result.rejected.map((r) => `${r.where}: ${r.reason}`).join('; '));
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

  function keepAside(store: StorageLike, raw: string, reason: string, tell = true): void {
    const items = readBackupItems(store);
    if (!items.some((item) => item.raw === raw) && !memoryBackups.some((i) => i.raw === raw)) {
      const item = { keptAt: now().toISOString(), reason, raw };
      try {
        store.setItem(
          backupKey,
          JSON.stringify({
            kind: 'paper-digest-library-kept-aside',
            items: [...items, item].slice(-MAX_BACKUP_ITEMS),
          }),
        );
        hasStoredBackup = true;
      } catch {
        memoryBackups = [...memoryBackups, item];
        mustNotOverwrite = true;
        raise('storage-off');
      }
    }
    if (tell) raise('recovered');
  }

  function readBackupItems(store: StorageLike | null): BackupItem[] {
    if (!store) return [];
    let raw: string | null;
    try {
      raw = store.getItem(backupKey);
    } catch {
      return [];
    }
    if (raw === null) return [];
    try {
      const parsed = JSON.parse(raw) as { items?: unknown };
      if (Array.isArray(parsed.items)) return parsed.items as BackupItem[];
    } catch {
      // Not ours: keep it as an item of its own rather than lose it.
    }
    return [{ keptAt: '', reason: 'unrecognised backup', raw }];
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
    const saving = pending.length > 0 ? 'memory' : 'saved';
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

  function commit(op: LibraryOp): void {
    refresh();
    pending = [...pending, op];
    const next = applyOps(base, pending);
    const store = storage();
    if (store && !mustNotOverwrite) {
      try {
        // Validate before every write: a bug here must never reach the only copy.
        const valid = libraryDataSchema.parse(next);
        const raw = JSON.stringify(valid);
        store.setItem(key, raw);
        base = next;
        pending = [];
        lastRaw = raw;
      } catch {
        raise('storage-off');
      }
    } else {
      raise('storage-off');
    }
    publish();
    emit();
  }

  function currentMarks(paper: { issueId: string; paperId: string }): PaperMarks {
    refresh();
    return getPaperMarks(snapshot, paper.issueId, paper.paperId);
  }

  // The store lives as long as the page, so the subscription is never undone.
  options.subscribeToStorageEvents?.((changedKey) => {
    if (changedKey !== null && changedKey !== key && changedKey !== backupKey) return;
    if (changedKey !== key) backupChecked = false;
    if (refresh()) emit();
  });

  const store: LibraryStore = {
    getSnapshot() {
      refresh();
      return snapshot;
    },
    subscribe(listener) {
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
      commit({ type: 'mark', mark, on, paper, at: now().toISOString() });
    },
    toggleIssueLike(issueId) {
      refresh();
      const on = !(issueId in snapshot.data.issueLikes);
      commit({ type: 'issue-like', issueId, on, at: now().toISOString() });
    },
    remove(target, marks = ALL_MARKS) {
      // A fresher copy may have arrived without its event yet: show it even when nothing is removed.
      if (refresh()) emit();
      const entry = snapshot.data.papers[paperKey(target.issueId, target.paperId)] ?? null;
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
    importBackup(text) {
      const parsed = parseBackup(text);
      if (!parsed.ok) {
        return { ok: false, error: parsed.error, added: 0, skipped: 0, rejected: parsed.rejected };
      }
      if (refresh()) emit();
      const report = countImport(snapshot.data, parsed.data, parsed.rejected);
      if (report.added > 0) commit({ type: 'merge', data: parsed.data });
      return report;
    },
    getBackupText() {
      const items = [...readBackupItems(storage()), ...memoryBackups];
      if (items.length === 0) return null;
      return JSON.stringify({ kind: 'paper-digest-library-kept-aside', items }, null, 2);
    },
    dismissNotice(kind) {
      if (!notices.includes(kind)) return;
      notices = notices.filter((k) => k !== kind);
      publish();
      emit();
    },
  };
  return store;
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

/** What the library keeps of a paper, so it can list it without the issue's JSON. */
export function toSavedPaper(issue: { id: string; title: string }, paper: Paper): SavedPaper {
  // NOTE: issue JSON has no length limit; an over-long title must never make a save fail validation,
  // which would keep every later change from being written.
  return {
    issueId: issue.id,
    issueTitle: clip(issue.title, MAX_ISSUE_TITLE),
    paperId: paper.id,
    titleKo: clip(paper.titleKo, MAX_PAPER_TITLE),
    titleEn: clip(paper.titleEn, MAX_PAPER_TITLE),
    paperUrl: paper.paperUrl,
    savedAt: new Date().toISOString(),
    ...(paper.arxiv && {
      authors: paper.arxiv.authors.slice(0, MAX_AUTHORS).map((name) => clip(name, MAX_AUTHOR)),
      published: paper.arxiv.published,
    }),
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function browserStoreOptions(): LibraryStoreOptions {
  return {
    getStorage: () => window.localStorage,
    subscribeToStorageEvents: (onChange) => {
      const handler = (event: StorageEvent) => onChange(event.key);
      window.addEventListener('storage', handler);
      return () => window.removeEventListener('storage', handler);
    },
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
