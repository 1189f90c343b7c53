/**
 * The one clean-up every digest text field goes through on its way into the issue JSON: whitespace and
 * Unicode normalised, emoji shortcodes to Unicode, stray LaTeX to Markdown + `$...$` math.
 */
import { latexToPlainText, normalizeLatex } from '../../src/lib/markdown/normalize-latex.ts';
import { replaceShortcodes } from './emoji.ts';

export interface CleanedText {
  markdown: string;
  warnings: string[];
}

export interface CleanedInlineText extends CleanedText {
  /** The same text as a reader sees it, without Markdown (for a title shown as plain text). */
  text: string;
}

/** Everything Unicode calls a space (NBSP, ideographic space...) except the line breaks we split on. */
const SPACES = /[^\S\n]+/g;
/** Invisible characters copy-paste leaves behind; ZWJ (U+200D) stays, emoji sequences need it. */
const INVISIBLES = /[\u200b\u2060\ufeff\u00ad]/g;

/**
 * A field that may hold several paragraphs: blank lines separate paragraphs, a single line break is only
 * a space, runs of spaces collapse. Then shortcodes, then LaTeX.
 */
export function cleanDigestText(raw: string): CleanedText {
  const paragraphs = normalizeWhitespace(raw)
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\n/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
  return cleanParagraphs(paragraphs.join('\n\n'));
}

/** A one-line field (a title): every line break is a space; returns plain text as well as Markdown. */
export function cleanInlineText(raw: string): CleanedInlineText {
  const line = normalizeWhitespace(raw).replace(/\n+/g, ' ').trim();
  const emoji = replaceShortcodes(line);
  const latex = normalizeLatex(emoji.text);
  return {
    markdown: latex.markdown,
    text: latexToPlainText(emoji.text).text,
    warnings: [...emoji.warnings, ...latex.warnings],
  };
}

function normalizeWhitespace(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(INVISIBLES, '')
    .replace(SPACES, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

function cleanParagraphs(text: string): CleanedText {
  const emoji = replaceShortcodes(text);
  const latex = normalizeLatex(emoji.text);
  return { markdown: latex.markdown, warnings: [...emoji.warnings, ...latex.warnings] };
}
