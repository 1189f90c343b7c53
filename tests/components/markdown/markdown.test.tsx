import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { Markdown } from '../../../src/components/markdown/markdown';

/** Renders and waits for the lazily loaded renderer (the plain stand-in has no <strong>). */
async function renderMarkdown(text: string) {
  const result = render(<Markdown text={`${text}\n\n**ready**`} />);
  await waitFor(() => expect(screen.getByText('ready').tagName).toBe('STRONG'));
  return result;
}

describe('the Markdown renderer', () => {
  it('renders emphasis and math, with the formula typeset by KaTeX', async () => {
    const { container } = await renderMarkdown('**굵게** 그리고 $74.9 \\rightarrow 57.2$');
    expect(await screen.findByText('굵게')).toHaveProperty('tagName', 'STRONG');
    await waitFor(() => expect(container.querySelector('.katex')).not.toBeNull());
  });

  it('never puts raw HTML from the data into the DOM', async () => {
    const { container } = await renderMarkdown(
      'before <img src=x onerror="alert(1)"> <script>alert(2)</script> <b>bold</b> after',
    );
    await screen.findByText(/before/);
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(container.innerHTML).not.toContain('onerror');
  });

  it('makes only http(s) and mailto links clickable, opening safely', async () => {
    await renderMarkdown(
      '[arXiv](https://arxiv.org/abs/1) [mail](mailto:a@b.co) [bad](javascript:alert(1)) [data](data:text/html,x) [rel](/etc)',
    );
    const arxiv = await screen.findByRole('link', { name: 'arXiv' });
    expect(arxiv).toHaveAttribute('href', 'https://arxiv.org/abs/1');
    expect(arxiv).toHaveAttribute('rel', 'noopener noreferrer');
    expect(arxiv).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'mail' })).toHaveAttribute('href', 'mailto:a@b.co');
    for (const name of ['bad', 'data', 'rel']) {
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
      expect(screen.getByText(name)).toBeInTheDocument();
    }
  });

  it('shows a broken formula as text instead of throwing, and keeps \\href inert (trust: false)', async () => {
    const { container } = await renderMarkdown(
      'ok $\\frac{1}{$ then $\\href{javascript:alert(1)}{click}$ end',
    );
    await screen.findByText(/end/);
    await waitFor(() => expect(container.querySelector('.katex, .katex-error')).not.toBeNull());
    expect(container.querySelector('a')).toBeNull();
  });

  it('survives a hostile macro without hanging (maxExpand)', async () => {
    const { container } = await renderMarkdown('$\\def\\a{\\a\\a}\\a$ after');
    await screen.findByText(/after/);
    expect(container.textContent).toContain('after');
  });
});
