import { describe, expect, it } from 'vitest';
import { markdownToPlainParagraphs, texToPlain } from '../../../src/components/markdown/plain-text';

describe('the plain-text stand-in shown while Markdown loads', () => {
  it('keeps paragraphs and drops markup, delimiters and TeX commands', () => {
    expect(
      markdownToPlainParagraphs(
        '**74.9에서 57.2**로 감소, $74.9 \\rightarrow 57.2$.\n\n[논문](https://arxiv.org) 과 `code`,\n*training-time safety*',
      ),
    ).toEqual(['74.9에서 57.2로 감소, 74.9 → 57.2.', '논문 과 code, training-time safety']);
  });

  it.each([
    ['4.8\\times', '4.8×'],
    ['n', 'n'],
    ['0\\%', '0%'],
    ['\\textit{safe}', 'safe'],
    ['\\unknowncommand x', 'x'],
    ['\\alpha \\le \\beta', 'α ≤ β'],
  ])('renders TeX %s as %s', (tex, plain) => {
    expect(texToPlain(tex)).toBe(plain);
  });

  it('keeps a lone asterisk that is not emphasis', () => {
    expect(markdownToPlainParagraphs('5 * 3 = 15')).toEqual(['5 * 3 = 15']);
  });

  it('returns no paragraph for blank text', () => {
    expect(markdownToPlainParagraphs(' \n\n ')).toEqual([]);
  });
});
