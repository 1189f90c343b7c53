// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { linkPhrases } from '../../../src/components/markdown/link-phrases';

describe('linking the phrases a highlight mentions', () => {
  it('links the first occurrence of each phrase', () => {
    expect(
      linkPhrases('"OptPipe" 논문과 "Fast-dLLM" 논문. OptPipe 다시.', [
        { text: 'OptPipe', href: '#paper-optpipe' },
        { text: 'Fast-dLLM', href: '#paper-fast-dllm' },
      ]),
    ).toBe(
      '"[OptPipe](#paper-optpipe)" 논문과 "[Fast-dLLM](#paper-fast-dllm)" 논문. OptPipe 다시.',
    );
  });

  it('prefers the longer phrase when one contains the other', () => {
    expect(
      linkPhrases('Fast-dLLM v2 beats Fast-dLLM.', [
        { text: 'Fast-dLLM', href: '#a' },
        { text: 'Fast-dLLM v2', href: '#b' },
      ]),
    ).toBe('[Fast-dLLM v2](#b) beats [Fast-dLLM](#a).');
  });

  it('never links inside math, code or an existing link', () => {
    expect(
      linkPhrases('$n$ and `n` and [n](https://x.org) and n', [{ text: 'n', href: '#p' }]),
    ).toBe('$n$ a[n](#p)d `n` and [n](https://x.org) and n');
  });

  it('reads escaped dollars as text, not math, so a phrase between them is linked', () => {
    expect(linkPhrases('costs \\$5 with OptPipe or \\$10', [{ text: 'OptPipe', href: '#p' }])).toBe(
      'costs \\$5 with [OptPipe](#p) or \\$10',
    );
    expect(linkPhrases('$a$ OptPipe $b$', [{ text: 'OptPipe', href: '#p' }])).toBe(
      '$a$ [OptPipe](#p) $b$',
    );
    expect(linkPhrases('$x + OptPipe$ then OptPipe', [{ text: 'OptPipe', href: '#p' }])).toBe(
      '$x + OptPipe$ then [OptPipe](#p)',
    );
  });

  it('escapes brackets in the phrase so the link stays one link', () => {
    expect(linkPhrases('see [RL] paper', [{ text: '[RL]', href: '#p' }])).toBe(
      'see [\\[RL\\]](#p) paper',
    );
  });

  it('leaves text without the phrase, and empty phrases, alone', () => {
    expect(
      linkPhrases('nothing here', [
        { text: 'OptPipe', href: '#p' },
        { text: ' ', href: '#q' },
      ]),
    ).toBe('nothing here');
  });

  it('only ever adds link syntax: removing it gives the original text back', () => {
    const word = fc.stringMatching(/^[A-Za-z가-힣-]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }),
        fc.array(word, { maxLength: 4 }),
        (words, names) => {
          const text = words.join(' ');
          const linked = linkPhrases(
            text,
            names.map((name, index) => ({ text: name, href: `#p${index}` })),
          );
          expect(linked.replace(/\[([^\]]*)\]\(#p\d+\)/g, '$1')).toBe(text);
        },
      ),
    );
  });
});
