/**
 * Markdown (with `$...$` math) to the plain text that search indexes and snippets show. Snippets are
 * built from offsets in this text, so the index and the highlighter must both read it.
 */
const LATEX_SYMBOLS: Record<string, string> = {
  rightarrow: '→',
  to: '→',
  leftarrow: '←',
  times: '×',
  cdot: '·',
  leq: '≤',
  le: '≤',
  geq: '≥',
  ge: '≥',
  approx: '≈',
  sim: '~',
  neq: '≠',
  pm: '±',
  infty: '∞',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  lambda: 'λ',
  mu: 'μ',
  sigma: 'σ',
  theta: 'θ',
  pi: 'π',
  tau: 'τ',
  '%': '%',
};

function plainMath(tex: string): string {
  return tex
    .replace(/\\([a-zA-Z]+|%)/g, (_, name: string) => LATEX_SYMBOLS[name] ?? '')
    .replace(/[{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function markdownToPlainText(markdown: string): string {
  return markdown
    .replace(/\$\$([\s\S]+?)\$\$|\$([^$\n]+?)\$/g, (_, block?: string, inline?: string) =>
      plainMath(block ?? inline ?? ''),
    )
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/\*{1,3}|_{2,3}/g, '')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-+*]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}
