// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  markdownToPlainParagraphs,
  rawParagraphs,
  texToPlain,
} from '../../../src/components/markdown/plain-text';

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

  // What the Markdown renderer shows for the same input is the expected stand-in text.
  it.each([
    ['**QK 어댑터(QK Adapter)**&#x2060;와 함께', 'QK 어댑터(QK Adapter)와 함께'],
    ['굵게**&#X2060;는', '굵게**는'],
    ['word&#8288;joiner and a literal \u2060 one', 'wordjoiner and a literal  one'],
    ['&lt;script&gt; &amp; &quot;q&quot; &#39;s&#x27;', '<script> & "q" \'s\''],
    ['x&nbsp;y &copy; &mdash; &hellip;', 'x\u00a0y © — …'],
    ['&#0; &#xD800; &#x110000; &#x1F600;', '\ufffd \ufffd \ufffd 😀'],
    ['&#x1234567; is too long to be a reference', '&#x1234567; is too long to be a reference'],
    ['&unknownname; stays, & alone stays', '&unknownname; stays, & alone stays'],
    ['\\<b\\> \\& \\= \\~ \\* \\_ \\$ \\[ \\] \\# \\\\', '<b> & = ~ * _ $ [ ] # \\'],
    ['\\!\\"\\%\\\'\\(\\)\\+\\,\\-\\.\\/\\:\\;\\?\\@\\^\\`\\{\\|\\}', '!"%\'()+,-./:;?@^`{|}'],
    ['\\*not emphasis\\* and \\_not either\\_', '*not emphasis* and _not either_'],
    ['\\&amp; is literal', '&amp; is literal'],
    ['&ast;not emphasis&ast;', '*not emphasis*'],
    ['costs \\$5 or \\$10 a month', 'costs $5 or $10 a month'],
    ['\\$5 and $x^2$ and \\$10', '$5 and x^2 and $10'],
    ['\\a \\가 keep their backslash', '\\a \\가 keep their backslash'],
    ['`\\*code\\*` and `&amp;`', '\\*code\\* and &amp;'],
    ['[link \\[1\\]](https://a.b) done', 'link [1] done'],
    ['> quoted\n- item', 'quoted item'],
    ['**> bold, not a quote** and *- not a list*', '> bold, not a quote and - not a list'],
    [
      '&constructor; and &toString; are no references',
      '&constructor; and &toString; are no references',
    ],
    ['$\\toString x$', 'x'],
  ])('shows %j as %j', (markdown, plain) => {
    expect(markdownToPlainParagraphs(markdown)).toEqual([plain]);
  });

  // How long thousands of open brackets take is in `npm run bench:latex` (tests keep no timers).
  it('reads thousands of open brackets', () => {
    expect(markdownToPlainParagraphs(`${'['.repeat(20_000)}x`)).toEqual([`${'['.repeat(20_000)}x`]);
  });

  it('shows unparsed text exactly as written, by paragraph', () => {
    expect(rawParagraphs('> > **x**&#x2060;\n\n \n\n- - y\u2060z')).toEqual([
      '> > **x**&#x2060;',
      '- - yz',
    ]);
  });
});
