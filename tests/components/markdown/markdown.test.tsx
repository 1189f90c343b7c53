import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { reportCaughtError } from '../../../src/app/report-caught-error';
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

  describe('hostile or broken text', () => {
    afterEach(() => vi.restoreAllMocks());

    it.each([
      ['2,000 nested quotes', `${'> '.repeat(2000)}deep quote`, /deep quote/],
      ['1,500 nested list markers', `${'- '.repeat(1500)}deep list`, /deep list/],
      ['5,000 stars', `${'*'.repeat(5000)}stars${'*'.repeat(5000)}`, /stars/],
      ['5,000 brackets', `${'['.repeat(5000)}brackets`, /brackets/],
      ['a 1 MB field', 'Filler sentence that keeps going. '.repeat(31_000), /^Filler sentence/],
    ])('shows %s as plain text without parsing it', async (_, text, visible) => {
      const { container } = render(<Markdown text={`${text}\n\n**not parsed**`} />);
      // (Shown once the plain-text view's own small chunk has loaded.)
      expect(await screen.findByText(visible)).toBeInTheDocument();
      // Give the lazy renderer every chance to arrive: the text must stay plain.
      await new Promise((done) => setTimeout(done, 50));
      expect(screen.getByText('**not parsed**')).toBeInTheDocument();
      expect(container.querySelector('strong, blockquote, ul, em')).toBeNull();
    });

    it('lays a 100,000-character word out in pieces, with the same text', async () => {
      const word = Array.from({ length: 100_000 }, (_, at) => 'aאbعcב'[at % 6]).join('');
      const { container } = render(<Markdown text={`before ${word} after`} lang="en" />);
      const plainBox = () => container.querySelector('.markdown--plain');
      await waitFor(() => expect(plainBox()?.textContent).toBe(`before ${word} after`));
      const box = plainBox();
      // 100 of the word, and the words around it (it switches direction at every letter).
      expect(box?.querySelectorAll('.markdown__piece')).toHaveLength(102);
      // Nothing measured it (no layout here): no tab stop, no region.
      expect(box).not.toHaveAttribute('tabindex');
      expect(box).not.toHaveAttribute('role');
    });

    it('puts the plain-text box in the tab order, named, once it scrolls', async () => {
      // No layout here: an observer that reports at once, and a box wider inside than outside.
      vi.stubGlobal(
        'ResizeObserver',
        class {
          constructor(private readonly report: () => void) {}
          observe() {
            this.report();
          }
          disconnect() {}
        },
      );
      vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockReturnValue(5000);
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
      try {
        render(<Markdown text={'x'.repeat(30_000)} lang="ko" />);
        const box = await screen.findByRole('region', { name: '가로로 스크롤되는 긴 글' });
        expect(box).toHaveAttribute('tabindex', '0');
        expect(box).toHaveAttribute('lang', 'ko');
      } finally {
        vi.unstubAllGlobals();
      }
    });

    it('falls back to the plain text of that block alone when rendering it throws, with one warning', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const explode = (): ReactNode => {
        throw new Error('boom');
      };
      render(
        <>
          <Markdown text={'**first** see [the card](#paper-a) now'} renderFragmentLink={explode} />
          <Markdown text={'**second** block'} />
        </>,
        // The same root option as boot.tsx.
        { onCaughtError: reportCaughtError },
      );
      await waitFor(() => expect(screen.getByText('second').tagName).toBe('STRONG'));
      await waitFor(() => expect(screen.getByText('first see the card now')).toBeInTheDocument());
      expect(screen.queryByRole('link', { name: 'the card' })).not.toBeInTheDocument();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/plain text/);
      expect(error).not.toHaveBeenCalled();
    });

    it('does not render a block again when the page re-renders with the same text', async () => {
      let linkRenders = 0;
      const renderLink = (href: string, children: ReactNode) => {
        linkRenders += 1;
        return <a href={href}>{children}</a>;
      };
      const page = (label: string) => (
        <>
          <p>{label}</p>
          <Markdown
            text="see OptPipe"
            linkPhrases={[{ text: 'OptPipe', href: '#paper-optpipe' }]}
            renderFragmentLink={renderLink}
          />
        </>
      );
      const { rerender } = render(page('one'));
      await screen.findByRole('link', { name: 'OptPipe' });
      const before = linkRenders;
      // A fresh (but equal) phrase list, as a parent builds on every render.
      rerender(page('two'));
      expect(screen.getByText('two')).toBeInTheDocument();
      expect(linkRenders).toBe(before);
    });
  });
});
