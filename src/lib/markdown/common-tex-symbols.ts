/**
 * The part of the TeX symbol table (tex-symbols.ts) that the reading pages carry on their first load.
 *
 * NOTE: it is a module of its own for the size budget (scripts/budget-limits.ts, "to first content").
 * The plain-text stand-in that shows while the Markdown + KaTeX chunk loads (components/markdown/
 * plain-text.ts) is on that path, and the whole table is ~0.7 KB gzip more than this part, several times
 * the room left there. So the stand-in reads formulas with the symbols the digests' formulas use most
 * (arrows, comparisons, common Greek letters); a rarer one (`\zeta`) shows as nothing for the moment the
 * stand-in is up, and as ζ in the rendered page, the search and the titles. Each command is in exactly
 * one of the two parts, so they can never disagree on what a symbol is.
 *
 * A Map, not an object: a stray `\constructor` or `\toString` must not find Object.prototype's.
 */
export const COMMON_TEX_SYMBOLS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    times: '×',
    cdot: '·',
    pm: '±',
    to: '→',
    rightarrow: '→',
    leftarrow: '←',
    leftrightarrow: '↔',
    Rightarrow: '⇒',
    le: '≤',
    leq: '≤',
    ge: '≥',
    geq: '≥',
    neq: '≠',
    approx: '≈',
    sim: '∼',
    infty: '∞',
    dots: '…',
    ldots: '…',
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
  }),
);
