/**
 * TeX and the data's Markdown (normalize-latex.ts's output: CommonMark with `$...$` math) read as plain
 * text: what a reader sees with the markup gone and each formula as its nearest Unicode reading. Every
 * plain-text reading in the app and the scripts is this one: the stand-in shown while the Markdown +
 * KaTeX chunk loads, the search index and its snippets, the meta descriptions, the feeds, the titles the
 * ingest writes. Pure, no DOM: the first-load path and Node both run it.
 *
 * The symbol table is an argument so that the first-load path can bring only the common part of it
 * (see common-tex-symbols.ts); plain-text.ts is this reading with the whole table, for everything else.
 */

// Character references the digest text uses, plus the ones any Markdown author reaches for. An unknown
// name stays as written, which is also what the Markdown renderer does with a name it does not know.
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
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
  // Own names only: `&constructor;` is no reference, whatever Object.prototype holds.
  return Object.hasOwn(NAMED_REFERENCES, body) ? (NAMED_REFERENCES[body] ?? null) : null;
}

/**
 * A formula's nearest plain reading: symbols as Unicode, other commands and braces dropped, so that
 * `\mathbf{x}` or `\text{ if }` leave their argument and `\textdegree{}` its symbol.
 */
export function plainTex(tex: string, symbols: ReadonlyMap<string, string>): string {
  return tex
    .replace(/\\([%$&#_{}])/g, '$1')
    .replace(/\\([A-Za-z]+)/g, (_, name: string) => symbols.get(name) ?? '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Paragraphs (split at blank lines) of the text a reader would see, each formula read by `readFormula`
 * (its plain reading, or nothing to leave formulas out).
 */
export function plainParagraphs(markdown: string, readFormula: (tex: string) => string): string[] {
  const literalText = (
    match: string,
    escaped: string | undefined,
    reference: string | undefined,
    code: string | undefined,
    displayMath: string | undefined,
    inlineMath: string | undefined,
  ): string => {
    if (escaped !== undefined) return parkPunctuation(escaped);
    if (reference !== undefined) return parkPunctuation(decodeReference(reference) ?? match);
    if (code !== undefined) return parkPunctuation(code);
    return parkPunctuation(readFormula(displayMath ?? inlineMath ?? ''));
  };
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      unparkPunctuation(
        block
          // Block markers first, as Markdown reads them: `**> x**` is bold "> x", not a quote.
          .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)/gm, '')
          .replace(LITERALS, literalText)
          .replace(/!?\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
          .replace(/(\*\*|__)(.+?)\1/g, '$2')
          .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)\*(?!\w)/g, '$1$2')
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
