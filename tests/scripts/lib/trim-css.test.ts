import { describe, expect, it } from 'vitest';
import { classesIn, keepRulesForClasses } from '../../../scripts/lib/trim-css';

describe('classesIn', () => {
  it('collects every class of every class attribute', () => {
    const html =
      '<p class="a b"><span class=" c  a ">x</span><i id="class">y</i></p><b class="">z</b>';
    expect([...classesIn(html)].sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('keepRulesForClasses', () => {
  const used = new Set(['katex', 'mord', 'mathnormal']);

  it('keeps a rule only when every class it names is used', () => {
    const css =
      '.katex{font:1em KaTeX_Main}.katex .mord{x:1}.katex .mfrac .frac-line{y:2}.katex .mord.mathnormal{z:3}';
    expect(keepRulesForClasses(css, used)).toBe(
      '.katex{font:1em KaTeX_Main}.katex .mord{x:1}.katex .mord.mathnormal{z:3}',
    );
  });

  it('does not require the classes a selector excludes with :not()', () => {
    expect(
      keepRulesForClasses('.katex .mord:not(.accent-full){w:0}.katex .mbin:not(.mord){x:1}', used),
    ).toBe('.katex .mord:not(.accent-full){w:0}');
  });

  it('keeps the used selectors of a list and drops the others', () => {
    expect(keepRulesForClasses('.mord,.mbin,.katex>span{a:b}', used)).toBe(
      '.mord,.katex>span{a:b}',
    );
  });

  it('keeps keyframes and rules without classes, and drops emptied at-rules', () => {
    const css =
      '@keyframes spin{from{a:0}to{a:1}}' +
      'svg{fill:none}@media print{.mbin{c:d}}@media screen{.katex{e:f}}';
    expect(keepRulesForClasses(css, used)).toBe(
      '@keyframes spin{from{a:0}to{a:1}}svg{fill:none}@media screen{.katex{e:f}}',
    );
  });

  it('keeps the font faces a kept rule names, by `font-family` or the `font` shorthand', () => {
    const css =
      '@font-face{font-family:KaTeX_Main;src:url(a.woff2)}' +
      '@font-face{font-family:"KaTeX_Math";src:url(b.woff2)}' +
      '@font-face{font-family:KaTeX_Fraktur;src:url(c.woff2)}' +
      '@font-face{font-family:KaTeX_Size1;src:url(d.woff2)}' +
      '.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}' +
      '.katex .mathnormal{font-family:KaTeX_Math}' +
      '.katex .mathfrak{font-family:KaTeX_Fraktur}';
    expect(keepRulesForClasses(css, used)).toBe(
      '@font-face{font-family:KaTeX_Main;src:url(a.woff2)}' +
        '@font-face{font-family:"KaTeX_Math";src:url(b.woff2)}' +
        '.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}' +
        '.katex .mathnormal{font-family:KaTeX_Math}',
    );
  });

  it('keeps nothing that names a class when no class is used', () => {
    expect(keepRulesForClasses('.katex{a:b}.x .y{c:d}', new Set())).toBe('');
  });
});
