/**
 * Text shown as plain text because it is too big or too deep to parse (markdown-guard.ts) can hold a
 * paragraph that Chromium lays out at a cost growing faster than the number of its changes of writing
 * direction: one word of 100,000 letters alternating left-to-right and right-to-left scripts (Latin and
 * Hebrew or Arabic) takes ~4 s of main thread, and so does such text with a space every few dozen
 * letters; on one line or wrapped, whole or in inline spans, isolated or not (bench-long-word.ts). What
 * bounds it is laying such a paragraph out in pieces of at most PIECE_LENGTH characters, each its own
 * inline-block (markdown.css): an inline formatting context of its own, so the cost is per piece and
 * the total grows linearly.
 *
 * Only what needs it is cut: a run without spaces longer than PIECE_LENGTH (each piece then sits on a
 * line of its own, and the box scrolls sideways by a piece's width, not the whole word's), and, in a
 * paragraph whose writing direction changes more than MAX_DIRECTION_CHANGES times, everything (cut at
 * spaces where there are any; each piece then starts a new line). Ordinary text stays ordinary inline
 * text. The characters are unchanged and in order: pieces are cut between characters, never inside a
 * surrogate pair, before a combining mark or around a joiner where another place within reach will do,
 * and they never begin or end with whitespace (the spaces between them stay in the paragraph, where
 * copying keeps them; whitespace at the edge of an inline-block would be dropped from a copy).
 *
 * Pure and deterministic (no Intl.Segmenter, whose answers follow the ICU version): the prerender in
 * Node and the browser must cut the same text the same way.
 */

/** The longest piece, in UTF-16 code units. */
export const PIECE_LENGTH = 1000;

/**
 * Changes between left-to-right and right-to-left letters a paragraph may hold and stay whole. Their cost
 * grows faster than their number: in 100,000 characters, 3,300 cost ~50 ms, 10,000 ~75 ms, 33,000 ~0.7 s,
 * 100,000 ~3.5 s. Prose that mixes a Hebrew or Arabic word into every sentence has 2 a sentence.
 */
export const MAX_DIRECTION_CHANGES = 5000;

/** A part of a paragraph: ordinary inline text, or a piece laid out on its own. */
export interface TextPart {
  text: string;
  piece: boolean;
}

/** Runs of whitespace the page collapses (white-space: normal), and runs of everything else. */
const TOKENS = /[ \t\n\r\f]+|[^ \t\n\r\f]+/g;
const COLLAPSIBLE = /^[ \t\n\r\f]/;

/**
 * The paragraph in parts whose texts, joined, are the paragraph. A paragraph up to `length` characters,
 * or one without long runs and with few direction changes, is one ordinary part.
 */
export function layoutParts(
  paragraph: string,
  length: number = PIECE_LENGTH,
  maxChanges: number = MAX_DIRECTION_CHANGES,
): TextPart[] {
  if (paragraph.length <= length) return [{ text: paragraph, piece: false }];
  const everything = directionChanges(paragraph, maxChanges) > maxChanges;
  const parts: TextPart[] = [];
  const addText = (text: string) => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last && !last.piece) last.text += text;
    else parts.push({ text, piece: false });
  };
  // In a paragraph cut everywhere, the words (and the spaces between them) gathered into a piece so far.
  let group = '';
  let space = '';
  const closeGroup = () => {
    if (group !== '') parts.push({ text: group, piece: true });
    group = '';
    addText(space);
    space = '';
  };
  for (const [token] of paragraph.matchAll(TOKENS)) {
    if (COLLAPSIBLE.test(token)) {
      if (group === '') addText(token);
      else space = token;
    } else if (token.length > length) {
      closeGroup();
      for (const piece of cutRun(token, length)) parts.push({ text: piece, piece: true });
    } else if (!everything) {
      addText(token);
    } else if (group !== '' && group.length + space.length + token.length <= length) {
      group += space + token;
      space = '';
    } else {
      closeGroup();
      group = token;
    }
  }
  closeGroup();
  return parts;
}

/**
 * A run of characters without whitespace in pieces of at most `length` code units, each cut at the last
 * good place in the second half of its window (see canCut), or else between two code points.
 */
export function cutRun(run: string, length: number = PIECE_LENGTH): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (run.length - start > length) {
    const end = start + length;
    let cut = -1;
    for (let at = end; at > start + length / 2 && cut < 0; at--)
      if (canCut(run, start, at)) cut = at;
    if (cut < 0) cut = isLowSurrogate(run.charCodeAt(end)) ? end - 1 : end;
    pieces.push(run.slice(start, cut));
    start = cut;
  }
  pieces.push(run.slice(start));
  return pieces;
}

/**
 * True when the piece that begins at `start` may end before `run[at]` without splitting what a reader
 * sees as one character.
 */
function canCut(run: string, start: number, at: number): boolean {
  if (isLowSurrogate(run.charCodeAt(at))) return false;
  const next = run.codePointAt(at) ?? 0;
  const previous = run.codePointAt(isLowSurrogate(run.charCodeAt(at - 1)) ? at - 2 : at - 1) ?? 0;
  // A flag is a pair of regional indicators: between two, cut only after an even number of them (the
  // piece begins where a pair does, so counting from its start is enough).
  if (isRegionalIndicator(previous) && isRegionalIndicator(next)) {
    let indicators = 0;
    for (
      let back = at - 2;
      back >= start && isRegionalIndicator(run.codePointAt(back) ?? 0);
      back -= 2
    )
      indicators++;
    return indicators % 2 === 0;
  }
  return !noCutBefore(next) && !noCutAfter(previous);
}

const MARK_OR_SPACE = /^[\p{M}\s]/u;
const SPACE = /^\s/u;

/**
 * What must not start a piece: combining marks, joiners, variation selectors, emoji skin tones and tags,
 * Hangul vowel and final jamo, and spaces that are not collapsible (no-break, ideographic: they would
 * hang or vanish at a piece's edge).
 */
function noCutBefore(code: number): boolean {
  return (
    code === 0x200c ||
    code === 0x200d ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0020 && code <= 0xe007f) ||
    (code >= 0x1160 && code <= 0x11ff) ||
    (code >= 0xd7b0 && code <= 0xd7ff) ||
    MARK_OR_SPACE.test(String.fromCodePoint(code))
  );
}

/** What must not end a piece: a zero-width joiner, a Hangul leading jamo, a space. */
function noCutAfter(code: number): boolean {
  return (
    code === 0x200d ||
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    SPACE.test(String.fromCodePoint(code))
  );
}

function isRegionalIndicator(code: number): boolean {
  return code >= 0x1f1e6 && code <= 0x1f1ff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * How often the text switches between right-to-left letters (Hebrew, Arabic and the other scripts of the
 * right-to-left blocks, and the right-to-left marks and embeddings) and left-to-right letters or digits;
 * counting stops past `stopAfter`. Punctuation and spaces take no side. An approximation of the bidi
 * runs the browser makes, enough to tell prose from text built to switch at every letter.
 */
export function directionChanges(text: string, stopAfter = Infinity): number {
  let changes = 0;
  let side = 0;
  for (let at = 0; at < text.length && changes <= stopAfter; at++) {
    const code = text.codePointAt(at) ?? 0;
    if (code > 0xffff) at++;
    const next = direction(code);
    if (next === 0) continue;
    if (side !== 0 && next !== side) changes++;
    side = next;
  }
  return changes;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** 1 for a right-to-left letter or control, -1 for any other letter or digit, 0 for the rest. */
function direction(code: number): number {
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39) ? -1 : 0;
  }
  if (
    (code >= 0x0590 && code <= 0x08ff) ||
    (code >= 0xfb1d && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefe) ||
    (code >= 0x10800 && code <= 0x10fff) ||
    (code >= 0x1e800 && code <= 0x1efff) ||
    code === 0x200f ||
    code === 0x202b ||
    code === 0x202e ||
    code === 0x2067
  )
    return 1;
  if (code === 0x200e || code === 0x202a || code === 0x202d || code === 0x2066) return -1;
  if (code >= 0xac00 && code <= 0xd7a3) return -1; // (Hangul syllables, without the regular expression)
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code)) ? -1 : 0;
}
