/**
 * Issue 14, item 6: a closing bracket or quote and the Korean particle after it are kept on one line by
 * a nowrap span, in the plain text and titles (keepTogether) and in the rendered Markdown
 * (rehype-keep-together), without changing a single character of the text.
 */
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { keepTogether } from '../../../src/components/markdown/markdown';
import MarkdownRenderer from '../../../src/components/markdown/markdown-renderer';
import { KEEP_CLASS, KEEP_TOGETHER } from '../../../src/components/markdown/plain-text';

const CLOSING = ')]}"\'’”」』〉》】〕）］｝»›';
const MARK = new RegExp(`[${CLOSING.replace(/[\]\\]/g, '\\$&')}]`);
const HANGUL = /[가-힣]/;

function spansOf(container: HTMLElement): string[] {
  return [...container.querySelectorAll(`.${KEEP_CLASS}`)].map((span) => span.textContent ?? '');
}

/** Every closing mark right before a Hangul syllable shares one nowrap span with it. */
function everyPairKept(container: HTMLElement): boolean {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let previous: { character: string; span: Element | null } | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const span = node.parentElement?.closest(`.${KEEP_CLASS}`) ?? null;
    for (const character of (node as Text).data) {
      if (previous && MARK.test(previous.character) && HANGUL.test(character)) {
        if (!span || span !== previous.span) return false;
      }
      previous = { character, span };
    }
  }
  return true;
}

describe('keepTogether (plain text, titles)', () => {
  it.each([
    ['…의미 품질)을 통해', ['질)을']],
    ['확산 LLM(Diffusion LLMs)은 비자기 회귀', ['s)은']],
    ['GSM8K(256 토큰)에서 8.7×', ['큰)에서']],
    ['LLM은 "브레인 로트"에 걸릴 수 있다!', ['"브레인', '트"에']],
    ['「청크」는 〈책〉을 [1]의 ‘말’이', ['크」는', '책〉을', '1]의', '말’이']],
    ['(a))가 ")"는', ['a))가', '")"는']],
    ['nothing to keep (here) 그리고 (저기) 끝', []],
  ])('%s', (text, spans) => {
    const { container } = render(<p>{keepTogether(text)}</p>);
    expect(container.textContent).toBe(text);
    expect(spansOf(container)).toEqual(spans);
    expect(everyPairKept(container)).toBe(true);
  });

  it('returns the text itself when there is nothing to keep', () => {
    expect(keepTogether('영어 English (only) 그리고')).toBe('영어 English (only) 그리고');
    expect(keepTogether('')).toBe('');
  });

  const alphabet = fc.constantFrom(...`${CLOSING}(["가을에는 aZ9\n\t`.split(''), '😀', '\u2060');
  const korean = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));

  it('never changes the text, and keeps every mark with the syllable after it', () => {
    fc.assert(
      fc.property(fc.oneof(korean, fc.string({ unit: 'binary', maxLength: 60 })), (text) => {
        const { container, unmount } = render(<p>{keepTogether(text)}</p>);
        expect(container.textContent).toBe(text);
        expect(everyPairKept(container)).toBe(true);
        for (const span of spansOf(container)) {
          // A span is one short run: never whitespace in it, so it can never hold a whole line.
          expect(span).not.toMatch(/\s/);
          expect(span).toMatch(/[가-힣]$/);
        }
        unmount();
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on long hostile text', () => {
    for (const text of [
      '"'.repeat(200_000),
      ')'.repeat(100_000) + 'a',
      '가'.repeat(100_000) + ')'.repeat(100_000),
      ')가'.repeat(100_000),
    ]) {
      const started = performance.now();
      const runs = [...text.matchAll(KEEP_TOGETHER)];
      expect(runs.map((run) => run[0]).join('').length).toBeLessThanOrEqual(text.length);
      expect(performance.now() - started).toBeLessThan(1000);
    }
    // A long run of marks keeps its last four with the syllable; the others cannot break apart anyway.
    expect(spansOf(render(<p>{keepTogether('x))))))가')}</p>).container)).toEqual([')))))가']);
  });
});

describe('the rendered Markdown keeps them together too', () => {
  function renderMarkdown(text: string) {
    return render(<MarkdownRenderer text={text} fallback={null} />).container;
  }

  it('wraps text in paragraphs, emphasis and links, but not code or math', () => {
    const container = renderMarkdown(
      '품질)을 통해 **"OptPipe"를** [GSM8K(256 토큰)에서](https://example.org) `f()는` $f(x)$가',
    );
    expect(spansOf(container)).toEqual(['질)을', 'e"를', '큰)에서']);
    expect(container.querySelector(`code .${KEEP_CLASS}, .katex .${KEEP_CLASS}`)).toBeNull();
    expect(container.querySelector('a')?.textContent).toBe('GSM8K(256 토큰)에서');
    expect(container.querySelector('code')?.textContent).toBe('f()는');
    expect(container.querySelector('.katex')).not.toBeNull();
  });

  it('never changes the visible text', () => {
    const word = fc.constantFrom(
      '품질)을',
      '"로트"에',
      '(LLMs)은',
      '통해',
      'a*b',
      '[x](y)',
      '`c)d`',
      '「가」는',
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
        const text = words.join(' ');
        const withSpans = render(<MarkdownRenderer text={text} fallback={null} />);
        const html = withSpans.container.innerHTML;
        const plainText = withSpans.container.textContent;
        withSpans.unmount();
        // The same text with nothing to keep together renders the same characters.
        expect(plainText).toBe(
          new DOMParser().parseFromString(
            html.replace(/<span class="ko-keep">|<\/span>/g, ''),
            'text/html',
          ).body.textContent,
        );
      }),
      { numRuns: 100 },
    );
  });
});
