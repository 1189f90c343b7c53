/**
 * The app's plain-text reading (plain-text-reader.ts) with the whole TeX symbol table: for everything
 * off the reading pages' first-load path (search, meta descriptions, the ingest's titles).
 * Its imports name their files: scripts/prerender.ts, part of vite.config.ts, reaches it, and Vite's
 * coming native config loader cannot resolve an import without an extension.
 */
import { plainParagraphs, plainTex } from './plain-text-reader.ts';
import { TEX_SYMBOLS } from './tex-symbols.ts';

/** A formula's nearest plain reading: symbols as Unicode, markup and braces dropped. */
export function texToPlain(tex: string): string {
  return plainTex(tex, TEX_SYMBOLS);
}

/** Paragraphs (split at blank lines) of the text a reader would see. */
export function markdownToPlainParagraphs(markdown: string): string[] {
  return plainParagraphs(markdown, texToPlain);
}

/** The same paragraphs with formulas left out (they read badly in a search result's description). */
export function markdownToPlainParagraphsWithoutMath(markdown: string): string[] {
  return plainParagraphs(markdown, () => '');
}

/** The same text on one line, each run of whitespace one space: what search indexes and highlights. */
export function markdownToPlainText(markdown: string): string {
  return markdownToPlainParagraphs(markdown).join(' ').replace(/\s+/g, ' ').trim();
}
