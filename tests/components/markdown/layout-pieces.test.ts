// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  MAX_DIRECTION_CHANGES,
  PIECE_LENGTH,
  cutRun,
  directionChanges,
  layoutParts,
  type TextPart,
} from '../../../src/components/markdown/layout-pieces';

const joined = (parts: TextPart[]) => parts.map((part) => part.text).join('');
const pieces = (parts: TextPart[]) => parts.filter((part) => part.piece).map((part) => part.text);
const word = (size: number, letters: string) =>
  Array.from({ length: size }, (_, at) => letters[at % letters.length]).join('');

/** What every split must keep: the same text in order, short pieces, no whitespace at a piece's edge. */
function expectSound(paragraph: string, parts: TextPart[], length = PIECE_LENGTH) {
  expect(joined(parts)).toBe(paragraph);
  for (const part of parts) {
    expect(part.text).not.toBe('');
    if (!part.piece) continue;
    expect(part.text.length).toBeLessThanOrEqual(length);
    // (Whitespace the page collapses: at the edge of an inline-block a copy would lose it.)
    expect(part.text).not.toMatch(/^[ \t\n\r\f]|[ \t\n\r\f]$/);
  }
  // Pieces and ordinary text alternate with pieces side by side; two ordinary parts never do.
  parts.slice(1).forEach((part, at) => expect(part.piece || parts[at]?.piece).toBe(true));
}

describe('plain text laid out in pieces', () => {
  it('leaves a paragraph up to the piece length alone', () => {
    const paragraph = word(PIECE_LENGTH, 'aאbع');
    expect(layoutParts(paragraph)).toEqual([{ text: paragraph, piece: false }]);
  });

  it('leaves long prose alone, whatever its length', () => {
    const paragraph = 'An ordinary sentence with a few words, שלום and 한국어 too. '.repeat(2000);
    expect(layoutParts(paragraph)).toEqual([{ text: paragraph, piece: false }]);
  });

  it.each([
    ['Latin', word(100_000, 'abcdefg')],
    ['Hangul, Latin and digits', word(100_000, '가a1나b')],
    ['Latin, Hebrew and Arabic alternating', word(100_000, 'aאbعcב')],
  ])('cuts a 100,000-character word of %s into pieces of 1,000', (_, paragraph) => {
    const parts = layoutParts(paragraph);
    expectSound(paragraph, parts);
    expect(parts.every((part) => part.piece)).toBe(true);
    expect(parts).toHaveLength(100);
  });

  it('cuts only the long run, and keeps the text around it ordinary', () => {
    const run = word(2500, 'xyz');
    const paragraph = `Before the run, ${run} and after it.`;
    const parts = layoutParts(paragraph);
    expectSound(paragraph, parts);
    expect(parts[0]).toEqual({ text: 'Before the run, ', piece: false });
    expect(pieces(parts)).toEqual([run.slice(0, 1000), run.slice(1000, 2000), run.slice(2000)]);
    expect(parts.at(-1)).toEqual({ text: ' and after it.', piece: false });
  });

  it('cuts a paragraph that switches direction at every letter everywhere, at its spaces', () => {
    const paragraph = Array.from({ length: 2000 }, () => word(49, 'aא')).join(' ');
    expect(directionChanges(paragraph)).toBeGreaterThan(MAX_DIRECTION_CHANGES);
    const parts = layoutParts(paragraph);
    expectSound(paragraph, parts);
    // Whole words only: every piece ends where a word does, the space after it stays in between.
    for (const piece of pieces(parts))
      expect(piece.split(' ').every((w) => w.length === 49)).toBe(true);
    expect(parts.filter((part) => !part.piece).every((part) => part.text === ' ')).toBe(true);
    expect(pieces(parts).length).toBeLessThan(110);
  });

  it('keeps leading, trailing and repeated whitespace outside the pieces', () => {
    const paragraph = `  ${word(1500, 'aב')}   ${word(30, 'aב')} \t${word(1200, 'aב')}  `;
    const parts = layoutParts(paragraph);
    expectSound(paragraph, parts);
    expect(parts[0]).toEqual({ text: '  ', piece: false });
    expect(parts.at(-1)).toEqual({ text: '  ', piece: false });
  });

  it.each([
    ['surrogate pairs', '😀'],
    ['combining accents', 'e\u0301'],
    ['joined emoji', '👩\u200d👩\u200d👧'],
    ['flags', '🇰🇷'],
    ['emoji with skin tones', '👍🏽'],
    ['Hangul jamo', '\u1100\u1161\u11a8'],
  ])('never cuts inside %s', (_, unit) => {
    for (const offset of ['', 'x', 'xy']) {
      const run = offset + unit.repeat(Math.ceil(5000 / unit.length));
      const cut = cutRun(run, 100);
      expect(cut.join('')).toBe(run);
      for (const piece of cut.slice(1)) {
        expect(piece.length).toBeLessThanOrEqual(100);
        expect(piece.startsWith(unit)).toBe(true);
      }
    }
  });

  it('never puts a space that does not collapse at the edge of a piece', () => {
    for (const space of ['\u00a0', '\u3000', '\u202f']) {
      const run = `ab${space}`.repeat(2000);
      const cut = cutRun(run, 100);
      expect(cut.join('')).toBe(run);
      cut.slice(1).forEach((piece, at) => {
        expect(piece).not.toMatch(/^\s/u);
        expect(cut[at]).not.toMatch(/\s$/u);
      });
    }
  });

  it('still cuts, between code points, a run with no good place to cut', () => {
    const run = `a${'\u0301'.repeat(3000)}`;
    const cut = cutRun(run, 1000);
    expect(cut.join('')).toBe(run);
    expect(cut.map((piece) => piece.length)).toEqual([1000, 1000, 1000, 1]);
  });

  it('keeps every text whole and in order, whatever it is made of', () => {
    const alphabet = [
      'a',
      'Z',
      '7',
      ' ',
      '\n',
      '\t',
      'א',
      'ع',
      '가',
      '😀',
      '\u0301',
      '\u200d',
      '\u00a0',
    ];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const size = 1 + Math.floor(random() * 400);
      const paragraph = Array.from(
        { length: size },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      expectSound(paragraph, layoutParts(paragraph, 20), 20);
      // The same cut everywhere, as if it switched direction too often.
      expectSound(paragraph, layoutParts(paragraph, 20, 0), 20);
    }
  });
});

describe('direction changes', () => {
  it.each([
    ['plain Latin', 'hello world', 0],
    ['Hangul, Latin and digits', '한국어 text 123', 0],
    ['one Hebrew word in English', 'the word שלום here', 2],
    ['digits after Arabic', 'عدد 42', 1],
    ['marks and overrides', 'a\u200fb\u202ec', 4],
    ['punctuation takes no side', 'a, (א) — b', 2],
  ])('counts %s', (_, text, expected) => {
    expect(directionChanges(text)).toBe(expected);
  });

  it('stops counting past the limit', () => {
    expect(directionChanges(word(100_000, 'aא'), 10)).toBe(11);
  });
});
