/**
 * A plain-text stand-in for Markdown, used while the Markdown + KaTeX chunk loads: same paragraphs,
 * markup and TeX delimiters removed, common TeX symbols as their Unicode glyphs. It only has to look
 * right for a moment and keep the same shape, so the page does not jump when the real render arrives.
 */
const TEX_SYMBOLS: Record<string, string> = {
  rightarrow: '→',
  to: '→',
  leftarrow: '←',
  Rightarrow: '⇒',
  leftrightarrow: '↔',
  times: '×',
  cdot: '·',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  pm: '±',
  infty: '∞',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  theta: 'θ',
  lambda: 'λ',
  mu: 'μ',
  pi: 'π',
  sigma: 'σ',
  tau: 'τ',
  phi: 'φ',
  omega: 'ω',
  ldots: '…',
  dots: '…',
};

export function texToPlain(tex: string): string {
  return tex
    .replace(/\\(?:text\w*|math\w*|operatorname|emph)\{([^{}]*)\}/g, '$1')
    .replace(/\\([%$&#_{}])/g, '$1')
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => TEX_SYMBOLS[name] ?? '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// Character references the digest text uses, plus the ones any Markdown author reaches for. An unknown
// name stays as written, which is also what the Markdown renderer does with a name it does not know.
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ast: '*',
  lowbar: '_',
  dollar: '$',
  lsqb: '[',
  rsqb: ']',
  num: '#',
  middot: '·',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  rarr: '→',
  larr: '←',
  times: '×',
  copy: '©',
  zwj: '\u200d',
  zwnj: '\u200c',
  NoBreak: '\u2060',
};

/** Characters a reader never sees: the ingest writes a word joiner (U+2060) to close bold before Hangul. */
const INVISIBLE = /\u2060/g;

// Everything that is literal text, not markup, in one left-to-right pass: a backslash escape of ASCII
// punctuation, a character reference, a code span, display math and inline math. An escaped `\$` is
// consumed as an escape before it can open math, exactly as the Markdown renderer reads it.
const LITERALS =
  /\\([!-/:-@[-`{-~])|&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});|`([^`\n]*)`|\$\$([\s\S]+?)\$\$|\$([^$\n]+)\$/g;

// Literal text is parked in the Unicode private use area (U+E000 + its ASCII code) while the markup
// patterns run, so an escaped `\*` or a decoded `&ast;` never reads as emphasis; it is restored last.
const PARK_BASE = 0xe000;
const parkPunctuation = (text: string) =>
  text.replace(/[!-/:-@[-`{-~]/g, (character) =>
    String.fromCharCode(PARK_BASE + character.charCodeAt(0)),
  );
const unparkPunctuation = (text: string) =>
  text.replace(/[\ue021-\ue07e]/g, (character) =>
    String.fromCharCode(character.charCodeAt(0) - PARK_BASE),
  );

function decodeReference(body: string): string | null {
  if (body.startsWith('#')) {
    const code = /^#[xX]/.test(body) ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    // NOTE: as CommonMark says, NUL, surrogates and values past U+10FFFF become U+FFFD.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  return NAMED_REFERENCES[body] ?? null;
}

function literalText(
  match: string,
  escaped: string | undefined,
  reference: string | undefined,
  code: string | undefined,
  displayMath: string | undefined,
  inlineMath: string | undefined,
): string {
  if (escaped !== undefined) return parkPunctuation(escaped);
  if (reference !== undefined) {
    const decoded = decodeReference(reference);
    return decoded === null ? parkPunctuation(match) : parkPunctuation(decoded);
  }
  if (code !== undefined) return parkPunctuation(code);
  return parkPunctuation(texToPlain(displayMath ?? inlineMath ?? ''));
}

/** Paragraphs (split at blank lines) of the text a reader would see. */
export function markdownToPlainParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      unparkPunctuation(
        block
          .replace(LITERALS, literalText)
          .replace(/!?\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
          .replace(/(\*\*|__)(.+?)\1/g, '$2')
          .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)\*(?!\w)/g, '$1$2')
          .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)/gm, '')
          .replace(/[ \t]*\n[ \t]*/g, ' '),
      )
        .replace(INVISIBLE, '')
        .trim(),
    )
    .filter((block) => block !== '');
}

/** Paragraphs of text that is never parsed (too big or too deeply nested): shown exactly as written. */
export function rawParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(INVISIBLE, '').trim())
    .filter((block) => block !== '');
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
