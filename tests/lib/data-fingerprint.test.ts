// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  expectData,
  fingerprint,
  formatFingerprints,
  noteFetched,
  sameDataAsPrerendered,
} from '../../src/lib/data-fingerprint';

describe('data fingerprints: hydrate a prerendered page only over the data it was made from', () => {
  it('are stable, eight hex digits, and differ for a one-character change', () => {
    expect(fingerprint('')).toBe('811c9dc5');
    expect(fingerprint('{"a":1}')).toMatch(/^[0-9a-f]{8}$/);
    expect(fingerprint('{"a":1}')).toBe(fingerprint('{"a":1}'));
    expect(fingerprint('{"a":1}')).not.toBe(fingerprint('{"a":2}'));
    // UTF-16 code units, as in the browser: Hangul and emoji count like any other text.
    expect(fingerprint('논문 🔥')).not.toBe(fingerprint('논문 🔥 '));
  });

  it('matches what the prerender listed only when every listed file was fetched the same', () => {
    const listed = formatFingerprints([
      ['/data/index.json', fingerprint('index v1')],
      ['/data/issues/2025-10-20.json', fingerprint('issue v1')],
    ]);
    expectData(listed);
    expect(sameDataAsPrerendered()).toBe(false);
    expectData(listed);
    noteFetched('/data/index.json', 'index v1');
    expect(sameDataAsPrerendered()).toBe(false);
    expectData(listed);
    noteFetched('/data/index.json', 'index v1');
    noteFetched(`${location.origin}/data/issues/2025-10-20.json`, 'issue v1');
    // A file the page was not rendered from is not fingerprinted (and changes nothing).
    noteFetched('/data/issues/2025-10-13.json', 'other');
    expect(sameDataAsPrerendered()).toBe(true);
    // The issue was updated after the build: the page is rendered anew instead.
    expectData(listed);
    noteFetched('/data/index.json', 'index v1');
    noteFetched('/data/issues/2025-10-20.json', 'issue v2');
    expect(sameDataAsPrerendered()).toBe(false);
    // A page that lists nothing (none was prerendered from data) is always the same.
    expectData('');
    expect(sameDataAsPrerendered()).toBe(true);
  });
});
