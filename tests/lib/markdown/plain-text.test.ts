// @vitest-environment node
/**
 * One plain-text reading of TeX and Markdown (lib/markdown/plain-text-reader.ts), one symbol table
 * (lib/markdown/tex-symbols.ts). Every place that shows text without Markdown must read a formula and a
 * paragraph alike: the ingest's titles (latexToPlainText), the search (markdownToPlainText of the
 * ingest's Markdown), the feeds and meta descriptions (markdownToPlainParagraphs) and the stand-in shown
 * while the renderer loads (the same reading with the common part of the table).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { markdownToPlainParagraphs as standInParagraphs } from '../../../src/components/markdown/plain-text';
import { markdownToPlainText as searchText } from '../../../src/features/search/plain-text';
import { COMMON_TEX_SYMBOLS } from '../../../src/lib/markdown/common-tex-symbols';
import { latexToPlainText, normalizeLatex } from '../../../src/lib/markdown/normalize-latex';
import {
  markdownToPlainParagraphs,
  markdownToPlainParagraphsWithoutMath,
  markdownToPlainText,
  texToPlain,
} from '../../../src/lib/markdown/plain-text';
import { TEX_SYMBOLS } from '../../../src/lib/markdown/tex-symbols';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every reading of one digest text, as one line each. */
function readings(latex: string) {
  const markdown = normalizeLatex(latex).markdown;
  return {
    title: oneLine(latexToPlainText(latex).text),
    search: searchText(markdown),
    feed: oneLine(markdownToPlainParagraphs(markdown).join(' ')),
    standIn: oneLine(standInParagraphs(markdown).join(' ')),
  };
}

/**
 * [digest text, what every reading of it says, and what the stand-in says when it differs]. The
 * stand-in is on the reading pages' first load and carries only the common part of the symbol table
 * (common-tex-symbols.ts says why): a rarer symbol shows as nothing until the renderer arrives.
 */
const AGREEMENT: ReadonlyArray<readonly [string, string, string?]> = [
  ['$\\zeta$ and $\\alpha$', 'ζ and α', 'and α'],
  ['bare \\zeta and \\alpha', 'bare ζ and α'],
  ['$\\zeta_i \\rightarrow \\Omega$', 'ζ_i → Ω', '_i →'],
  ['8.7\\times faster, $74.9 \\rightarrow 57.2$', '8.7× faster, 74.9 → 57.2'],
  ['$x^2 + \\frac{1}{2}$', 'x^2 + 12'],
  ['$\\mathbf{x} \\in \\mathbb{R}^n$', 'x ∈ R^n', 'x R^n'],
  ['$\\text{if } x \\le 5\\%$', 'if x ≤ 5%'],
  ['\\textbf{{\\bf Elastic}-Cache}를 \\emph{when}', 'Elastic-Cache를 when'],
  ['\\textbf{> not a quote} and \\emph{- not a list}', '> not a quote and - not a list'],
  ['**QK 어댑터(QK Adapter)**와', 'QK 어댑터(QK Adapter)와'],
  ['AT\\&T, a_b, 50\\%, C:\\\\, <b>x</b>, &amp;', 'AT&T, a_b, 50%, C: , <b>x</b>, &amp;'],
  ['costs $5 and $10', 'costs $5 and $10'],
  ['\\texttt{torch.compile} at \\url{https://a.b/c_d}', 'torch.compile at https://a.b/c_d'],
  ['\\href{https://a.b}{the paper}\\cite{x}', 'the paper'],
  ["``cognitive health'' and `BDH' -- Erd\\H{o}s", '“cognitive health” and ‘BDH’ – Erdős'],
  ['first\n\nsecond', 'first second'],
];

describe('one plain-text reading everywhere', () => {
  it.each(AGREEMENT.map(([latex, plain, standIn = plain]) => [latex, plain, standIn] as const))(
    '%j reads as %j in titles, search, feeds and the stand-in',
    (latex, plain, standIn) => {
      expect(readings(latex)).toEqual({ title: plain, search: plain, feed: plain, standIn });
    },
  );

  it('search indexes exactly the feeds’ paragraphs, on one line', () => {
    for (const [latex] of AGREEMENT) {
      const markdown = normalizeLatex(latex).markdown;
      expect(markdownToPlainText(markdown)).toBe(
        oneLine(markdownToPlainParagraphs(markdown).join(' ')),
      );
    }
  });

  it('reads every symbol of the table the same in titles, search and feeds', () => {
    for (const [name, symbol] of TEX_SYMBOLS) {
      for (const latex of [`a \\${name} b`, `a $\\${name}$ b`]) {
        const { title, search, feed } = readings(latex);
        // A few names KaTeX does not know in math mode (\textdegree...) stay as written, alike in all.
        expect(search, latex).toBe(title);
        expect(feed, latex).toBe(title);
      }
      expect(texToPlain(`\\${name}`)).toBe(symbol);
    }
  });

  it('the stand-in reads the common symbols like everyone else, and the rest as nothing for now', () => {
    for (const [name, symbol] of TEX_SYMBOLS) {
      const markdown = `a $\\${name}$ b`;
      expect(standInParagraphs(markdown)).toEqual([
        COMMON_TEX_SYMBOLS.has(name) ? `a ${symbol} b` : 'a  b',
      ]);
    }
  });

  it('has one entry per command: the common part is the table’s own', () => {
    for (const [name, symbol] of COMMON_TEX_SYMBOLS) expect(TEX_SYMBOLS.get(name)).toBe(symbol);
  });

  it('agrees on any prose made of words, symbols, math and emphasis', () => {
    const word = fc.constantFrom(
      ...['model', 'x', '8.7', '가나', '를', '(a)', '[1]', 'a_b', '50\\%', 'AT\\&T', '#3', '<b>'],
      ...['*', '_', '`', '~', '"q"', "it's", '-', '--', '=', '>', '+', '1.', '&amp;', '$5', '!'],
      ...['\\texttt{a.b}', '\\url{https://a.b/c_d}', '\\href{https://a.b}{link}', 'Erd\\H{o}s'],
    );
    const symbol = fc.constantFrom(...TEX_SYMBOLS.keys()).map((name) => `\\${name}`);
    const atom = fc.oneof(
      word,
      symbol,
      symbol.map((command) => `$${command}$`),
    );
    const phrase = fc.array(atom, { minLength: 1, maxLength: 4 }).map((atoms) => atoms.join(' '));
    const styled = fc.oneof(
      phrase,
      phrase.map((p) => `\\textbf{${p}}`),
      phrase.map((p) => `\\emph{${p}}`),
      phrase.map((p) => `{\\bf ${p}}`),
    );
    fc.assert(
      fc.property(fc.array(styled, { minLength: 1, maxLength: 5 }), (phrases) => {
        const { title, search, feed } = readings(phrases.join(' '));
        expect(search).toBe(title);
        expect(feed).toBe(title);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves formulas out of a meta description, and only formulas', () => {
    expect(markdownToPlainParagraphsWithoutMath('costs \\$5, $x^2$ or \\$10\n\n$$y$$ z')).toEqual([
      'costs $5,  or $10',
      'z',
    ]);
  });
});

describe('the plain-text reading on corrupt input', () => {
  it.each([
    ['an unclosed $', 'a $x b', ['a $x b']],
    ['an unclosed $$', 'a $$x b', ['a $$x b']],
    ['a lone backslash', 'a \\', ['a \\']],
    ['a backslash before a letter', '\\a \\가', ['\\a \\가']],
    [
      'a name of Object.prototype as a reference',
      '&constructor; &toString;',
      ['&constructor; &toString;'],
    ],
    ['a name of Object.prototype in a formula', '$\\constructor x \\toString$', ['x']],
    ['unclosed markup', '**a *b [c](d `e', ['**a *b [c](d `e']],
  ])('%s', (_name, markdown, paragraphs) => {
    expect(markdownToPlainParagraphs(markdown)).toEqual(paragraphs);
    expect(standInParagraphs(markdown)).toEqual(paragraphs);
  });

  // Each would take minutes if a pass were quadratic (the runner's timeout fails it long before);
  // `npm run bench:latex` prints how the time grows with the size.
  it.each([
    ['open brackets', '['],
    ['unclosed $', '$a '],
    ['unclosed $$', '$$a '],
    ['stray backslashes', '\\'],
    ['unfinished references', '&#'],
    ['unpaired backticks', '`a '],
    ['unpaired **', '**a '],
  ])('reads 200,000 characters of %s', (_name, unit) => {
    const markdown = unit.repeat(Math.ceil(200_000 / unit.length));
    expect(markdownToPlainText(markdown).length).toBeGreaterThan(0);
    expect(standInParagraphs(markdown)).toHaveLength(1);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (markdown) => {
        expect(typeof markdownToPlainText(markdown)).toBe('string');
        expect(Array.isArray(standInParagraphs(markdown))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
