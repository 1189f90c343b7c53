/**
 * Plain text written into Markdown so that it reads as itself: the inverse of the plain-text reading.
 * One escaper for the two places that write Markdown, which differ only in who reads it:
 * - 'app': this app's renderer (CommonMark + remark-math, no GFM). The ingest writes the data for it and
 *   escapes as little as it can, so the JSON stays readable: `issue #3` and `a > b` are left alone.
 * - 'any': whatever a reader opens an exported file in (GitHub, Obsidian, a note app). GFM reads `|` as a
 *   table cell and `~x~` as strikethrough, some read `#tag` or `>` mid-line, and many read `$...$` as math.
 */
export type MarkdownReader = 'app' | 'any';

/** Characters read as syntax anywhere in a line; `&` only where it would start a character reference. */
const SPECIALS: Readonly<Record<MarkdownReader, RegExp>> = {
  app: /[\\`*_[\]<$]|&(?=#?[A-Za-z0-9]+;)/g,
  // A lone tilde between spaces ("10/20 ~ 26") is plain text; next to a word it could strike through.
  any: /[\\`*_[\]<>#|$]|&(?=#?[A-Za-z0-9]+;)|~(?=\S)|(?<=\S)~/g,
};

/**
 * Block syntax at the start of a line: a heading, quote, list item, thematic break or fence. A line of
 * `=` is a setext underline only right under another line of text, which the app's paragraphs (one line
 * each, blank lines around) never are; in an exported list item it can be.
 */
const BLOCK_START: Readonly<Record<MarkdownReader, RegExp>> = {
  app: /^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|-(?=[- \t]*$)|~(?=~~))/,
  any: /^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|-(?=[- \t]*$)|~(?=~~)|=(?=[= \t]*$))/,
};

/** Each character Markdown would read as syntax gets a backslash. */
export function escapeMarkdownText(text: string, reader: MarkdownReader): string {
  return text.replace(SPECIALS[reader], '\\$&');
}

/**
 * What would start a block at the beginning of a line gets a backslash, so the line stays text. Only the
 * first characters count; run it on text escapeMarkdownText has escaped.
 */
export function escapeLineStart(line: string, reader: MarkdownReader): string {
  return line.replace(BLOCK_START[reader], '\\$&').replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}

/** A URL as a Markdown link destination: spaces, brackets and parentheses would end it early. */
export function linkDestination(url: string): string {
  return url.replace(
    /[()\s<>\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
