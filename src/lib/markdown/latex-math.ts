/**
 * What a delimited span (`$...$`, `\(...\)`) or an unknown command becomes, for latex-parser.ts: math
 * KaTeX renders, or text (a plain number, simple arithmetic in the prose font, anything KaTeX rejects).
 */
import katex from 'katex';
import { ARITHMETIC_SYMBOLS } from './latex-tables';
import { TEX_SYMBOLS } from './tex-symbols';

/** What a span of math reads as: latex-parser.ts's text and math nodes. */
export type MathReading = { kind: 'text'; value: string } | { kind: 'math'; tex: string };

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/;
/** KaTeX paints unsupported commands (e.g. \href with trust:false) in this colour instead of throwing. */
const ERROR_COLOR = '#fe01e1';

const katexVerdicts = new Map<string, string | null>();

/** null when KaTeX renders `tex` cleanly; otherwise why not. Cached: the same spans recur every week. */
export function katexProblem(tex: string): string | null {
  const cached = katexVerdicts.get(tex);
  if (cached !== undefined) return cached;
  let verdict: string | null = null;
  try {
    const html = katex.renderToString(tex, {
      throwOnError: true,
      trust: false,
      strict: 'ignore',
      maxExpand: 1000,
      maxSize: 10,
      errorColor: ERROR_COLOR,
    });
    if (html.includes(ERROR_COLOR)) verdict = 'uses a command KaTeX does not allow here';
  } catch (error) {
    verdict = error instanceof Error ? error.message : String(error);
  }
  if (katexVerdicts.size > 10_000) katexVerdicts.clear();
  katexVerdicts.set(tex, verdict);
  return verdict;
}

/**
 * A "$...$" that wraps prose rather than a formula: Hangul in it, or mostly English words (four or more,
 * two of them lowercase words of three letters or more) once command names and their arguments are out.
 */
export function looksLikeProse(content: string): boolean {
  if (HANGUL.test(content)) return true;
  const outsideCommands = content.replace(/\\[A-Za-z]+\*?(?:\s*\{[^{}]*\})?/g, ' ');
  const words = outsideCommands.match(/[A-Za-z]{2,}/g) ?? [];
  if (words.length < 4 || words.filter((word) => /^[a-z]{3,}$/.test(word)).length < 2) return false;
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  return letters >= 0.6 * outsideCommands.replace(/\s/g, '').length;
}

const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*\s*(?:\\?%)?$/;

export function mathNodes(content: string, warnings: string[]): MathReading[] {
  const source = content.replace(/\s+/g, ' ').trim();
  if (source === '') return [text(content)];
  // A bare number reads better as text, and `%` there is a percent sign, not a TeX comment.
  if (PLAIN_NUMBER.test(source)) return [text(source.replace(/\s+/g, '').replace('\\%', '%'))];
  const tex = escapeTexComments(source);
  const problem = katexProblem(tex);
  if (problem !== null) {
    warnings.push(`math kept as text, KaTeX rejected $${source}$: ${problem}`);
    return [text(source)];
  }
  const arithmetic = arithmeticText(source);
  if (arithmetic !== null) return [text(arithmetic)];
  return [{ kind: 'math', tex }];
}

/**
 * What simple arithmetic may hold: numbers, spaces, operators, arrows and brackets (ASCII or Unicode),
 * `{}` groups (`1{,}000`), `^\circ` and the symbol and spacing commands below. No letter: `$n$` or
 * `$x^2$` is a formula, and so is anything with a script, a fraction or a root.
 * NOTE: every alternative must start differently from the others (`^\circ` and `^{\circ}` are one
 * alternative each, never an optional brace that `{}` could also take): overlapping alternatives under
 * `*` make a failing match exponential, and this runs on forum text.
 */
const ARITHMETIC =
  /^(?:[0-9.,%+\-=<>()[\]/:|{} ×÷·±∓→←↔⇒≤≥≠≈∼−]|\\[A-Za-z]+|\\[%,;: !]|\^(?:\\circ|\{\\circ\}))*$/;

/**
 * Math that is only numbers, arrows and comparison or arithmetic signs (`$74.9 \rightarrow 57.2$`,
 * `$4.8\times$`, `$90^\circ$`) as the text a reader sees, in the prose font: the same figures written
 * without `$` (`8.7×`, as the English abstracts do) must look the same. The author's spaces are kept, so
 * `74.9 \rightarrow 57.2` reads `74.9 → 57.2` like the English text. null when it is a real formula.
 */
function arithmeticText(source: string): string | null {
  if (!ARITHMETIC.test(source)) return null;
  let known = true;
  const plain = source
    .replace(/\^\{?\\circ\}?/g, '°')
    .replace(/\\([A-Za-z]+)/g, (_match, name: string) => {
      if (!ARITHMETIC_SYMBOLS.has(name)) known = false;
      return name === 'quad' || name === 'qquad' ? ' ' : (TEX_SYMBOLS.get(name) ?? '');
    })
    .replace(/\\([%,;: !])/g, (_match, symbol: string) =>
      symbol === '%' ? '%' : symbol === ',' ? '\u202f' : symbol === '!' ? '' : ' ',
    )
    .replace(/[{}]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return known && plain !== '' ? plain : null;
}

/** In digest math a `%` is always a percent sign; in TeX it would comment out the rest. */
function escapeTexComments(tex: string): string {
  let out = '';
  for (let i = 0; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') {
      out += tex.slice(i, i + 2);
      i++;
    } else {
      out += ch === '%' ? '\\%' : ch;
    }
  }
  return out;
}

function text(value: string): MathReading {
  return { kind: 'text', value };
}
