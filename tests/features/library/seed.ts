import type { VitestUtils } from 'vitest';
import type { Issue, Paper } from '../../../src/data/schema';
import { storageKeys } from '../../../src/config/storage-keys';
import type { LibraryData, LibraryEntry } from '../../../src/features/library/library-schema';
import { paperKey } from '../../../src/features/library/library-schema';
import { toSavedPaper } from '../../../src/features/library/library-store';

export interface Seed {
  issue: Issue;
  paper: Paper;
  liked?: string;
  bookmarked?: string;
  read?: string;
}

export function libraryOf(seeds: Seed[], issueLikes: string[] = []): LibraryData {
  const papers: Record<string, LibraryEntry> = {};
  for (const seed of seeds) {
    const times = [seed.liked, seed.bookmarked, seed.read].filter((t): t is string => !!t).sort();
    papers[paperKey(seed.issue.id, seed.paper.id)] = {
      paper: {
        ...toSavedPaper(seed.issue, seed.paper),
        savedAt: times[0] ?? '2025-10-21T00:00:00.000Z',
      },
      likedAt: seed.liked ?? null,
      bookmarkedAt: seed.bookmarked ?? null,
      readAt: seed.read ?? null,
    };
  }
  const likes = Object.fromEntries(
    issueLikes.map((id) => [id, { likedAt: '2025-10-21T00:00:00.000Z' }]),
  );
  return { version: 1, papers, issueLikes: likes };
}

/** Writes a library into jsdom's localStorage, as a previous visit would have. */
export function seedLibrary(seeds: Seed[], issueLikes: string[] = []): void {
  localStorage.setItem(storageKeys.library, JSON.stringify(libraryOf(seeds, issueLikes)));
}

/** The stored library's data (without `heads`, the write counts tabs use to find lost updates). */
export function storedLibrary(): LibraryData {
  const value = JSON.parse(localStorage.getItem(storageKeys.library) ?? 'null') as
    (LibraryData & { heads?: unknown }) | null;
  if (value === null) return value as unknown as LibraryData;
  const { heads: _heads, ...data } = value;
  return data;
}

/** Captures what would be downloaded: the file name and the Blob's text. */
export function captureDownloads(vi: VitestUtils) {
  const files: { name: string; text: Promise<string>; type: string }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${(n += 1)}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, text: blob.text(), type: blob.type });
  });
  return files;
}
