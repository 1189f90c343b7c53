// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createLibraryStore,
  toSavedPaper,
  type LibrarySnapshot,
  type LibraryStore,
} from '../../../src/features/library/library-store';
import { SharedStorage, tickingClock } from './fake-storage';
import { issue, makePaper } from './fixtures';

const papers = ['alpha', 'beta-net', 'gamma-llm'].map((id) => makePaper(id));
type Mark = 'like' | 'bookmark' | 'read';

type Step =
  | { kind: 'toggle'; tab: number; paper: number; mark: Mark }
  | { kind: 'issue-like'; tab: number }
  | { kind: 'remove'; tab: number; paper: number }
  | { kind: 'deliver'; tab: number };

const tab = fc.integer({ min: 0, max: 1 });
const paper = fc.integer({ min: 0, max: papers.length - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('toggle' as const),
    tab,
    paper,
    mark: fc.constantFrom<Mark>('like', 'bookmark', 'read'),
  }),
  fc.record({ kind: fc.constant('issue-like' as const), tab }),
  fc.record({ kind: fc.constant('remove' as const), tab, paper }),
  fc.record({ kind: fc.constant('deliver' as const), tab }),
);

/** The whole library as a set of "paper:mark" strings (and "issue" for the issue like). */
function asSet(snapshot: LibrarySnapshot): string[] {
  const out: string[] = [];
  for (const entry of Object.values(snapshot.data.papers)) {
    if (entry.likedAt) out.push(`${entry.paper.paperId}:like`);
    if (entry.bookmarkedAt) out.push(`${entry.paper.paperId}:bookmark`);
    if (entry.readAt) out.push(`${entry.paper.paperId}:read`);
  }
  if (issue.id in snapshot.data.issueLikes) out.push('issue');
  return out.sort();
}

describe('two tabs sharing one storage', () => {
  it('end with the same set as a simple model, whatever the order of operations and events', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const shared = new SharedStorage();
        const tabs = [0, 1].map(() => {
          const handle = shared.tab();
          const store: LibraryStore = createLibraryStore({
            getStorage: () => handle.storage,
            subscribeToStorageEvents: handle.subscribe,
            now: tickingClock(),
          });
          // What a mounted component in this tab last rendered.
          let seen = store.getSnapshot();
          store.subscribe(() => {
            seen = store.getSnapshot();
          });
          return { store, deliver: handle.deliver, seen: () => seen };
        });

        const model = new Set<string>();
        for (const s of steps) {
          const { store, deliver } = tabs[s.tab]!;
          if (s.kind === 'deliver') {
            deliver();
          } else if (s.kind === 'issue-like') {
            store.toggleIssueLike(issue.id);
            flip(model, 'issue');
          } else if (s.kind === 'remove') {
            const p = papers[s.paper]!;
            store.remove({ issueId: issue.id, paperId: p.id });
            for (const mark of ['like', 'bookmark', 'read']) model.delete(`${p.id}:${mark}`);
          } else {
            const p = papers[s.paper]!;
            const saved = toSavedPaper(issue, p);
            if (s.mark === 'like') store.toggleLike(saved);
            else if (s.mark === 'bookmark') store.toggleBookmark(saved);
            else store.toggleRead(saved);
            flip(model, `${p.id}:${s.mark}`);
          }
          // The tab that acted always shows its own change at once.
          if (s.kind !== 'deliver') expect(asSet(tabs[s.tab]!.seen())).toEqual([...model].sort());
        }
        for (const t of tabs) t.deliver();
        for (const t of tabs) expect(asSet(t.seen())).toEqual([...model].sort());
      }),
      { numRuns: 300 },
    );
  });
});

function flip(set: Set<string>, value: string): void {
  if (set.has(value)) set.delete(value);
  else set.add(value);
}
