import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import MarkdownRenderer from '../../../src/components/markdown/markdown-renderer';
import { normalizeLatex } from '../../../src/lib/markdown/normalize-latex';

/** Renders digest text the way a reader gets it: cleaned at ingest, shown by the app's Markdown renderer. */
function renderDigestText(input: string) {
  const { markdown, warnings } = normalizeLatex(input);
  expect(warnings).toEqual([]);
  return render(<MarkdownRenderer text={markdown} fallback={null} />).container;
}

/** The visible text: KaTeX's MathML copy is for screen readers, so leave it out. */
function visibleText(container: HTMLElement): string {
  const copy = container.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.katex-mathml').forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/\u2060/g, '');
}

describe('cleaned digest text through react-markdown + remark-math + rehype-katex', () => {
  it('shows {\\bf ...} before a Korean particle in bold', () => {
    const container = renderDigestText('우리는 ${\\bf Elastic-Cache}를 제안합니다.$ 다음');
    expect(container.querySelector('strong')).toHaveTextContent(/^Elastic-Cache$/);
    expect(visibleText(container)).toBe('우리는 Elastic-Cache를 제안합니다. 다음');
    expect(container.querySelector('.katex')).toBeNull();
  });

  it('shows a quoted bold name before a particle in bold, with no stray asterisks', () => {
    const container = renderDigestText('\\textbf{"OptPipe"}는 빠릅니다');
    expect(container.querySelector('strong')).toHaveTextContent('"OptPipe"');
    expect(visibleText(container)).toBe('"OptPipe"는 빠릅니다');
  });

  it('typesets math with KaTeX, inside bold too', () => {
    const container = renderDigestText('up to \\textbf{$k\\times$ throughput}, $a \\rightarrow b$');
    const strong = container.querySelector('strong');
    expect(strong?.querySelector('.katex')).not.toBeNull();
    expect(container.querySelectorAll('.katex')).toHaveLength(2);
    expect(container.querySelector('.katex-error')).toBeNull();
    expect(container.querySelector('annotation')).toHaveTextContent('\\times');
    expect(visibleText(container)).toBe('up to k× throughput, a→b');
  });

  it('shows an escaped dollar as a dollar, not as math', () => {
    const container = renderDigestText('It costs $5 per month, or $50 a year.');
    expect(container.querySelector('.katex')).toBeNull();
    expect(visibleText(container)).toBe('It costs $5 per month, or $50 a year.');
  });

  it('keeps Markdown-looking prose as the same prose', () => {
    const container = renderDigestText('# 1. a*b*c [link](x) <b>not html</b> snake_case');
    expect(container.querySelector('h1, ol, em, a, b')).toBeNull();
    expect(visibleText(container)).toBe('# 1. a*b*c [link](x) <b>not html</b> snake_case');
  });

  it('shows percentages from $0%$ in full', () => {
    const container = renderDigestText('비율이 $0%$에서 $100%$로, $x = 5%$');
    expect(visibleText(container)).toBe('비율이 0%에서 100%로, x=5%');
  });
});
