/**
 * The plain-text stand-in for Markdown, used while the Markdown + KaTeX chunk loads: same paragraphs,
 * markup and TeX delimiters removed, TeX symbols as their Unicode glyphs. It only has to look right for a
 * moment and keep the same shape, so the page does not jump when the real render arrives.
 *
 * It is the app's one plain-text reading (lib/markdown/plain-text-reader.ts) with the common part of the
 * symbol table only: this module is on the reading pages' first load, where the whole table does not fit
 * the size budget (see lib/markdown/common-tex-symbols.ts). Imports name their files, as the feeds and
 * the prerender (part of vite.config.ts) need.
 */
import { COMMON_TEX_SYMBOLS } from '../../lib/markdown/common-tex-symbols.ts';
import { plainParagraphs, plainTex } from '../../lib/markdown/plain-text-reader.ts';

export { rawParagraphs } from '../../lib/markdown/plain-text-reader.ts';

export function texToPlain(tex: string): string {
  return plainTex(tex, COMMON_TEX_SYMBOLS);
}

/** Paragraphs (split at blank lines) of the text a reader would see. */
export function markdownToPlainParagraphs(markdown: string): string[] {
  return plainParagraphs(markdown, texToPlain);
}

/**
 * Korean line breaking. The page sets `word-break: keep-all`, which keeps a Hangul word whole but still
 * lets a line break between a closing bracket or quote and the particle right after it, so a line could
 * begin with the `을` of `품질)을` or the `에서` of `토큰)에서`. No CSS property forbids that one break, so
 * every place that shows Korean text wraps each such run in a `white-space: nowrap` span (`<Markdown>`'s
 * plain text and titles through `keepTogether`, the rendered Markdown through rehype-keep-together.ts).
 * The text itself is unchanged: copy, search and exports see the same characters.
 *
 * The run: the character before the closing marks (so a mark never opens a line either), the marks, and
 * the Hangul syllables right after them. It never reaches past whitespace. At most four marks: a longer
 * run keeps its last four (no line may break between two closing marks anyway), and a run of thousands
 * of quotes costs linear time instead of quadratic backtracking.
 */
export const KEEP_TOGETHER = /\S?[)\]}"'’”」』〉》】〕）］｝»›]{1,4}[가-힣]+/gu;

/** The class of those spans (keep-together.css). */
export const KEEP_CLASS = 'ko-keep';
