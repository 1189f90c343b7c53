// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MARKDOWN_LIMITS,
  isTooComplexForMarkdown,
} from '../../../src/components/markdown/markdown-guard';

const { maxLength, maxContainerDepth, maxDelimiterRun, maxBracketDepth } = MARKDOWN_LIMITS;

describe('the guard that keeps pathological text away from the Markdown parser', () => {
  it.each([
    ['an ordinary paragraph with **bold**, $x^2$ and a [link](https://a.b)', false],
    ['text just at the length limit', false, 'x'.repeat(maxLength)],
    ['text one character over the length limit', true, 'x'.repeat(maxLength + 1)],
    ['a 1 MB field', true, 'Filler sentence. '.repeat(62_000)],
    ['quotes nested to the limit', false, `${'> '.repeat(maxContainerDepth)}deep`],
    ['quotes nested past the limit', true, `${'> '.repeat(maxContainerDepth + 1)}deep`],
    ['2,000 nested quotes', true, `${'> '.repeat(2000)}deep quote`],
    ['1,500 nested list markers', true, `${'- '.repeat(1500)}deep list`],
    ['ordered and bullet markers mixed past the limit', true, `${'1. * '.repeat(9)}x`],
    ['indentation worth too many levels', true, `${' '.repeat(4 * maxContainerDepth + 4)}- x`],
    ['deep nesting on a later line', true, `intro\n\n${'>'.repeat(maxContainerDepth + 1)} x`],
    ['a `-` that is a minus, not a list', false, `${'-'.repeat(40)} a rule`],
    ['a delimiter run at the limit', false, `${'*'.repeat(maxDelimiterRun)}x`],
    ['a delimiter run past the limit', true, `${'_'.repeat(maxDelimiterRun + 1)}x`],
    ['5,000 stars around a word', true, `${'*'.repeat(5000)}stars${'*'.repeat(5000)}`],
    ['many short runs', false, '**a** '.repeat(2000)],
    ['5,000 open brackets', true, `${'['.repeat(5000)}brackets`],
    ['many closed brackets in a row', false, '[a](https://a.b) '.repeat(500)],
    ['TeX braces nested past the limit', true, `$${'{'.repeat(maxBracketDepth + 1)}x$`],
    [
      'TeX braces nested to the limit',
      false,
      `$${'{'.repeat(maxBracketDepth)}x${'}'.repeat(maxBracketDepth)}$`,
    ],
    ['empty text', false, ''],
  ])('%s: %s', (_, expected, text = _) => {
    expect(isTooComplexForMarkdown(text)).toBe(expected);
  });

  it('lets every text of the real digest through to the full render', () => {
    const directory = 'public/data/issues';
    const texts = readdirSync(directory).flatMap((file) => {
      const issue = JSON.parse(readFileSync(`${directory}/${file}`, 'utf8'));
      return [
        issue.intro,
        ...issue.highlights.map((highlight: { body: string }) => highlight.body),
        ...issue.summaries.map((summary: { text: string }) => summary.text),
        ...issue.papers.flatMap((paper: Record<string, string>) => [
          paper.summary,
          paper.abstractKo,
          paper.abstractEn,
        ]),
      ] as string[];
    });
    expect(texts.length).toBeGreaterThan(20);
    expect(texts.filter(isTooComplexForMarkdown)).toEqual([]);
  });

  it('answers any string quickly and never throws', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('>', '-', ' ', '\n', '*', '[', '{', '1', '.', 'a'),
          maxLength: 2000,
        }),
        (text) => {
          expect(typeof isTooComplexForMarkdown(text)).toBe('boolean');
        },
      ),
    );
    const started = performance.now();
    isTooComplexForMarkdown(`${'> - 1. '.repeat(2)}${'a[b{c*d '.repeat(2400)}`);
    expect(performance.now() - started).toBeLessThan(200);
  });
});
