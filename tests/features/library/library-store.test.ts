// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  createLibraryStore,
  getPaperMarks,
  toSavedPaper,
  type LibraryStore,
} from '../../../src/features/library/library-store';
import { libraryDataSchema, paperKey } from '../../../src/features/library/library-schema';
import { storageKeys } from '../../../src/config/storage-keys';
import { SharedStorage, tickingClock } from './fake-storage';
import { brainRot, issue, noLink, optPipe } from './fixtures';

const KEY = storageKeys.library;
const BACKUP = storageKeys.libraryBackup;

function openTab(
  shared: SharedStorage,
  getStorage?: () => never,
): {
  store: LibraryStore;
  deliver: () => void;
} {
  const tab = shared.tab();
  const store = createLibraryStore({
    getStorage: getStorage ?? (() => tab.storage),
    subscribeToStorageEvents: tab.subscribe,
    now: tickingClock(),
  });
  return { store, deliver: tab.deliver };
}

const saved = (paper = brainRot) => toSavedPaper(issue, paper);
const marks = (store: LibraryStore, paper = brainRot) =>
  getPaperMarks(store.getSnapshot(), issue.id, paper.id);
const stored = (shared: SharedStorage) => JSON.parse(shared.values.get(KEY) ?? 'null');

describe('toggles', () => {
  it('keeps saving after a paper with absurdly long titles is liked (titles are clipped, not refused)', () => {
    const shared = new SharedStorage();
    const { store } = openTab(shared);
    const longIssue = { ...issue, title: '호'.repeat(5000) };
    const longPaper = { ...brainRot, titleEn: 'T'.repeat(5000), titleKo: '논'.repeat(5000) };
    store.toggleLike(toSavedPaper(longIssue, longPaper));
    store.toggleBookmark(saved(optPipe));
    expect(store.getSnapshot().saving).not.toBe('memory');
    const data = stored(shared);
    expect(libraryDataSchema.safeParse(data).success).toBe(true);
    expect(data.papers[paperKey(issue.id, brainRot.id)].likedAt).not.toBeNull();
    expect(data.papers[paperKey(issue.id, optPipe.id)].bookmarkedAt).not.toBeNull();
  });

  it('likes, bookmarks and marks read independently, and writes a valid value each time', () => {
    const shared = new SharedStorage();
    const { store } = openTab(shared);
    expect(marks(store)).toEqual({ liked: false, bookmarked: false, read: false });

    store.toggleLike(saved());
    expect(marks(store)).toEqual({ liked: true, bookmarked: false, read: false });
    store.toggleBookmark(saved());
    store.toggleRead(saved());
    expect(marks(store)).toEqual({ liked: true, bookmarked: true, read: true });
    expect(libraryDataSchema.safeParse(stored(shared)).success).toBe(true);

    store.toggleLike(saved());
    expect(marks(store)).toEqual({ liked: false, bookmarked: true, read: true });
    expect(stored(shared).papers[paperKey(issue.id, brainRot.id)].likedAt).toBeNull();
  });

  it('keeps titles, link and issue of a saved paper, and drops the entry when no mark is left', () => {
    const shared = new SharedStorage();
    const { store } = openTab(shared);
    store.toggleBookmark(saved());
    const entry = store.getSnapshot().data.papers[paperKey(issue.id, brainRot.id)];
    expect(entry?.paper).toMatchObject({
      issueId: '2025-10-20',
      issueTitle: issue.title,
      paperId: brainRot.id,
      titleKo: brainRot.titleKo,
      titleEn: brainRot.titleEn,
      paperUrl: 'https://arxiv.org/abs/2510.13928',
    });
    store.toggleBookmark(saved());
    expect(store.getSnapshot().data.papers).toEqual({});
    expect(stored(shared).papers).toEqual({});
  });

  it('likes and unlikes a whole issue', () => {
    const shared = new SharedStorage();
    const { store } = openTab(shared);
    store.toggleIssueLike(issue.id);
    expect(Object.keys(store.getSnapshot().data.issueLikes)).toEqual([issue.id]);
    store.toggleIssueLike(issue.id);
    expect(store.getSnapshot().data.issueLikes).toEqual({});
  });

  it('returns the same frozen snapshot until something changes, and notifies subscribers', () => {
    const shared = new SharedStorage();
    const { store } = openTab(shared);
    const listener = vi.fn();
    store.subscribe(listener);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    store.toggleLike(saved());
    expect(listener).toHaveBeenCalledTimes(1);
    const second = store.getSnapshot();
    expect(second).not.toBe(first);
    expect(store.getSnapshot()).toBe(second);
    expect(first.data.papers).toEqual({});
  });

  it('removes chosen marks and can put them back', () => {
    const shared = new SharedStorage();
    const { store } = openTab(shared);
    store.toggleLike(saved());
    store.toggleBookmark(saved());
    const removed = store.remove({ issueId: issue.id, paperId: brainRot.id }, ['bookmark']);
    expect(marks(store)).toEqual({ liked: true, bookmarked: false, read: false });
    expect(removed?.bookmarkedAt).not.toBeNull();
    expect(removed?.likedAt).toBeNull();

    store.toggleLike(saved());
    store.restore(removed!);
    expect(marks(store)).toEqual({ liked: false, bookmarked: true, read: false });
    expect(store.remove({ issueId: issue.id, paperId: 'not-saved' })).toBeNull();
  });
});

describe('reading what is stored', () => {
  it('keeps unreadable JSON aside, starts empty, tells the reader once and stores a clean value', () => {
    const shared = new SharedStorage();
    shared.values.set(KEY, '{"version":1,"papers":{'); // cut off mid-write
    const { store } = openTab(shared);
    const snapshot = store.getSnapshot();
    expect(snapshot.data.papers).toEqual({});
    expect(snapshot.notices).toEqual(['recovered']);
    expect(snapshot.hasBackup).toBe(true);
    const backup = JSON.parse(store.getBackupText()!);
    expect(backup.items[0]).toMatchObject({
      raw: '{"version":1,"papers":{',
      reason: 'not valid JSON',
    });
    expect(shared.values.get(BACKUP)).toContain('{\\"version\\":1,\\"papers\\":{');
    expect(libraryDataSchema.safeParse(stored(shared)).success).toBe(true);

    // A later visit finds a clean value: no notice again, backup still offered.
    const later = openTab(shared).store.getSnapshot();
    expect(later.notices).toEqual([]);
    expect(later.hasBackup).toBe(true);
  });

  it.each([
    ['a number', '42'],
    ['null', 'null'],
    ['a list', '[1,2]'],
    ['a string', '"hello"'],
    ['an object of another app', '{"theme":"dark"}'],
    ['a bad version', '{"version":"one","papers":{}}'],
  ])('keeps %s aside instead of reading it as a library', (_name, raw) => {
    const shared = new SharedStorage();
    shared.values.set(KEY, raw);
    const { store } = openTab(shared);
    expect(store.getSnapshot().notices).toEqual(['recovered']);
    expect(JSON.parse(store.getBackupText()!).items[0].raw).toBe(raw);
    expect(store.getSnapshot().data.papers).toEqual({});
  });

  it('recovers the entries that validate from a value with some wrong shapes', () => {
    const shared = new SharedStorage();
    const good = {
      paper: { ...saved(), savedAt: '2025-10-21T00:00:00.000Z' },
      likedAt: '2025-10-21T00:00:00.000Z',
      bookmarkedAt: null,
      readAt: null,
    };
    const raw = JSON.stringify({
      version: 1,
      papers: {
        [paperKey(issue.id, brainRot.id)]: good,
        'x/y': { paper: { issueId: 'yesterday' }, likedAt: 3 },
        'a/b': { ...good, paper: { ...good.paper, paperUrl: 'javascript:alert(1)' } },
      },
      issueLikes: { [issue.id]: { likedAt: '2025-10-21T00:00:00.000Z' }, nope: { likedAt: 1 } },
    });
    shared.values.set(KEY, raw);
    const { store } = openTab(shared);
    const snapshot = store.getSnapshot();
    expect(Object.keys(snapshot.data.papers)).toEqual([paperKey(issue.id, brainRot.id)]);
    expect(Object.keys(snapshot.data.issueLikes)).toEqual([issue.id]);
    expect(snapshot.notices).toEqual(['recovered']);
    const item = JSON.parse(store.getBackupText()!).items[0];
    expect(item.raw).toBe(raw);
    expect(item.reason).toMatch(/papers\.x\/y/);
    expect(item.reason).toMatch(/papers\.a\/b/);
    expect(item.reason).toMatch(/issueLikes\.nope/);
  });

  it('migrates the version-less v0 shape, quietly keeping the old value aside', () => {
    const raw = readFileSync(resolve('tests/features/library/fixtures/library-v0.json'), 'utf8');
    const shared = new SharedStorage();
    shared.values.set(KEY, raw);
    const { store } = openTab(shared);
    const snapshot = store.getSnapshot();
    const brain = snapshot.data.papers[paperKey('2025-10-20', 'llms-can-get-brain-rot')];
    expect(brain).toMatchObject({
      likedAt: '2025-10-21T09:00:00.000Z',
      bookmarkedAt: '2025-10-22T10:30:00.000Z',
      readAt: null,
      paper: {
        titleEn: 'LLMs Can Get "Brain Rot"!',
        titleKo: 'LLM은 "브레인 로트"에 걸릴 수 있다!',
        paperUrl: 'https://arxiv.org/abs/2510.13928',
      },
    });
    expect(Object.keys(snapshot.data.papers)).toHaveLength(2);
    // One v0 item was invalid: that is a loss worth telling, with the original kept.
    expect(snapshot.notices).toEqual(['recovered']);
    expect(stored(shared).version).toBe(1);
    expect(JSON.parse(store.getBackupText()!).items[0].raw).toBe(raw);
  });

  it('migrates a clean v0 value without bothering the reader', () => {
    const shared = new SharedStorage();
    shared.values.set(
      KEY,
      JSON.stringify({
        version: 0,
        bookmarked: [{ issueId: issue.id, paperId: optPipe.id, title: optPipe.titleEn }],
      }),
    );
    const { store } = openTab(shared);
    expect(store.getSnapshot().notices).toEqual([]);
    expect(marks(store, optPipe)).toEqual({ liked: false, bookmarked: true, read: false });
    expect(stored(shared).version).toBe(1);
  });

  it('reads a newer version as far as it can, keeping the original', () => {
    const shared = new SharedStorage();
    const raw = JSON.stringify({ version: 2, papers: {}, issueLikes: {}, folders: ['a'] });
    shared.values.set(KEY, raw);
    const { store } = openTab(shared);
    expect(store.getSnapshot().notices).toEqual(['recovered']);
    expect(JSON.parse(store.getBackupText()!).items[0].reason).toMatch(/newer version \(2\)/);
  });
});

describe('when storage fails', () => {
  it('keeps working in memory when storage cannot even be opened', () => {
    const shared = new SharedStorage();
    const { store } = openTab(shared, () => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.getSnapshot().notices).toEqual(['storage-off']);
    store.toggleBookmark(saved());
    store.toggleLike(saved(optPipe));
    expect(marks(store)).toEqual({ liked: false, bookmarked: true, read: false });
    expect(store.getSnapshot().saving).toBe('memory');
    expect(store.getSnapshot().notices).toEqual(['storage-off']);
    // Unsaved changes must not make a new snapshot per read (React would re-render forever).
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('keeps working in memory when reads throw', () => {
    const shared = new SharedStorage();
    shared.failReads = true;
    shared.failWrites = true;
    const { store } = openTab(shared);
    store.toggleLike(saved());
    expect(marks(store).liked).toBe(true);
    expect(store.getSnapshot().notices).toEqual(['storage-off']);
  });

  it('keeps changes in memory while storage is full and writes them all once there is room', () => {
    const shared = new SharedStorage();
    const { store } = openTab(shared);
    store.toggleLike(saved());
    shared.quota = (shared.values.get(KEY) ?? '').length + KEY.length; // exactly full
    store.toggleBookmark(saved(optPipe));
    store.toggleRead(saved(noLink));
    expect(store.getSnapshot().saving).toBe('memory');
    expect(store.getSnapshot().notices).toEqual(['storage-off']);
    expect(Object.keys(stored(shared).papers)).toHaveLength(1);

    store.dismissNotice('storage-off');
    shared.quota = null;
    store.toggleLike(saved(optPipe));
    expect(store.getSnapshot().saving).toBe('saved');
    expect(store.getSnapshot().notices).toEqual([]);
    const papers = stored(shared).papers;
    expect(Object.keys(papers).sort()).toEqual(
      [brainRot, optPipe, noLink].map((p) => paperKey(issue.id, p.id)).sort(),
    );
    expect(papers[paperKey(issue.id, optPipe.id)].bookmarkedAt).not.toBeNull();
  });

  it('raises each notice once per visit, even if storage fails again after dismissal', () => {
    const shared = new SharedStorage();
    shared.failWrites = true;
    const { store } = openTab(shared);
    store.toggleLike(saved());
    store.dismissNotice('storage-off');
    store.toggleBookmark(saved());
    expect(store.getSnapshot().notices).toEqual([]);
    expect(store.getSnapshot().saving).toBe('memory');
  });

  it('never replaces an unreadable value it could not keep aside', () => {
    const shared = new SharedStorage();
    const garbage = 'x'.repeat(100);
    shared.values.set(KEY, garbage);
    shared.quota = KEY.length + garbage.length + 10; // no room for a backup copy
    const { store } = openTab(shared);
    store.toggleLike(saved());
    expect(shared.values.get(KEY)).toBe(garbage);
    expect([...store.getSnapshot().notices].sort()).toEqual(['recovered', 'storage-off']);
    expect(JSON.parse(store.getBackupText()!).items[0].raw).toBe(garbage);
    expect(marks(store).liked).toBe(true);
  });
});

describe('two tabs', () => {
  it("shows another tab's change when its storage event arrives", () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    const listener = vi.fn();
    b.store.subscribe(listener);
    b.store.getSnapshot();
    a.store.toggleBookmark(saved());
    b.deliver();
    expect(listener).toHaveBeenCalled();
    expect(marks(b.store).bookmarked).toBe(true);
  });

  it("never overwrites the other tab's change with a stale copy", () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.store.getSnapshot();
    b.store.getSnapshot();
    a.store.toggleLike(saved());
    // b has not received the event yet and toggles a different paper.
    b.store.toggleBookmark(saved(optPipe));
    a.deliver();
    b.deliver();
    for (const tab of [a, b]) {
      expect(marks(tab.store)).toMatchObject({ liked: true });
      expect(marks(tab.store, optPipe)).toMatchObject({ bookmarked: true });
    }
  });

  it('shares notices across tabs only through storage (a backup written elsewhere is offered)', () => {
    const shared = new SharedStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    b.store.getSnapshot();
    shared.values.set(KEY, 'garbage');
    a.store.getSnapshot();
    b.deliver();
    expect(b.store.getSnapshot().hasBackup).toBe(true);
  });
});

describe('import', () => {
  it('merges a backup and reports added, skipped and rejected', async () => {
    const shared = new SharedStorage();
    const { store } = openTab(shared);
    store.toggleLike(saved());
    const backup = {
      kind: 'paper-digest-library-backup',
      version: 1,
      papers: {
        a: {
          paper: { ...saved(), savedAt: '2025-10-20T00:00:00.000Z' },
          likedAt: '2025-10-20T00:00:00.000Z',
          bookmarkedAt: null,
          readAt: null,
        },
        b: {
          paper: { ...saved(optPipe), savedAt: '2025-10-20T00:00:00.000Z' },
          likedAt: null,
          bookmarkedAt: '2025-10-20T00:00:00.000Z',
          readAt: null,
        },
        c: { paper: { paperId: 'BAD' } },
      },
      issueLikes: {},
    };
    const report = await store.importBackup(JSON.stringify(backup));
    expect(report).toMatchObject({ ok: true, added: 1, skipped: 1 });
    expect(report.rejected.map((r) => r.where)).toEqual(['papers.c']);
    expect(marks(store, optPipe).bookmarked).toBe(true);
    expect(marks(store).liked).toBe(true);
    // The earlier like time from the backup wins: the reader liked it first back then.
    expect(store.getSnapshot().data.papers[paperKey(issue.id, brainRot.id)]?.likedAt).toBe(
      '2025-10-20T00:00:00.000Z',
    );
  });

  it('changes nothing when the file is not a backup', async () => {
    const shared = new SharedStorage();
    const { store } = openTab(shared);
    store.toggleLike(saved());
    const before = shared.values.get(KEY);
    expect(await store.importBackup('not json')).toMatchObject({ ok: false, added: 0 });
    expect(await store.importBackup('{"hello":"world"}')).toMatchObject({ ok: false });
    expect(shared.values.get(KEY)).toBe(before);
  });
});
