// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { storageKeys } from '../../../src/config/storage-keys';
import { MAX_LIBRARY_ENTRIES } from '../../../src/features/library/library-import';
import { libraryPageText } from '../../../src/features/library/library-page-text';
import {
  libraryEntrySchema,
  paperKey,
  type LibraryEntry,
} from '../../../src/features/library/library-schema';
import {
  createLibraryStore,
  toSavedPaper,
  type LibraryStore,
  type StorageLike,
} from '../../../src/features/library/library-store';
import { SharedStorage, tickingClock } from './fake-storage';
import { brainRot, issue, makePaper, optPipe } from './fixtures';

const KEY = storageKeys.library;
const BACKUP = storageKeys.libraryBackup;
const at = '2025-10-21T00:00:00.000Z';

function entryOf(id: string, marks: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    paper: { ...toSavedPaper(issue, makePaper(id)), savedAt: at },
    likedAt: at,
    bookmarkedAt: null,
    readAt: null,
    ...marks,
  };
}

function open(storage: StorageLike, subscribe?: (l: (key: string | null) => void) => () => void) {
  return createLibraryStore({
    getStorage: () => storage,
    subscribeToStorageEvents: subscribe,
    now: tickingClock(),
  });
}

const keys = (store: LibraryStore) => Object.keys(store.getSnapshot().data.papers).sort();
const storedKeys = (shared: SharedStorage) =>
  Object.keys(JSON.parse(shared.values.get(KEY) ?? '{"papers":{}}').papers).sort();
const keptRaws = (store: LibraryStore) =>
  (JSON.parse(store.getBackupText() ?? '{"items":[]}').items as { raw: string }[]).map(
    (i) => i.raw,
  );

describe('a bad backup value never costs the library', () => {
  it('a library needing repair next to a backup key holding {"items":[null]}: nothing lost, nothing thrown', () => {
    const shared = new SharedStorage();
    const good = { a: entryOf('alpha'), b: entryOf('beta', { bookmarkedAt: at }) };
    const library = JSON.stringify({
      version: 1,
      papers: {
        [paperKey(issue.id, 'alpha')]: good.a,
        [paperKey(issue.id, 'beta')]: good.b,
        [paperKey(issue.id, 'gamma')]: { ...entryOf('gamma'), likedAt: 'yesterday' },
      },
      issueLikes: {},
    });
    shared.values.set(KEY, library);
    shared.values.set(BACKUP, '{"items":[null]}');
    const store = open(shared.tab().storage);

    expect(() => store.getSnapshot()).not.toThrow();
    expect(keys(store)).toEqual([paperKey(issue.id, 'alpha'), paperKey(issue.id, 'beta')]);
    expect(store.getSnapshot().notices).toContain('recovered');

    store.toggleLike(toSavedPaper(issue, optPipe));
    expect(storedKeys(shared)).toEqual([
      paperKey(issue.id, 'alpha'),
      paperKey(issue.id, 'beta'),
      paperKey(issue.id, optPipe.id),
    ]);
    // Both originals are kept: the library as it was, and the backup value that was not ours.
    expect(keptRaws(store)).toEqual(expect.arrayContaining([library, '{"items":[null]}']));
  });
});

/** Random values of every shape a stored value could take after a bug, a crash or a hostile page. */
const storedValue = fc.oneof(
  fc.json(),
  fc.json().map((text) => text.slice(0, Math.max(0, text.length - 3))),
  fc.string(),
  fc.constantFrom(
    'null',
    '[]',
    '{}',
    '[null]',
    '{"items":[null]}',
    '{"items":"x"}',
    '"x"',
    '1e999',
  ),
  fc.array(fc.oneof(fc.constant(null), fc.integer(), fc.string())).map((a) => JSON.stringify(a)),
  fc
    .record({
      version: fc.oneof(
        fc.constant(1),
        fc.constant(2),
        fc.constant({ toString: [] }),
        fc.anything(),
      ),
      papers: fc.dictionary(
        fc.oneof(fc.string(), fc.constant('__proto__')),
        fc.oneof(
          fc.constant(entryOf('kept-one')),
          fc.constant(entryOf('kept-two', { readAt: at })),
          fc.constant({ ...entryOf('broken'), likedAt: 'yesterday' }),
          fc.anything(),
        ),
      ),
      issueLikes: fc.anything(),
    })
    .map((v) => JSON.stringify(v)),
  fc.constant('x'.repeat(200_000)),
);

describe('any value under any key the library uses', () => {
  it('never throws, never loses an entry that could be read, and keeps every original it replaced', () => {
    fc.assert(
      fc.property(fc.option(storedValue), fc.option(storedValue), (library, backup) => {
        const shared = new SharedStorage();
        if (library !== null) shared.values.set(KEY, library);
        if (backup !== null) shared.values.set(BACKUP, backup);
        // The entries a careful reader could have taken out of the value by hand.
        const readable = new Set<string>();
        try {
          const papers = (JSON.parse(library ?? 'null') as { papers?: unknown } | null)?.papers;
          if (papers && typeof papers === 'object')
            for (const value of Object.values(papers)) {
              const parsed = libraryEntrySchema.safeParse(value);
              if (
                parsed.success &&
                (parsed.data.likedAt || parsed.data.bookmarkedAt || parsed.data.readAt)
              )
                readable.add(paperKey(parsed.data.paper.issueId, parsed.data.paper.paperId));
            }
        } catch {
          // Not JSON: nothing readable.
        }
        const store = open(shared.tab().storage);
        expect(() => store.getSnapshot()).not.toThrow();
        store.toggleBookmark(toSavedPaper(issue, brainRot));
        const after = new Set(storedKeys(shared));
        for (const key of readable) expect(after.has(key)).toBe(true);
        expect(after.has(paperKey(issue.id, brainRot.id))).toBe(true);
        // A stored value that was replaced is kept aside, byte for byte.
        if (library !== null && shared.values.get(KEY) !== library) {
          const raw = JSON.parse(library === null ? 'null' : 'null');
          expect(raw).toBeNull();
          const parsed = (() => {
            try {
              return JSON.parse(library) as unknown;
            } catch {
              return undefined;
            }
          })();
          const cleanV1 =
            parsed !== undefined &&
            typeof parsed === 'object' &&
            parsed !== null &&
            (parsed as { version?: unknown }).version === 1 &&
            readable.size === Object.keys((parsed as { papers?: object }).papers ?? {}).length;
          if (!cleanV1) expect(keptRaws(store)).toContain(library);
        }
        // An original backup value that was not ours is still there too.
        if (backup !== null && library !== null && shared.values.get(BACKUP) !== backup)
          expect(shared.values.get(BACKUP)).toContain(JSON.stringify(backup).slice(1, 40));
      }),
      { numRuns: 200 },
    );
  });
});

describe('two tabs at once', () => {
  it('a tab that wrote from a stale copy loses nothing: the other tab re-applies what it lacked', () => {
    const shared = new SharedStorage();
    const a = shared.tab();
    const b = shared.tab();
    // Tab B's copy of the storage lags behind, as Chrome's per-tab cache can: until A's writes reach
    // it, it reads the value as it was before them (and its own writes, which it sees at once).
    let staleFor = 0;
    const frozen = { value: shared.values.get(KEY) ?? null };
    const laggingStorage: StorageLike = {
      getItem: (key) => (key === KEY && staleFor > 0 ? frozen.value : b.storage.getItem(key)),
      setItem: (key, value) => {
        if (key === KEY) frozen.value = value;
        b.storage.setItem(key, value);
      },
    };
    const tabA = open(a.storage, a.subscribe);
    const tabB = open(laggingStorage, b.subscribe);
    tabA.getSnapshot();
    tabB.getSnapshot();
    staleFor = 1;
    const papers = ['one', 'two', 'three'].map((id) => toSavedPaper(issue, makePaper(id)));
    for (const paper of papers) tabA.toggleLike(paper);
    for (const paper of papers) tabB.toggleBookmark(paper);
    staleFor = 0;
    // B's writes were made on a copy without A's likes.
    expect(JSON.stringify(JSON.parse(shared.values.get(KEY)!).papers)).not.toContain('likedAt":"2');
    a.deliver();
    b.deliver();
    a.deliver();
    for (const tab of [tabA, tabB]) {
      const data = tab.getSnapshot().data.papers;
      for (const paper of papers) {
        expect(data[paperKey(issue.id, paper.paperId)]?.likedAt).not.toBeNull();
        expect(data[paperKey(issue.id, paper.paperId)]?.bookmarkedAt).not.toBeNull();
      }
    }
    const stored = JSON.parse(shared.values.get(KEY)!).papers;
    for (const paper of papers) {
      expect(stored[paperKey(issue.id, paper.paperId)].likedAt).not.toBeNull();
      expect(stored[paperKey(issue.id, paper.paperId)].bookmarkedAt).not.toBeNull();
    }
  });

  it('a loss passed on through a third tab is found too: C writes on top of B, which lacked A', () => {
    const shared = new SharedStorage();
    const [a, b, c] = [shared.tab(), shared.tab(), shared.tab()];
    let stale = true;
    let bSees: string | null = null;
    const laggingB: StorageLike = {
      getItem: (key) => (key === KEY && stale ? bSees : b.storage.getItem(key)),
      setItem: (key, value) => {
        if (key === KEY) bSees = value;
        b.storage.setItem(key, value);
      },
    };
    const tabs = [
      open(a.storage, a.subscribe),
      open(laggingB, b.subscribe),
      open(c.storage, c.subscribe),
    ];
    tabs.forEach((tab) => tab.getSnapshot());
    const paper = toSavedPaper(issue, makePaper('shared-paper'));
    tabs[0]!.toggleLike(paper); // A: written, heads {A: 1}
    tabs[1]!.toggleBookmark(paper); // B: from a copy without A's like
    stale = false;
    tabs[2]!.toggleRead(paper); // C: reads B's value, which never had A's like
    // Events arrive, in whatever order, until no tab has anything left to say.
    for (let round = 0; round < 5; round++) [a, b, c].forEach((tab) => tab.deliver());
    const stored = JSON.parse(shared.values.get(KEY)!).papers[paperKey(issue.id, paper.paperId)];
    expect(stored).toMatchObject({
      likedAt: expect.any(String),
      bookmarkedAt: expect.any(String),
      readAt: expect.any(String),
    });
  });
});

describe('with the write in a later task (navigator.locks)', () => {
  it('a foreign change read by the write itself reaches the screen, even when its event comes after', () => {
    const shared = new SharedStorage();
    const [a, b] = [shared.tab(), shared.tab()];
    const queued: (() => void)[] = [];
    const tabA = createLibraryStore({
      getStorage: () => a.storage,
      subscribeToStorageEvents: a.subscribe,
      withLock: (task) => queued.push(task),
      now: tickingClock(),
    });
    const tabB = open(b.storage, b.subscribe);
    let seen = tabA.getSnapshot();
    tabA.subscribe(() => {
      seen = tabA.getSnapshot();
    });
    tabA.toggleLike(toSavedPaper(issue, brainRot)); // shown at once, written later
    tabB.toggleBookmark(toSavedPaper(issue, optPipe)); // B writes before A's write runs
    queued.shift()?.(); // A's write reads B's value and writes both
    a.deliver(); // B's event arrives late: the value is already A's own
    expect(Object.keys(seen.data.papers).sort()).toEqual(
      [paperKey(issue.id, brainRot.id), paperKey(issue.id, optPipe.id)].sort(),
    );
  });
});

describe('a library has a size, and says so', () => {
  function fullLibrary(): SharedStorage {
    const shared = new SharedStorage();
    const papers: Record<string, LibraryEntry> = {};
    for (let i = 0; i < MAX_LIBRARY_ENTRIES; i++) {
      const entry = entryOf(`p-${i}`);
      papers[paperKey(issue.id, `p-${i}`)] = entry;
    }
    shared.values.set(KEY, JSON.stringify({ version: 1, papers, issueLikes: {} }));
    return shared;
  }

  it('a full library refuses a new paper with a notice, and still changes the ones it has', () => {
    const shared = fullLibrary();
    const store = open(shared.tab().storage);
    store.toggleLike(toSavedPaper(issue, brainRot));
    expect(store.getSnapshot().notices).toContain('full');
    expect(keys(store)).toHaveLength(MAX_LIBRARY_ENTRIES);
    store.toggleBookmark(toSavedPaper(issue, makePaper('p-1')));
    expect(store.getSnapshot().data.papers[paperKey(issue.id, 'p-1')]?.bookmarkedAt).not.toBeNull();
  });

  it('an import that would pass the size is refused whole, with the numbers', async () => {
    const shared = fullLibrary();
    const store = open(shared.tab().storage);
    const backup = JSON.stringify({
      version: 1,
      papers: { [paperKey(issue.id, 'extra')]: entryOf('extra') },
      issueLikes: {},
    });
    const report = await store.importBackup(backup);
    expect(report).toMatchObject({ ok: false, added: 0 });
    const message = report.ok ? '' : libraryPageText('ko').importProblem(report.error);
    expect(message).toContain('20,000편까지');
    expect(message).toContain('20,001편');
    expect(keys(store)).toHaveLength(MAX_LIBRARY_ENTRIES);
  });
});

describe('notices that tell the truth', () => {
  it('"cannot save" goes away once saving works again, and the changes kept in memory are saved', () => {
    const shared = new SharedStorage();
    const store = open(shared.tab().storage);
    shared.failWrites = true;
    store.toggleLike(toSavedPaper(issue, brainRot));
    expect(store.getSnapshot()).toMatchObject({ saving: 'memory', notices: ['storage-off'] });
    shared.failWrites = false;
    store.toggleLike(toSavedPaper(issue, optPipe));
    expect(store.getSnapshot()).toMatchObject({ saving: 'saved', notices: [] });
    expect(storedKeys(shared)).toEqual(
      [paperKey(issue.id, brainRot.id), paperKey(issue.id, optPipe.id)].sort(),
    );
  });

  it('a backup made by a newer version is read with a note, and nothing is counted as excluded', async () => {
    const store = open(new SharedStorage().tab().storage);
    const report = await store.importBackup(
      JSON.stringify({ version: 2, papers: { x: entryOf('alpha') }, issueLikes: {}, folders: [] }),
    );
    expect(report).toMatchObject({ ok: true, added: 1, rejected: [] });
    expect(report.ok && report.notes).toEqual([{ kind: 'newer-version', version: 2 }]);
  });

  it('a paper filed under "__proto__" is imported under its own key, not dropped in silence', async () => {
    const store = open(new SharedStorage().tab().storage);
    const good = await store.importBackup(
      `{"version":1,"papers":{"__proto__":${JSON.stringify(entryOf('alpha'))}},"issueLikes":{}}`,
    );
    expect(good).toMatchObject({ ok: true, added: 1 });
    expect(keys(store)).toEqual([paperKey(issue.id, 'alpha')]);
    const bad = await store.importBackup(
      '{"version":1,"papers":{"__proto__":{"x":1}},"issueLikes":{}}',
    );
    expect(bad).toMatchObject({ ok: true, added: 0, rejected: [{ where: 'papers.__proto__' }] });
  });
});
