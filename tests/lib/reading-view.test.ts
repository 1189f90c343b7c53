import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { storageKeys } from '../../src/config/storage-keys';
import { loadReadingView, parseReadingView, saveReadingView } from '../../src/lib/reading-view';

afterEach(() => localStorage.clear());

describe('reading view (compact, hide read papers)', () => {
  it('round-trips through storage and stores nothing for the defaults', () => {
    saveReadingView({ compact: true, hideRead: false });
    expect(loadReadingView()).toEqual({ compact: true, hideRead: false });
    saveReadingView({ compact: false, hideRead: false });
    expect(localStorage.getItem(storageKeys.readingView)).toBeNull();
    expect(loadReadingView()).toEqual({ compact: false, hideRead: false });
  });

  it('reads any stored value as a valid view and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.constant('{"compact":"yes"}')), (raw) => {
        const view = parseReadingView(raw);
        expect(Object.keys(view).sort()).toEqual(['compact', 'hideRead']);
        expect(typeof view.compact).toBe('boolean');
        expect(typeof view.hideRead).toBe('boolean');
      }),
    );
    expect(parseReadingView('{"compact":"yes","hideRead":true}')).toEqual({
      compact: false,
      hideRead: true,
    });
  });
});
