import type { Link } from '../../src/data/schema';

/**
 * Both input forms become one list of blocks, so a single structural parser (parse-digest.ts and its phases in digest/) reads
 * both. A block is one paragraph-like unit: a line of the text copy, or a heading/paragraph/list item/
 * link preview of the HTML post.
 */
export interface Block {
  kind: 'heading' | 'paragraph' | 'quote' | 'list-item' | 'link-preview';
  /** Whitespace-normalised text. The HTML form marks bold/italic as `\textbf{…}`/`\textit{…}` so the
   * clean-up keeps them; see plainText() for matching. */
  text: string;
  /** http(s) links found in the block (HTML form, or a bare URL line in the text form). */
  links: Link[];
  /** Text form: 1-based line number. */
  line?: number;
  /** HTML form: a short description such as `h2#3 "논문 소개"`. */
  element?: string;
}

export interface Position {
  line?: number;
  element?: string;
}

export function positionOf(block: Block | undefined): Position {
  if (!block) return {};
  return block.line !== undefined ? { line: block.line } : { element: block.element };
}

// NOTE: U+00A0/U+202F/U+2007/U+3000 are the spaces that survive a copy from a browser; U+200B-U+200D and
// U+FEFF (a BOM anywhere, e.g. after concatenating files) are invisible and only break matching.
const ODD_SPACE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** One line of prose with the whitespace a copy or a save may add removed. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Text for matching headings and titles: the bold/italic markers of the HTML form removed. */
export function plainText(text: string): string {
  // A link reads as its label; the URL never contains braces (html-blocks.ts encodes them).
  let out = text.replace(/\\href\{[^{}]*\}\{/g, '\\textit{');
  // Nested markers unwrap from the inside out; a few rounds cover any real nesting.
  for (let i = 0; i < 4 && /\\text(?:bf|it|tt)\{/.test(out); i++) {
    out = out.replace(/\\text(?:bf|it|tt)\{([^{}]*)\}/g, '$1');
  }
  return out;
}
