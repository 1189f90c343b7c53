/**
 * Markdown (with `$...$` math) to the plain text that search indexes and snippets show. Snippets are
 * built from offsets in this text, so the index and the highlighter must both read it. It is the app's
 * one plain-text reading, the one the reader's stand-in, the feeds and the ingest's titles use, so a
 * search for "ζ" finds `$\zeta$` and a snippet reads like the page.
 */
export { markdownToPlainText } from '../../lib/markdown/plain-text';
