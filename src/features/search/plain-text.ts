import { texToPlain } from '../../components/markdown/plain-text';

/**
 * Markdown (with `$...$` math) to the plain text that search indexes and snippets show. Snippets are
 * built from offsets in this text, so the index and the highlighter must both read it. Formulas read
 * as the reader's plain-text stand-in reads them (texToPlain), so a search for "α" finds `$\alpha$`.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g, (_, block?: string, inline?: string) =>
      texToPlain(block ?? inline ?? ''),
    )
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/\*{1,3}|_{2,3}/g, '')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-+*]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
