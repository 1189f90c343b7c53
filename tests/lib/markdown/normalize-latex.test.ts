// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  katexProblem,
  latexToPlainText,
  normalizeLatex,
} from '../../../src/lib/markdown/normalize-latex';
import { canonical, mathAndText } from './app-markdown';

/** [input, Markdown we emit, what the app's parser reads from it] */
const CASES: ReadonlyArray<readonly [string, string, string, string]> = [
  // Math the author delimited stays math.
  ['delimited math', '$x \\rightarrow y$로', '$x \\rightarrow y$로', '<m>x \\rightarrow y</m>로'],
  // ...unless it is only figures, arrows and signs: then it is text in the prose font, like the same
  // figures written without `$` (issue 14, item 8), with the author's spaces.
  ['delimited figures', '$74.9 \\rightarrow 57.2$로', '74.9 → 57.2로', '74.9 → 57.2로'],
  ['math with prose', 'of $n$ locally', 'of $n$ locally', 'of <m>n</m> locally'],
  ['display delimiters', 'a $$x^2$$ b', 'a $x^2$ b', 'a <m>x^2</m> b'],
  ['\\( \\) delimiters', 'a \\(x_i\\) b', 'a $x_i$ b', 'a <m>x_i</m> b'],
  ['\\[ \\] delimiters', 'a \\[x\\] b', 'a $x$ b', 'a <m>x</m> b'],
  // Text-mode commands become Markdown emphasis.
  [
    '\\textbf with math inside',
    '\\textbf{$n\\times$ throughput}',
    '**$n\\times$ throughput**',
    '<b><m>n\\times</m> throughput</b>',
  ],
  [
    '{\\bf ...} declaration',
    '{\\bf Elastic-Cache}를',
    '**Elastic-Cache**를',
    '<b>Elastic-Cache</b>를',
  ],
  ['{\\bf MASK}', '먼 {\\bf MASK} 토큰', '먼 **MASK** 토큰', '먼 <b>MASK</b> 토큰'],
  [
    '\\textit',
    'a \\textit{training-time safety} problem',
    'a *training-time safety* problem',
    'a <i>training-time safety</i> problem',
  ],
  ['{\\it ...}', 'a {\\it x} b', 'a *x* b', 'a <i>x</i> b'],
  ['\\emph', 'a \\emph{x} b', 'a *x* b', 'a <i>x</i> b'],
  ['{\\em ...}', '{\\em x}', '*x*', '<i>x</i>'],
  ['\\texttt', 'use \\texttt{torch.compile}', 'use `torch.compile`', 'use <c>torch.compile</c>'],
  ['nested bold', '\\textbf{a \\textbf{b} c}', '**a b c**', '<b>a b c</b>'],
  ['bold inside italic', '\\textit{a \\textbf{b}}', '*a **b***', '<i>a <b>b</b></i>'],
  ['inner spaces move out', 'x\\textbf{ y }z', 'x **y** z', 'x <b>y</b> z'],
  ['empty bold vanishes', 'a \\textbf{} b', 'a  b', 'a  b'],
  ['declaration without group', '\\bf rest of it', '**rest of it**', '<b>rest of it</b>'],
  // Bare symbol commands outside math become Unicode (see the module comment for why).
  [
    'bare \\times',
    'GSM8K(256 토큰)에서 8.7\\times, 더',
    'GSM8K(256 토큰)에서 8.7×, 더',
    'GSM8K(256 토큰)에서 8.7×, 더',
  ],
  ['bare arrow', 'drops 74.9 \\rightarrow 57.2', 'drops 74.9 → 57.2', 'drops 74.9 → 57.2'],
  ['comparisons', '\\le \\geq \\approx \\neq \\pm \\infty', '≤ ≥ ≈ ≠ ± ∞', '≤ ≥ ≈ ≠ ± ∞'],
  ['greek', '\\alpha-entmax', 'α-entmax', 'α-entmax'],
  ['\\ldots{}', 'a\\ldots{} b', 'a… b', 'a… b'],
  ['unknown command KaTeX knows', '\\mathcal{O}(n)', '$\\mathcal{O}$(n)', '<m>\\mathcal{O}</m>(n)'],
  // Percent signs.
  ['\\% in text', 'from 0\\% to 100\\%', 'from 0% to 100%', 'from 0% to 100%'],
  ['bare number math', '$0%$에서 $100%$로', '0%에서 100%로', '0%에서 100%로'],
  ['% inside real math', '$x = 5%$', '$x = 5\\%$', '<m>x = 5\\%</m>'],
  // Dollars that do not open math.
  ['$ before a price', '$5 per month', '\\$5 per month', '$5 per month'],
  ['lone $', 'a lone $', 'a lone \\$', 'a lone $'],
  ['two prices', 'costs $5 and $10', 'costs \\$5 and \\$10', 'costs $5 and $10'],
  ['price range', '$5-$10', '\\$5-\\$10', '$5-$10'],
  ['escaped dollar', 'costs \\$5', 'costs \\$5', 'costs $5'],
  ['$ with a space after', '$ x$', '\\$ x\\$', '$ x$'],
  // `$...$` around prose is prose.
  [
    'Korean inside $',
    '우리는 ${\\bf Elastic-Cache}를 제안합니다. ... {when} 새로 고칠지를 ... {where}$ 새로 고칠지를',
    '우리는 **Elastic-Cache**를 제안합니다. ... when 새로 고칠지를 ... where 새로 고칠지를',
    '우리는 <b>Elastic-Cache</b>를 제안합니다. ... when 새로 고칠지를 ... where 새로 고칠지를',
  ],
  [
    'English prose inside $',
    '$we propose a new method$ here',
    'we propose a new method here',
    'we propose a new method here',
  ],
  // Braces from stripped commands go.
  ['{when}', 'decides {when} to refresh', 'decides when to refresh', 'decides when to refresh'],
  ['{어디}', '{어디} 에서', '어디 에서', '어디 에서'],
  ['unmatched {', 'a { b', 'a { b', 'a { b'],
  ['unmatched }', 'a } b', 'a } b', 'a } b'],
  // LaTeX quotes and dashes.
  [
    "`x'",
    "We introduce `Dragon Hatchling' (BDH)",
    'We introduce ‘Dragon Hatchling’ (BDH)',
    'We introduce ‘Dragon Hatchling’ (BDH)',
  ],
  ["``x''", "``cognitive health''", '“cognitive health”', '“cognitive health”'],
  ["apostrophe inside `...'", "`model's view'", "‘model's view’", "‘model's view’"],
  ['unpaired backtick', 'a ` b', 'a \\` b', 'a ` b'],
  ['-- between words', 'brittle--many', 'brittle–many', 'brittle–many'],
  ['spaced --', 'baselines -- including', 'baselines – including', 'baselines – including'],
  ['---', 'a---b', 'a—b', 'a—b'],
  ['arrow stays', 'a --> b', 'a --> b', 'a --> b'],
  ['cli flag stays', 'run --check', 'run --check', 'run --check'],
  // Markdown specials in prose stay prose.
  ['asterisk', 'a*b', 'a\\*b', 'a*b'],
  ['underscore', 'snake_case', 'snake\\_case', 'snake_case'],
  ['brackets', '[2025/10/20 ~ 26] 제목', '\\[2025/10/20 ~ 26\\] 제목', '[2025/10/20 ~ 26] 제목'],
  ['html', '<b>x</b>', '\\<b>x\\</b>', '<b>x</b>'],
  ['backslash', 'C:\\', 'C:\\\\', 'C:\\'],
  ['entity', 'AT&T &amp; co', 'AT&T \\&amp; co', 'AT&T &amp; co'],
  ['heading', '# not a heading', '\\# not a heading', '# not a heading'],
  ['hash mid-line', 'issue #3', 'issue #3', 'issue #3'],
  ['quote', '> not a quote', '\\> not a quote', '> not a quote'],
  ['list', '- not a list', '\\- not a list', '- not a list'],
  ['plus list', '+ not a list', '\\+ not a list', '+ not a list'],
  ['ordered list', '1. not a list', '1\\. not a list', '1. not a list'],
  ['number at start', '8.7× faster', '8.7× faster', '8.7× faster'],
  ['thematic break', '---', '\\---', '---'],
  ['indentation', '    not code', 'not code', 'not code'],
  // Author Markdown bold (the forum showed it verbatim) is honoured.
  [
    'author bold the forum could not render',
    '**QK 어댑터(QK Adapter)**와',
    '**QK 어댑터(QK Adapter)**&#x2060;와',
    '<b>QK 어댑터(QK Adapter)</b>와',
  ],
  ['unpaired **', 'a ** b', 'a \\*\\* b', 'a ** b'],
  // Escapes and spacing.
  ['text escapes', '\\& \\# \\_ \\{ \\}', '& # \\_ { }', '& # _ { }'],
  [
    'accents',
    'Erd\\H{o}s and G\\"odel, Poincar\\\'e',
    'Erdős and Gödel, Poincaré',
    'Erdős and Gödel, Poincaré',
  ],
  ['dropped refs', 'as shown\\cite{x} in Fig.~\\ref{f}', 'as shown in Fig.~', 'as shown in Fig.~'],
  [
    '\\url',
    'at \\url{https://github.com/a_b}',
    'at https://github.com/a\\_b',
    'at https://github.com/a_b',
  ],
];

describe('normalizeLatex', () => {
  it.each(CASES)('%s', (_name, input, markdown, rendered) => {
    const result = normalizeLatex(input);
    expect(result.markdown).toBe(markdown);
    expect(canonical(result.markdown)).toBe(rendered);
  });

  it('warns about the cases it cannot keep: unknown commands', () => {
    const result = normalizeLatex('see \\foo{bar} here');
    expect(result.markdown).toBe('see \\\\foo{bar} here');
    expect(canonical(result.markdown)).toBe('see \\foo{bar} here');
    expect(result.warnings).toEqual(['unknown LaTeX command kept as text: \\foo{bar}']);
  });

  it('keeps math KaTeX rejects as plain text and quotes it in a warning', () => {
    const result = normalizeLatex('then $\\frac{1}{$ and $x^$ end');
    expect(canonical(result.markdown)).toBe('then \\frac{1}{ and x^ end');
    expect(mathAndText(result.markdown).math).toEqual([]);
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[0]).toContain('$\\frac{1}{$');
    expect(result.warnings[1]).toContain('$x^$');
  });

  it('refuses math that only renders as an error box (untrusted commands)', () => {
    const result = normalizeLatex('a $\\href{javascript:alert(1)}{x}$ b');
    expect(mathAndText(result.markdown).math).toEqual([]);
    expect(result.warnings).toHaveLength(1);
  });

  it('has no warnings for clean input', () => {
    expect(normalizeLatex('$74.9 \\rightarrow 57.2$, {\\bf x}, 8.7\\times').warnings).toEqual([]);
  });

  it.each([
    ['"OptPipe" in bold, then a particle', '\\textbf{"OptPipe"}는', '<b>"OptPipe"</b>는'],
    ['math in bold, then a particle', '\\textbf{$x$}를', '<b><m>x</m></b>를'],
    ['a particle, then bold that starts with a quote', '는\\textbf{"x"}', '는<b>"x"</b>'],
    ['bold right after italic', '\\textbf{a}\\textit{b}', '<b>a</b><i>b</i>'],
    ['italic right after bold', '\\textit{a}\\textbf{b}', '<i>a</i><b>b</b>'],
    ['bold in a word', 'x\\textbf{(1)}y', 'x<b>(1)</b>y'],
    ['adjacent math', '$x$$y$', '<m>x</m><m>y</m>'],
    ['adjacent code', '\\texttt{a}\\texttt{b}', '<c>a</c><c>b</c>'],
    ['a dollar inside math', '$a \\$ b$', '<m>a \\$ b</m>'],
    ['backticks inside code', '\\texttt{a`b}', '<c>a`b</c>'],
  ])('emphasis and math really render: %s', (_name, input, rendered) => {
    expect(canonical(normalizeLatex(input).markdown)).toBe(rendered);
  });

  it('keeps paragraphs and turns line breaks inside one into spaces', () => {
    const result = normalizeLatex('first\nline\n\n\n# second\r\n\r\nthird');
    expect(result.markdown).toBe('first line\n\n\\# second\n\nthird');
    expect(canonical(result.markdown)).toBe('first line\n\n# second\n\nthird');
  });

  it('gives a plain-text reading for titles', () => {
    expect(
      latexToPlainText('$\\infty$-Video: {\\bf Fast} 8.7\\times and $74.9 \\rightarrow 57.2$').text,
    ).toBe('∞-Video: Fast 8.7× and 74.9 → 57.2');
    expect(latexToPlainText('[2025/10/20 ~ 26] a_b *c*').text).toBe('[2025/10/20 ~ 26] a_b *c*');
  });
});

/** Characters that mean something to LaTeX or Markdown, with some prose around them. */
const nastyChar = fc.constantFrom(
  ..."$${}\\\\**__``''%%&#>-+=~[]()<!:;.,^ \n\t".split(''),
  'a',
  'Z',
  '0',
  '7',
  '가',
  '를',
  '\\textbf{',
  '\\bf ',
  '\\times',
  '\\frac',
  '\\(',
  '\\)',
  '$$',
  '\\\\',
  '&amp;',
  '\n\n',
);
const nastyText = fc.array(nastyChar, { maxLength: 60 }).map((parts) => parts.join(''));

describe('normalizeLatex properties', () => {
  it('never throws, on LaTeX-ish noise or any string', () => {
    fc.assert(
      fc.property(fc.oneof(nastyText, fc.string({ unit: 'binary', maxLength: 80 })), (input) => {
        const result = normalizeLatex(input);
        expect(typeof result.markdown).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['deep groups', '{'.repeat(20_000) + 'x'],
    ['deep declarations', '{\\bf '.repeat(5_000) + 'x'],
    ['deep \\textbf', '\\textbf{'.repeat(5_000) + 'x'],
    ['unclosed unknown commands', '\\foo{'.repeat(10_000)],
    ['unpaired quotes', '`a '.repeat(15_000)],
    ['unclosed \\(', '\\( a '.repeat(12_000)],
    ['unclosed accents', "\\'{".repeat(12_000)],
    ['everything at once', '{\\bf \\textbf{$x$ `a **b'.repeat(3_000)],
    // More nodes in one paragraph (or backtick runs in one code span) than a call takes arguments.
    ['a node per dash', 'a--b '.repeat(150_000)],
    ['a node per unclosed $', '$a '.repeat(100_000)],
    ['a huge group', `{${'a$'.repeat(150_000)}}`],
    ['a huge code span', `\\texttt{${'`a'.repeat(140_000)}}`],
  ])('stays within the stack on hostile input: %s', (_name, input) => {
    // No timer here: `npm run bench:latex` prints how the time grows with the size of each input.
    expect(() => normalizeLatex(input)).not.toThrow();
  });

  it.each([
    ['\\constructor', 'a \\constructor b', 'a \\\\constructor b'],
    ['\\toString with an argument', '\\toString{x}', '\\\\toString{x}'],
    ['\\valueOf in a group', '{\\valueOf x}', '\\\\valueOf x'],
  ])('reads a command named like an object property as unknown: %s', (_name, input, markdown) => {
    const result = normalizeLatex(input);
    expect(result.markdown).toBe(markdown);
    expect(result.warnings).toHaveLength(1);
  });

  it('only emits math that KaTeX renders, as the app will parse it', () => {
    fc.assert(
      fc.property(nastyText, (input) => {
        for (const tex of mathAndText(normalizeLatex(input).markdown).math) {
          expect(katexProblem(tex)).toBeNull();
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves plain prose without specials unchanged (and so is idempotent on it)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9가-힣]{1,8}[.,;:!?]?$/);
    const prose = fc
      .array(word, { minLength: 1, maxLength: 12 })
      .map((words) => words.join(' '))
      // `1. ` or `2) ` opening a paragraph is an ordered list: a special, escaped (see the table).
      .filter((input) => !/^\d+[.)](?: |$)/.test(input));
    fc.assert(
      fc.property(prose, (input) => {
        const once = normalizeLatex(input);
        expect(once.markdown).toBe(input);
        expect(normalizeLatex(once.markdown).markdown).toBe(once.markdown);
        expect(once.warnings).toEqual([]);
      }),
    );
  });

  it('shows text without LaTeX exactly as written, Markdown specials included', () => {
    const char = fc.constantFrom(...'aZ9가 *_[]<>#+=!&;()"|.:'.split(''), '&amp;', '1.', '- ');
    const plain = fc
      .array(char, { minLength: 1, maxLength: 40 })
      .map((parts) => parts.join('').replace(/ {2,}/g, ' ').trim())
      // `**x**` pairs are read as the author's bold (see the table); single stars stay stars.
      .filter((input) => input !== '' && !input.includes('**'));
    fc.assert(
      fc.property(plain, (input) => {
        expect(canonical(normalizeLatex(input).markdown)).toBe(input);
      }),
      { numRuns: 1000 },
    );
  });

  type Tree =
    | { kind: 'text'; value: string }
    | { kind: 'math'; tex: string }
    | { kind: 'strong' | 'emphasis'; children: Tree[] };

  // No b, i, m or c: the canonical form's tags are <b>, <i>, <m>, <c>.
  const leafText = fc
    .array(fc.constantFrom(...'az가를 ."(),!?:;#<>[]_&'.split(''), '9'), {
      minLength: 1,
      maxLength: 6,
    })
    .map((chars) => ({ kind: 'text' as const, value: chars.join('') }));
  const leafMath = fc
    .constantFrom('x', 'a^2', '\\alpha', 'a \\rightarrow b', 'n\\times', '\\frac{1}{2}')
    .map((tex) => ({ kind: 'math' as const, tex }));
  const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
    tree: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leafText,
      leafMath,
      fc.record({
        kind: fc.constantFrom('strong' as const, 'emphasis' as const),
        children: fc.array(tie('tree'), { minLength: 1, maxLength: 4 }),
      }),
    ),
  }));

  function toLatex(nodes: Tree[]): string {
    return nodes
      .map((node) => {
        if (node.kind === 'text') return node.value.replace(/[&#_]/g, '\\$&');
        if (node.kind === 'math') return `$${node.tex}$`;
        return `${node.kind === 'strong' ? '\\textbf' : '\\emph'}{${toLatex(node.children)}}`;
      })
      .join('');
  }

  function expected(nodes: Tree[], inside: { strong: boolean; emphasis: boolean }): string {
    return nodes
      .map((node) => {
        if (node.kind === 'text') return node.value;
        if (node.kind === 'math') return `<m>${node.tex}</m>`;
        const inner = expected(node.children, { ...inside, [node.kind]: true });
        if (inside[node.kind]) return inner;
        const trimmed = inner.trim();
        if (trimmed === '') return inner;
        const tag = node.kind === 'strong' ? 'b' : 'i';
        const lead = inner.slice(0, inner.length - inner.trimStart().length);
        const trail = inner.slice(inner.trimEnd().length);
        return `${lead}<${tag}>${trimmed}</${tag}>${trail}`;
      })
      .join('');
  }

  /** `***x***` is bold italic either way round; CommonMark reads it as <em><strong>. */
  function boldItalicFirst(form: string): string {
    return form.replace(/<i><b>((?:(?!<\/?[bi]>).)*)<\/b><\/i>/g, '<b><i>$1</i></b>');
  }

  it('bold, italic and math render as nested, whatever surrounds them', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), (nodes) => {
        const source = toLatex(nodes);
        // A closing `$` followed by a digit is, by design, not a closing `$`; keep the tree unambiguous.
        fc.pre(!/\$\d/.test(source));
        const want = boldItalicFirst(expected(nodes, { strong: false, emphasis: false }))
          .replace(/ +/g, ' ')
          .trim();
        const got = boldItalicFirst(canonical(normalizeLatex(source).markdown)).replace(/ +/g, ' ');
        expect(got).toBe(want);
      }),
      { numRuns: 1500 },
    );
  });
});
