/**
 * The parser and renderer recurse per level of nesting, so deeply nested input (thousands of `>` or
 * list markers, runs of `*` that open emphasis inside emphasis, `[` or TeX `{` stacks) can overflow the
 * call stack, and a huge field costs seconds of parsing. Such text is shown as plain text instead.
 * The limits sit far above anything a digest holds (public/data, 2025-10: texts up to 1.9k characters,
 * no nested containers, delimiter runs of 2 (`**`), no nested brackets or braces) and far below what
 * overflows the stack (~1,000 levels), so real text always gets the full render.
 */
export const MARKDOWN_LIMITS = {
  /**
   * Characters: ten times the longest real field. Parsing costs ~10 ms per 1k characters of dense
   * Markdown and math on a slow machine, so this keeps the worst full render in the low hundreds of ms.
   */
  maxLength: 20_000,
  /** Nested block quotes and list items on one line (`> > - 1.`), or indentation worth that many. */
  maxContainerDepth: 16,
  /** Consecutive `*`, `_`, `~`, `` ` `` or `$`; emphasis nests once per pair of markers. */
  maxDelimiterRun: 32,
  /** Unclosed `[` (link labels) or `{` (TeX groups) at any point. */
  maxBracketDepth: 32,
} as const;

const DELIMITERS = new Set(['*', '_', '~', '`', '$']);

/** True when the text would be risky or slow to parse as Markdown; linear scans, no backtracking. */
export function isTooComplexForMarkdown(text: string): boolean {
  if (text.length > MARKDOWN_LIMITS.maxLength) return true;
  for (let start = 0; start <= text.length;) {
    if (containerDepth(text, start) > MARKDOWN_LIMITS.maxContainerDepth) return true;
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    start = end + 1;
  }
  return tooDeepInline(text);
}

/** How many block containers open at the start of the line at `start` (indentation counts per 4). */
function containerDepth(text: string, start: number): number {
  let depth = 0;
  let indent = 0;
  let index = start;
  while (index < text.length) {
    const character = text[index];
    if (character === ' ' || character === '\t') {
      indent += character === '\t' ? 4 : 1;
      index += 1;
      continue;
    }
    const markerEnd = containerMarkerEnd(text, index);
    if (markerEnd < 0) break;
    depth += 1;
    // NOTE: the one space after a marker belongs to it; only further indentation nests deeper.
    index = text[markerEnd] === ' ' ? markerEnd + 1 : markerEnd;
  }
  return depth + Math.floor(indent / 4);
}

/** The index just past a `>`, `-`/`*`/`+` or `1.`/`1)` marker at `index`, or -1 when there is none. */
function containerMarkerEnd(text: string, index: number): number {
  const character = text[index];
  if (character === '>') return index + 1;
  if ((character === '-' || character === '*' || character === '+') && isBlank(text[index + 1]))
    return index + 1;
  let digits = index;
  while (digits < text.length && digits - index < 9 && isDigit(text[digits])) digits += 1;
  const closer = text[digits];
  if (digits === index || (closer !== '.' && closer !== ')') || !isBlank(text[digits + 1]))
    return -1;
  return digits + 1;
}

/** Runs of emphasis-like delimiters, and how deep `[` and `{` stack up. */
function tooDeepInline(text: string): boolean {
  let run = 0;
  let runCharacter = '';
  let squareDepth = 0;
  let braceDepth = 0;
  for (const character of text) {
    if (DELIMITERS.has(character)) {
      run = character === runCharacter ? run + 1 : 1;
      runCharacter = character;
      if (run > MARKDOWN_LIMITS.maxDelimiterRun) return true;
    } else {
      run = 0;
      runCharacter = '';
    }
    if (character === '[') squareDepth += 1;
    else if (character === ']') squareDepth = Math.max(0, squareDepth - 1);
    else if (character === '{') braceDepth += 1;
    else if (character === '}') braceDepth = Math.max(0, braceDepth - 1);
    if (Math.max(squareDepth, braceDepth) > MARKDOWN_LIMITS.maxBracketDepth) return true;
  }
  return false;
}

function isBlank(character: string | undefined): boolean {
  return character === ' ' || character === '\t' || character === '\n' || character === undefined;
}

function isDigit(character: string | undefined): boolean {
  return character !== undefined && character >= '0' && character <= '9';
}
