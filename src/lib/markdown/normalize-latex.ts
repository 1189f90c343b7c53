/**
 * Turns digest prose with stray LaTeX into Markdown + `$...$` math for react-markdown + remark-math +
 * rehype-katex (CommonMark, no GFM, raw HTML never rendered). Pure: string in, value out; no Node-only
 * imports, so the app can use it too. The parts: latex-tables.ts (the commands and what each becomes),
 * latex-parser.ts (a paragraph read into a tree), latex-math.ts (whether a span is math or text),
 * markdown-writer.ts (the tree as Markdown); tex-symbols.ts and plain-text.ts are shared with every
 * other plain-text reading in the app.
 *
 * Decisions (the tests in tests/lib/markdown/ pin each one):
 * - Text-mode commands become Markdown: \textbf{x} / {\bf x} -> **x**, \textit / \emph / {\it x} -> *x*,
 *   \texttt{x} -> `x`; grouping braces left behind ({when}) go.
 * - A bare symbol command outside `$` (8.7\times, \rightarrow, \le, \alpha...) becomes its Unicode
 *   character, not math: it stays searchable, copyable and in the prose font, and we never have to guess
 *   where an undelimited formula starts or ends. An unknown bare command KaTeX can typeset (\mathcal{O})
 *   becomes math; anything else stays as visible text with a warning.
 * - Author-delimited math ($...$, $$...$$, \(...\), \[...\]) stays math, except a plain number such as
 *   $0%$ (typeset as text, where `%` is a percent rather than a TeX comment), figures with arrows and signs
 *   only ($74.9 \rightarrow 57.2$ -> `74.9 → 57.2`, $4.8\times$ -> `4.8×`: in the prose font, like the same
 *   figures written without `$`; see arithmeticText) and a "formula" that is really prose (Hangul inside,
 *   or a run of English words), whose delimiters are dropped.
 * - Every math span is checked with KaTeX; a rejected one becomes plain text plus a warning.
 * - A `**...**` pair the authors typed is bold (the forum shows it verbatim when CommonMark's flanking
 *   rules defeat it); where our own `**`/`*` would fail those rules (`**"OptPipe"**는`) an invisible
 *   word joiner, `&#x2060;`, is put next to it (see joinTokens).
 * - Everything else is escaped so plain text stays plain. Output is not meant to be fed back in:
 *   escaping is not idempotent (`*` -> `\*` -> `\\\*`), but text without Markdown or LaTeX specials
 *   passes through unchanged.
 */
import { parseParagraph, splitParagraphs, toPlain } from './latex-parser';
import { paragraphMarkdown } from './markdown-writer';

export { katexProblem } from './latex-math';

export interface NormalizedMarkdown {
  markdown: string;
  warnings: string[];
}

export interface NormalizedPlainText {
  text: string;
  warnings: string[];
}

/** Digest prose with stray LaTeX -> Markdown with `$...$` math, plus what could not be kept as math. */
export function normalizeLatex(text: string): NormalizedMarkdown {
  const warnings: string[] = [];
  const markdown = splitParagraphs(text)
    .map((paragraph) => paragraphMarkdown(parseParagraph(paragraph, warnings)))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  return { markdown, warnings };
}

/**
 * The same clean-up, read as plain text (for titles, the document title, search): no Markdown, math as
 * its nearest Unicode reading (`$74.9 \rightarrow 57.2$` -> `74.9 → 57.2`).
 */
export function latexToPlainText(text: string): NormalizedPlainText {
  const warnings: string[] = [];
  const plain = splitParagraphs(text)
    .map((paragraph) => toPlain(parseParagraph(paragraph, warnings)).trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  return { text: plain, warnings };
}
