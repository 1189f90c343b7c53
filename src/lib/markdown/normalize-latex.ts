/**
 * Turns digest prose with stray LaTeX into Markdown + `$...$` math for react-markdown + remark-math +
 * rehype-katex (CommonMark, no GFM, raw HTML never rendered). Pure: string in, value out; no Node-only
 * imports, so the app can use it too.
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
import katex from 'katex';

export interface NormalizedMarkdown {
  markdown: string;
  warnings: string[];
}

export interface NormalizedPlainText {
  text: string;
  warnings: string[];
}

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'math'; tex: string }
  | { kind: 'code'; value: string }
  | { kind: 'strong' | 'emphasis'; children: Node[] }
  /** \href{url}{label} with an http(s) URL: a Markdown link. */
  | { kind: 'link'; url: string; children: Node[] };

type Style = 'strong' | 'emphasis' | 'code' | 'plain';

/** Text-mode symbols and their Unicode characters (also used to read math as plain text). */
const SYMBOLS: Readonly<Record<string, string>> = {
  times: '×',
  div: '÷',
  cdot: '·',
  pm: '±',
  mp: '∓',
  to: '→',
  rightarrow: '→',
  longrightarrow: '⟶',
  leftarrow: '←',
  longleftarrow: '⟵',
  gets: '←',
  leftrightarrow: '↔',
  Rightarrow: '⇒',
  Longrightarrow: '⟹',
  Leftarrow: '⇐',
  Leftrightarrow: '⇔',
  iff: '⟺',
  implies: '⟹',
  uparrow: '↑',
  downarrow: '↓',
  mapsto: '↦',
  le: '≤',
  leq: '≤',
  ge: '≥',
  geq: '≥',
  ne: '≠',
  neq: '≠',
  approx: '≈',
  sim: '∼',
  simeq: '≃',
  cong: '≅',
  equiv: '≡',
  propto: '∝',
  ll: '≪',
  gg: '≫',
  infty: '∞',
  partial: '∂',
  nabla: '∇',
  in: '∈',
  notin: '∉',
  subset: '⊂',
  subseteq: '⊆',
  supset: '⊃',
  supseteq: '⊇',
  cup: '∪',
  cap: '∩',
  emptyset: '∅',
  forall: '∀',
  exists: '∃',
  neg: '¬',
  lnot: '¬',
  land: '∧',
  wedge: '∧',
  lor: '∨',
  vee: '∨',
  oplus: '⊕',
  otimes: '⊗',
  circ: '∘',
  star: '⋆',
  ast: '∗',
  sum: '∑',
  prod: '∏',
  int: '∫',
  sqrt: '√',
  dots: '…',
  ldots: '…',
  cdots: '⋯',
  textellipsis: '…',
  dag: '†',
  dagger: '†',
  ddag: '‡',
  ddagger: '‡',
  checkmark: '✓',
  degree: '°',
  textdegree: '°',
  S: '§',
  P: '¶',
  copyright: '©',
  textcopyright: '©',
  textregistered: '®',
  texttrademark: '™',
  textbullet: '•',
  bullet: '•',
  textendash: '–',
  textemdash: '—',
  textasciitilde: '~',
  textbackslash: '\\',
  textbar: '|',
  textless: '<',
  textgreater: '>',
  textdollar: '$',
  textpercent: '%',
  euro: '€',
  pounds: '£',
  textquotedblleft: '“',
  textquotedblright: '”',
  textquoteleft: '‘',
  textquoteright: '’',
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  log: 'log',
  exp: 'exp',
  max: 'max',
  min: 'min',
  arg: 'arg',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Upsilon: 'Υ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
};

/** Commands whose brace argument is text in some style. */
const STYLE_COMMANDS: Readonly<Record<string, Style>> = {
  textbf: 'strong',
  mathbf: 'strong',
  boldsymbol: 'strong',
  bm: 'strong',
  textit: 'emphasis',
  emph: 'emphasis',
  textsl: 'emphasis',
  mathit: 'emphasis',
  texttt: 'code',
  mathtt: 'code',
  text: 'plain',
  textrm: 'plain',
  textsf: 'plain',
  textup: 'plain',
  textnormal: 'plain',
  textsc: 'plain',
  textmd: 'plain',
  mathrm: 'plain',
  mathsf: 'plain',
  mbox: 'plain',
  hbox: 'plain',
  underline: 'plain',
  uline: 'plain',
  url: 'plain',
  footnote: 'plain',
};

/** Declarations that style the rest of their group: {\bf x}. */
const DECLARATIONS: Readonly<Record<string, Style>> = {
  bf: 'strong',
  bfseries: 'strong',
  it: 'emphasis',
  itshape: 'emphasis',
  em: 'emphasis',
  sl: 'emphasis',
  slshape: 'emphasis',
  tt: 'plain',
  ttfamily: 'plain',
  rm: 'plain',
  rmfamily: 'plain',
  sf: 'plain',
  sffamily: 'plain',
  sc: 'plain',
  scshape: 'plain',
  upshape: 'plain',
  mdseries: 'plain',
  normalfont: 'plain',
  tiny: 'plain',
  scriptsize: 'plain',
  footnotesize: 'plain',
  small: 'plain',
  normalsize: 'plain',
  large: 'plain',
  Large: 'plain',
  LARGE: 'plain',
  huge: 'plain',
  Huge: 'plain',
};

/** Cross-references and layout: dropped together with their {...} argument. */
const DROPPED_WITH_ARGUMENT = new Set([
  'label',
  'cite',
  'citep',
  'citet',
  'ref',
  'eqref',
  'autoref',
  'vspace',
  'hspace',
  'index',
]);

/** Layout without an argument: line breaks and wide spaces become one space, the rest nothing. */
const LAYOUT: Readonly<Record<string, string>> = {
  par: ' ',
  newline: ' ',
  linebreak: ' ',
  quad: ' ',
  qquad: ' ',
  noindent: '',
  centering: '',
  maketitle: '',
  xspace: '',
  footnotemark: '',
};

/** Combining marks for \'e, \"o, ... (accents in author names). */
const ACCENTS: Readonly<Record<string, string>> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
};

/** Accent commands written with a letter name: \H{o}, \v{s}, \c{c}. */
const LETTER_ACCENTS: Readonly<Record<string, string>> = {
  H: '\u030b',
  c: '\u0327',
  v: '\u030c',
  u: '\u0306',
  k: '\u0328',
  r: '\u030a',
  d: '\u0323',
};

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** The characters that need a decision in prose; everything between them is copied as it is. */
const SPECIAL = /[\\{}$`'*-]/g;
/** An invisible word joiner written as a character reference: see joinTokens. */
const WORD_JOINER = '&#x2060;';
/** KaTeX paints unsupported commands (e.g. \href with trust:false) in this colour instead of throwing. */
const ERROR_COLOR = '#fe01e1';

/** Deeper LaTeX groups than this are read as literal braces: no real text nests so far, and recursion
 * on hostile input must not overflow the stack. */
const MAX_GROUP_DEPTH = 32;
/** How far a LaTeX quote may reach for its closing quote; keeps hostile input linear. */
const MAX_QUOTE_LENGTH = 400;
/** How far a command's {...} argument is looked for when it is only read, not parsed. */
const MAX_RAW_GROUP_LENGTH = 2000;

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

/** Digest prose with stray LaTeX -> Markdown with `$...$` math, plus what could not be kept as math. */
export function normalizeLatex(text: string): NormalizedMarkdown {
  const warnings: string[] = [];
  const markdown = splitParagraphs(text)
    .map((paragraph) =>
      escapeLineStart(joinTokens(flatten(parseParagraph(paragraph, warnings))).trim()),
    )
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

/** Paragraphs split at blank lines; line breaks inside a paragraph are only spaces in Markdown anyway. */
function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v]*\n\s*/)
    .map((paragraph) => paragraph.replace(/[ \t\f\v]*\n[ \t\f\v]*/g, ' ').trim());
}

function parseParagraph(paragraph: string, warnings: string[]): Node[] {
  return new ParagraphParser(paragraph, warnings).parseAll();
}

class ParagraphParser {
  private pos = 0;
  private depth = 0;
  private readonly absentFrom = new Map<string, number>();
  /** Where a LaTeX quote opened earlier closes, and with what. */
  private readonly closingQuotes = new Map<number, { text: string; length: number }>();
  private readonly src: string;
  private readonly warnings: string[];

  constructor(src: string, warnings: string[]) {
    this.src = src;
    this.warnings = warnings;
  }

  parseAll(): Node[] {
    return this.parseRange(0, this.src.length);
  }

  /** Parses up to `end`, or up to the `}` closing the current group when `inGroup`. */
  private parseSequence(end: number, inGroup: boolean): { nodes: Node[]; closed: boolean } {
    this.depth++;
    try {
      return this.parseSequenceAtDepth(end, inGroup);
    } finally {
      this.depth--;
    }
  }

  /**
   * `src.indexOf(needle, from)`, remembering where a needle no longer occurs, so a run of openers without
   * closers (`\\( \\( \\( ...`) costs one scan, not one per opener.
   */
  private find(needle: string, from: number): number {
    const none = this.absentFrom.get(needle);
    if (none !== undefined && from >= none) return -1;
    const at = this.src.indexOf(needle, from);
    if (at < 0) this.absentFrom.set(needle, Math.min(from, none ?? from));
    return at;
  }

  private get tooDeep(): boolean {
    return this.depth >= MAX_GROUP_DEPTH;
  }

  private parseSequenceAtDepth(end: number, inGroup: boolean): { nodes: Node[]; closed: boolean } {
    const nodes: Node[] = [];
    const src = this.src;
    while (this.pos < end) {
      const quote = this.closingQuotes.get(this.pos);
      if (quote) {
        nodes.push(text(quote.text));
        this.pos += quote.length;
        continue;
      }
      SPECIAL.lastIndex = this.pos;
      const found = SPECIAL.exec(src);
      const next = found && found.index < end ? found.index : end;
      if (next > this.pos) {
        nodes.push(text(src.slice(this.pos, next)));
        this.pos = next;
        continue;
      }
      const ch = src[this.pos];
      if (ch === '}') {
        if (inGroup) {
          this.pos++;
          return { nodes, closed: true };
        }
        return { nodes, closed: false };
      }
      if (ch === '{' && this.tooDeep) {
        nodes.push(text('{'));
        this.pos++;
      } else if (ch === '{') {
        this.pos++;
        const group = this.parseSequence(end, true);
        if (!group.closed) nodes.push(text('{'));
        nodes.push(...group.nodes);
      } else if (ch === '\\') {
        const declared = this.parseBackslash(end, nodes);
        if (declared) {
          // A declaration ({\bf ...}) styles the rest of this group, which parseBackslash consumed.
          return { nodes, closed: declared.closed };
        }
      } else if (ch === '$') {
        this.parseDollar(end, nodes);
      } else if (ch === '`') {
        this.parseOpeningQuote(end, nodes);
      } else if (ch === '-') {
        this.parseDashes(nodes);
      } else if (ch === '*') {
        this.parseAuthorBold(end, nodes);
      } else {
        nodes.push(text(ch ?? ''));
        this.pos++;
      }
    }
    return { nodes, closed: false };
  }

  /** Returns the group state when a declaration consumed the rest of the group. */
  private parseBackslash(end: number, nodes: Node[]): { closed: boolean } | null {
    const src = this.src;
    const start = this.pos;
    const next = src[start + 1];
    if (next === undefined || start + 1 >= end) {
      nodes.push(text('\\'));
      this.pos++;
      return null;
    }
    if (!/[A-Za-z]/.test(next)) {
      this.pos += 2;
      this.parseControlSymbol(next, end, nodes);
      return null;
    }
    const nameMatch = /[A-Za-z]+\*?/y;
    nameMatch.lastIndex = start + 1;
    const rawName = nameMatch.exec(src)?.[0] ?? '';
    const name = rawName.replace(/\*$/, '');
    this.pos = Math.min(start + 1 + rawName.length, end);

    const declaration = DECLARATIONS[name];
    if (declaration && this.tooDeep) {
      this.skipSpaces(end);
      return null;
    }
    if (declaration) {
      this.skipSpaces(end);
      const rest = this.parseSequence(end, true);
      nodes.push(...styled(declaration, rest.nodes));
      return { closed: rest.closed };
    }
    const style = STYLE_COMMANDS[name];
    if (style) {
      this.skipOptionalArgument(end);
      if (name === 'url') {
        const raw = this.readRawGroup(end);
        if (raw !== null) {
          nodes.push(text(raw));
          return null;
        }
      }
      const argument = this.parseGroupArgument(end);
      if (argument) nodes.push(...styled(style, argument));
      else this.warnings.push(`\\${name} without a {...} argument was dropped`);
      return null;
    }
    if (name === 'href') {
      const url = this.readRawGroup(end)?.trim() ?? '';
      const label = this.parseGroupArgument(end);
      // Only an absolute http(s) URL becomes a link; anything else keeps just its label.
      if (label && /^https?:\/\/[^\s]+$/i.test(url) && isHttpUrl(url))
        nodes.push({ kind: 'link', url, children: label });
      else if (label) nodes.push(...label);
      return null;
    }
    if (DROPPED_WITH_ARGUMENT.has(name)) {
      this.skipOptionalArgument(end);
      this.readRawGroup(end);
      return null;
    }
    const layout = LAYOUT[name];
    if (layout !== undefined) {
      if (layout === '') this.skipSpaces(end);
      else nodes.push(text(layout));
      return null;
    }
    const symbol = SYMBOLS[name];
    if (symbol !== undefined) {
      // `\ldots{}` and `\times{}` are common ways to end a control word; the braces mean nothing here.
      if (src.startsWith('{}', this.pos) && this.pos + 2 <= end) this.pos += 2;
      nodes.push(text(symbol));
      return null;
    }
    const letterAccent = LETTER_ACCENTS[name];
    if (letterAccent !== undefined && src[this.pos] === '{') {
      const base = this.readAccentBase(end);
      if (base !== null) {
        nodes.push(text((base + letterAccent).normalize('NFC')));
        return null;
      }
    }
    if (name === 'i' || name === 'j') {
      nodes.push(text(name === 'i' ? 'ı' : 'ȷ'));
      return null;
    }
    // Not a text command we know: typeset it as math when KaTeX can (\mathcal{O}, \hat{y}), else keep it.
    const tex = src.slice(start, this.scanMathAtomEnd(end));
    if (katexProblem(tex) === null) {
      this.pos = start + tex.length;
      nodes.push({ kind: 'math', tex });
      return null;
    }
    // Kept whole, arguments and all, so nothing the author wrote is lost; the warning names it.
    this.warnings.push(`unknown LaTeX command kept as text: ${tex}`);
    this.pos = start + tex.length;
    nodes.push(text(tex));
    return null;
  }

  private parseControlSymbol(symbol: string, end: number, nodes: Node[]): void {
    const accent = ACCENTS[symbol];
    if (accent !== undefined) {
      const base = this.readAccentBase(end);
      if (base !== null) {
        nodes.push(text((base + accent).normalize('NFC')));
        return;
      }
      nodes.push(text(symbol));
      return;
    }
    switch (symbol) {
      case '(':
      case '[': {
        const closer = symbol === '(' ? '\\)' : '\\]';
        const close = this.find(closer, this.pos);
        if (close >= 0 && close + 2 <= end) {
          nodes.push(...this.mathOrText(this.src.slice(this.pos, close), this.pos));
          this.pos = close + 2;
        } else {
          nodes.push(text(symbol));
        }
        return;
      }
      case '\\':
      case ' ':
      case '\t':
      case '\n':
      case ';':
      case ':':
      case '>':
        nodes.push(text(' '));
        return;
      case ',':
        nodes.push(text('\u202f'));
        return;
      case '!':
      case '-':
      case '/':
      case '@':
        return;
      default:
        // \% \$ \& \# \_ \{ \} and other escaped punctuation: the character itself. A backslash
        // before a non-ASCII letter or a digit is no command at all, so it stays.
        if (LETTER_OR_DIGIT.test(symbol)) nodes.push(text('\\'));
        nodes.push(text(symbol));
    }
  }

  /** `$...$`, `$$...$$`: math when it looks like math, prose when it wraps prose, else a literal `$`. */
  private parseDollar(end: number, nodes: Node[]): void {
    const src = this.src;
    const start = this.pos;
    if (src[start + 1] === '$') {
      const close = this.find('$$', start + 2);
      if (close > start + 2 && close + 2 <= end && src.slice(start + 2, close).trim() !== '') {
        nodes.push(...this.mathOrText(src.slice(start + 2, close), start + 2));
        this.pos = close + 2;
      } else {
        nodes.push(text('$$'));
        this.pos = start + 2;
      }
      return;
    }
    const close = this.findClosingDollar(start, end);
    if (close < 0) {
      nodes.push(text('$'));
      this.pos = start + 1;
      return;
    }
    nodes.push(...this.mathOrText(src.slice(start + 1, close), start + 1));
    this.pos = close + 1;
  }

  /**
   * Pandoc's rule, which keeps "$5 and $10" prose: the opening `$` has a non-space right after it, the
   * closing one is the next unescaped `$`, with a non-space before it and no digit after it.
   */
  private findClosingDollar(open: number, end: number): number {
    const src = this.src;
    const first = src[open + 1];
    if (first === undefined || open + 1 >= end || WHITESPACE.test(first)) return -1;
    for (let i = open + 1; i < end; i++) {
      const ch = src[i];
      if (ch === '\\') {
        i++;
        continue;
      }
      if (ch !== '$') continue;
      const before = src[i - 1] ?? '';
      const after = src[i + 1] ?? '';
      if (WHITESPACE.test(before) || /[0-9]/.test(after)) return -1;
      return i;
    }
    return -1;
  }

  /**
   * Delimited content: prose (parsed as prose, delimiters dropped), a plain number (text), math KaTeX
   * accepts, or, failing that, its source as text with a warning. `contentStart` is where the content
   * starts in the paragraph, for prose (so its quotes and groups resolve).
   */
  private mathOrText(content: string, contentStart?: number): Node[] {
    if (contentStart !== undefined && looksLikeProse(content)) {
      return this.parseRange(contentStart, contentStart + content.length);
    }
    return mathNodes(content, this.warnings);
  }

  /** Parses `[start, end)` as prose, then returns to where it was. */
  private parseRange(start: number, end: number): Node[] {
    const resume = this.pos;
    this.pos = start;
    const nodes: Node[] = [];
    while (this.pos < end) {
      nodes.push(...this.parseSequence(end, false).nodes);
      if (this.pos < end && this.src[this.pos] === '}') {
        nodes.push(text('}'));
        this.pos++;
      }
    }
    this.pos = resume;
    return nodes;
  }

  /**
   * The digest authors write Markdown bold, and the forum shows it verbatim when CommonMark's flanking
   * rules defeat it (`**QK 어댑터(QK Adapter)**와`). We keep what they meant: a `**...**` pair is bold.
   * A lone `*` or an unpaired `**` is a character.
   */
  private parseAuthorBold(end: number, nodes: Node[]): void {
    const src = this.src;
    const start = this.pos;
    if (src[start + 1] === '*') {
      const close = this.find('**', start + 2);
      const first = src[start + 2] ?? ' ';
      const last = src[close - 1] ?? ' ';
      if (
        close > start + 2 &&
        close + 2 <= end &&
        !WHITESPACE.test(first) &&
        !WHITESPACE.test(last)
      ) {
        nodes.push({ kind: 'strong', children: this.parseRange(start + 2, close) });
        this.pos = close + 2;
        return;
      }
      nodes.push(text('**'));
      this.pos = start + 2;
      return;
    }
    nodes.push(text('*'));
    this.pos = start + 1;
  }

  private parseOpeningQuote(end: number, nodes: Node[]): void {
    const src = this.src;
    const start = this.pos;
    // Quotes never pair across math: `'` is a prime there.
    const window = src.slice(start, Math.min(end, start + MAX_QUOTE_LENGTH));
    const dollar = window.indexOf('$');
    const limit = start + (dollar >= 0 ? dollar : window.length);
    if (src[start + 1] === '`') {
      const close = start + window.indexOf("''", 2);
      if (close > start + 2 && close + 2 <= limit) {
        this.closingQuotes.set(close, { text: '”', length: 2 });
        nodes.push(text('“'));
      } else {
        nodes.push(text('``'));
      }
      this.pos = start + 2;
      return;
    }
    for (let i = start + 2; i < limit; i++) {
      if (src[i] !== "'" || this.closingQuotes.has(i)) continue;
      // An apostrophe inside a word (model's) is not the closing quote.
      if (LETTER_OR_DIGIT.test(src[i + 1] ?? '')) continue;
      if (WHITESPACE.test(src[i - 1] ?? ' ')) break;
      this.closingQuotes.set(i, { text: '’', length: 1 });
      nodes.push(text('‘'));
      this.pos = start + 1;
      return;
    }
    nodes.push(text('`'));
    this.pos = start + 1;
  }

  /** LaTeX `--` / `---` between words or spaced out; `-->`, `<!--` and `--flag` stay as they are. */
  private parseDashes(nodes: Node[]): void {
    const src = this.src;
    let run = 1;
    while (src[this.pos + run] === '-') run++;
    const before = src[this.pos - 1] ?? '';
    const after = src[this.pos + run] ?? '';
    const between =
      (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) ||
      (before === ' ' && after === ' ');
    if ((run === 2 || run === 3) && between) nodes.push(text(run === 2 ? '–' : '—'));
    else nodes.push(text('-'.repeat(run)));
    this.pos += run;
  }

  private skipSpaces(end: number): void {
    while (this.pos < end && (this.src[this.pos] === ' ' || this.src[this.pos] === '\t'))
      this.pos++;
  }

  private skipOptionalArgument(end: number): void {
    const save = this.pos;
    this.skipSpaces(end);
    if (this.src[this.pos] !== '[') {
      this.pos = save;
      return;
    }
    const close = this.src.indexOf(']', this.pos);
    if (close >= 0 && close < end) this.pos = close + 1;
    else this.pos = save;
  }

  /** A `{...}` argument parsed as prose, or null (nothing consumed) when there is none. */
  private parseGroupArgument(end: number): Node[] | null {
    const save = this.pos;
    this.skipSpaces(end);
    if (this.src[this.pos] !== '{' || this.tooDeep) {
      this.pos = save;
      return null;
    }
    this.pos++;
    return this.parseSequence(end, true).nodes;
  }

  /** A `{...}` argument as raw source (balanced braces), or null when there is none. */
  private readRawGroup(end: number): string | null {
    const save = this.pos;
    this.skipSpaces(end);
    const limit = Math.min(end, this.pos + MAX_RAW_GROUP_LENGTH);
    const close = this.src[this.pos] === '{' ? matchingBrace(this.src, this.pos, limit) : -1;
    if (close < 0) {
      this.pos = save;
      return null;
    }
    const raw = this.src.slice(this.pos + 1, close);
    this.pos = close + 1;
    return raw;
  }

  private readAccentBase(end: number): string | null {
    const src = this.src;
    if (src[this.pos] === '{') {
      const close = matchingBrace(src, this.pos, Math.min(end, this.pos + 8));
      const inner = close >= 0 ? src.slice(this.pos + 1, close) : '';
      if (/^(?:\p{L}|\\[ij])$/u.test(inner)) {
        this.pos = close + 1;
        return inner === '\\i' ? 'i' : inner === '\\j' ? 'j' : inner;
      }
      return null;
    }
    const ch = src[this.pos];
    if (ch !== undefined && this.pos < end && /\p{L}/u.test(ch)) {
      this.pos++;
      return ch;
    }
    return null;
  }

  /** End of `\name{...}{...}` with any `^x` / `_{...}` scripts after it: a candidate math atom. */
  private scanMathAtomEnd(end: number): number {
    let at = this.pos;
    end = Math.min(end, at + MAX_RAW_GROUP_LENGTH);
    for (let groups = 0; groups < 3 && this.src[at] === '{'; groups++) {
      const close = matchingBrace(this.src, at, end);
      if (close < 0) break;
      at = close + 1;
    }
    while (at < end && (this.src[at] === '^' || this.src[at] === '_')) {
      const next = at + 1;
      if (this.src[next] === '{') {
        const close = matchingBrace(this.src, next, end);
        if (close < 0) break;
        at = close + 1;
      } else if (next < end && /[A-Za-z0-9]/.test(this.src[next] ?? '')) {
        at = next + 1;
      } else {
        break;
      }
    }
    return at;
  }
}

function text(value: string): Node {
  return { kind: 'text', value };
}

function styled(style: Style, children: Node[]): Node[] {
  if (style === 'plain') return children;
  if (style === 'code') return [{ kind: 'code', value: toPlain(children) }];
  return [{ kind: style, children }];
}

function matchingBrace(src: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * A "$...$" that wraps prose rather than a formula: Hangul in it, or mostly English words (four or more,
 * two of them lowercase words of three letters or more) once command names and their arguments are out.
 */
function looksLikeProse(content: string): boolean {
  if (HANGUL.test(content)) return true;
  const outsideCommands = content.replace(/\\[A-Za-z]+\*?(?:\s*\{[^{}]*\})?/g, ' ');
  const words = outsideCommands.match(/[A-Za-z]{2,}/g) ?? [];
  if (words.length < 4 || words.filter((word) => /^[a-z]{3,}$/.test(word)).length < 2) return false;
  const letters = words.reduce((sum, word) => sum + word.length, 0);
  return letters >= 0.6 * outsideCommands.replace(/\s/g, '').length;
}

const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*\s*(?:\\?%)?$/;

function mathNodes(content: string, warnings: string[]): Node[] {
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
/** The symbol commands simple arithmetic may use, as text (the rest of SYMBOLS are letters or operators). */
const ARITHMETIC_SYMBOLS = new Set([
  'times',
  'div',
  'cdot',
  'pm',
  'mp',
  'to',
  'rightarrow',
  'longrightarrow',
  'leftarrow',
  'longleftarrow',
  'gets',
  'leftrightarrow',
  'Rightarrow',
  'Longrightarrow',
  'Leftarrow',
  'Leftrightarrow',
  'uparrow',
  'downarrow',
  'le',
  'leq',
  'ge',
  'geq',
  'ne',
  'neq',
  'approx',
  'sim',
  'simeq',
  'll',
  'gg',
  'dots',
  'ldots',
  'cdots',
  'quad',
  'qquad',
]);

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
      return name === 'quad' || name === 'qquad' ? ' ' : (SYMBOLS[name] ?? '');
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

/** Markdown pieces; a text token holds raw text until joinTokens escapes the whole run at once. */
type Token = { kind: 'text' | 'math' | 'code' | 'open' | 'close' | 'verbatim'; md: string };

function flatten(
  nodes: Node[],
  inside: { strong: boolean; emphasis: boolean } = { strong: false, emphasis: false },
): Token[] {
  const tokens: Token[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        pushToken(tokens, { kind: 'text', md: node.value });
        break;
      case 'math':
        tokens.push({ kind: 'math', md: mathMarkdown(node.tex) });
        break;
      case 'code':
        if (node.value !== '') tokens.push({ kind: 'code', md: codeMarkdown(node.value) });
        break;
      case 'link': {
        // Brackets and destination are written as they are; the label inside is escaped as usual.
        tokens.push({ kind: 'verbatim', md: '[' });
        for (const token of flatten(node.children, inside)) pushToken(tokens, token);
        tokens.push({ kind: 'verbatim', md: `](${linkDestination(node.url)})` });
        break;
      }
      case 'strong':
      case 'emphasis': {
        // Nested emphasis of the same kind adds nothing and would confuse the delimiter pairing.
        const inner = inside[node.kind]
          ? flatten(node.children, inside)
          : wrapEmphasis(
              flatten(node.children, { ...inside, [node.kind]: true }),
              node.kind === 'strong' ? '**' : '*',
            );
        for (const token of inner) pushToken(tokens, token);
        break;
      }
    }
  }
  return tokens;
}

/** One token per run of text, so emphasis sees the whole run when it trims its edges. */
function pushToken(tokens: Token[], token: Token): void {
  if (token.md === '') return;
  const previous = tokens[tokens.length - 1];
  if (token.kind === 'text' && previous?.kind === 'text') previous.md += token.md;
  else tokens.push({ ...token });
}

/** Delimiters hug the content (CommonMark: `** x**` is not bold), so edge whitespace moves outside. */
function wrapEmphasis(inner: Token[], marker: string): Token[] {
  const first = inner[0];
  const last = inner[inner.length - 1];
  let leading = '';
  let trailing = '';
  if (first?.kind === 'text') {
    const trimmed = first.md.trimStart();
    leading = first.md.slice(0, first.md.length - trimmed.length);
    inner[0] = { kind: 'text', md: trimmed };
  }
  const lastIndex = inner.length - 1;
  const lastNow = inner[lastIndex];
  if (last?.kind === 'text' && lastNow?.kind === 'text') {
    const trimmed = lastNow.md.trimEnd();
    trailing = lastNow.md.slice(trimmed.length);
    inner[lastIndex] = { kind: 'text', md: trimmed };
  }
  const content = inner.filter((token) => token.md !== '');
  const before: Token[] = leading ? [{ kind: 'text', md: leading }] : [];
  const after: Token[] = trailing ? [{ kind: 'text', md: trailing }] : [];
  if (content.length === 0) return [...before, ...after];
  return [
    ...before,
    { kind: 'open', md: marker },
    ...content,
    { kind: 'close', md: marker },
    ...after,
  ];
}

/**
 * Concatenates tokens so each emphasis delimiter really opens or closes. CommonMark decides by the
 * characters around a run: `**"OptPipe"**는` is not bold (the closing run sits between punctuation and
 * a letter), and `**a***b*` merges two runs. Where that would happen we put an invisible word joiner,
 * written as `&#x2060;` because the `&`/`;` of the reference are punctuation, which is what makes the
 * delimiter count; the joiner itself also keeps a Korean particle on the same line as its word.
 */
function joinTokens(tokens: Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const previous = tokens[i - 1];
    if (token.kind === 'open') {
      const next = tokens[i + 1]?.md[0];
      const mergesRun = previous?.kind === 'close';
      if (mergesRun || !leftFlanking(out.at(-1), next)) out += WORD_JOINER;
    } else if (token.kind === previous?.kind && (token.kind === 'math' || token.kind === 'code')) {
      // `$a$$b$` or `` `a``b` `` would read as one longer fence.
      out += WORD_JOINER;
    }
    // Escaped as a whole run: `&` and `#9;` from separate LaTeX escapes still form a reference.
    out += token.kind === 'text' ? escapeText(token.md) : token.md;
    if (token.kind === 'close') {
      const before = tokens[i - 1]?.md.at(-1);
      const next = tokens[i + 1];
      if (next?.kind !== 'open' && !rightFlanking(before, next?.md[0])) out += WORD_JOINER;
    }
  }
  return out;
}

function leftFlanking(before: string | undefined, after: string | undefined): boolean {
  if (after === undefined || WHITESPACE.test(after)) return false;
  if (!PUNCTUATION.test(after)) return true;
  return before === undefined || WHITESPACE.test(before) || PUNCTUATION.test(before);
}

function rightFlanking(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || WHITESPACE.test(before)) return false;
  if (!PUNCTUATION.test(before)) return true;
  return after === undefined || WHITESPACE.test(after) || PUNCTUATION.test(after);
}

/** Characters Markdown would read as syntax anywhere in a line. */
function escapeText(value: string): string {
  return value.replace(/[\\`*_[\]<$]|&(?=#?[A-Za-z0-9]+;)/g, '\\$&');
}

/**
 * Characters Markdown would read as block syntax at the start of a paragraph (a heading, quote, list
 * item, thematic break or fence). Paragraphs are single lines here, so only the first character counts.
 */
function escapeLineStart(paragraph: string): string {
  return paragraph
    .replace(/^(?:#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|-(?=[- \t]*$)|~(?=~~))/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
}

function mathMarkdown(tex: string): string {
  // remark-math ends `$...$` at any `$`, even `\$`; a `$$` fence with padding contains it safely.
  return tex.includes('$') ? `$$ ${tex} $$` : `$${tex}$`;
}

function codeMarkdown(value: string): string {
  const longest = Math.max(0, ...Array.from(value.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** A URL as a Markdown link destination: spaces, brackets and parentheses would end it early. */
function linkDestination(url: string): string {
  return url.replace(
    /[()\s<>\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function toPlain(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text' || node.kind === 'code') out += node.value;
    else if (node.kind === 'math') out += texToPlain(node.tex);
    else out += toPlain(node.children);
  }
  return out;
}

/** A formula's nearest plain reading: symbols as Unicode, markup and braces dropped. */
function texToPlain(tex: string): string {
  return tex
    .replace(/\\(?:text\w*|math\w*|operatorname|mbox|bm|boldsymbol)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\([%$&#_{}])/g, '$1')
    .replace(/\\([A-Za-z]+)/g, (_match, name: string) => SYMBOLS[name] ?? '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
