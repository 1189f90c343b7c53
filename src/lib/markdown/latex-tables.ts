/**
 * The LaTeX commands the digest prose uses, and what each becomes (latex-parser.ts reads them). The
 * symbols a command stands for (`\times` -> ×) are in tex-symbols.ts, shared with every plain-text
 * reading. Maps, not objects: a stray `\constructor` or `\toString` must not find Object.prototype's.
 */

export type Style = 'strong' | 'emphasis' | 'code' | 'plain';

/** Commands whose brace argument is text in some style. */
export const STYLE_COMMANDS: ReadonlyMap<string, Style> = new Map(
  Object.entries<Style>({
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
  }),
);

/** Declarations that style the rest of their group: {\bf x}. */
export const DECLARATIONS: ReadonlyMap<string, Style> = new Map(
  Object.entries<Style>({
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
  }),
);

/** Cross-references and layout: dropped together with their {...} argument. */
export const DROPPED_WITH_ARGUMENT = new Set([
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
export const LAYOUT: ReadonlyMap<string, string> = new Map(
  Object.entries<string>({
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
  }),
);

/** Combining marks for \'e, \"o, ... (accents in author names). */
export const ACCENTS: ReadonlyMap<string, string> = new Map(
  Object.entries<string>({
    "'": '\u0301',
    '`': '\u0300',
    '^': '\u0302',
    '"': '\u0308',
    '~': '\u0303',
    '=': '\u0304',
    '.': '\u0307',
  }),
);

/** Accent commands written with a letter name: \H{o}, \v{s}, \c{c}. */
export const LETTER_ACCENTS: ReadonlyMap<string, string> = new Map(
  Object.entries<string>({
    H: '\u030b',
    c: '\u0327',
    v: '\u030c',
    u: '\u0306',
    k: '\u0328',
    r: '\u030a',
    d: '\u0323',
  }),
);

/** The symbol commands simple arithmetic may use, as text (the rest of TEX_SYMBOLS are letters or operators). */
export const ARITHMETIC_SYMBOLS = new Set([
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
