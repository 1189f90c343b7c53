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

/** Paragraphs (split at blank lines) of the text a reader would see. */
export function markdownToPlainParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/\$\$([\s\S]+?)\$\$/g, (_, tex: string) => texToPlain(tex))
        .replace(/\$([^$\n]+)\$/g, (_, tex: string) => texToPlain(tex))
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)\*(?!\w)/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1')
        .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)/gm, '')
        .replace(/\\([\\`*_{}[\]()#+\-.!$%])/g, '$1')
        .replace(/[ \t]*\n[ \t]*/g, ' ')
        .trim(),
    )
    .filter((block) => block !== '');
}
