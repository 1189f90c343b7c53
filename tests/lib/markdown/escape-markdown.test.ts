// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import {
  escapeLineStart,
  escapeMarkdownText,
  linkDestination,
  type MarkdownReader,
} from '../../../src/lib/markdown/escape-markdown';
import { markdownToPlainText } from '../../../src/lib/markdown/plain-text';

const escape = (text: string, reader: MarkdownReader) =>
  escapeLineStart(escapeMarkdownText(text, reader), reader);

/** [plain text, for the app's renderer, for any Markdown reader] */
const CASES: ReadonlyArray<readonly [string, string, string]> = [
  ['plain words 가나다', 'plain words 가나다', 'plain words 가나다'],
  ['a*b_c`d', 'a\\*b\\_c\\`d', 'a\\*b\\_c\\`d'],
  ['[link](url)', '\\[link\\](url)', '\\[link\\](url)'],
  ['<b>x</b>', '\\<b>x\\</b>', '\\<b\\>x\\</b\\>'],
  ['C:\\dir', 'C:\\\\dir', 'C:\\\\dir'],
  ['$5 and $10', '\\$5 and \\$10', '\\$5 and \\$10'],
  ['AT&T &amp; &#35;', 'AT&T \\&amp; \\&#35;', 'AT&T \\&amp; \\&\\#35;'],
  ['issue #3 | a > b', 'issue #3 | a > b', 'issue \\#3 \\| a \\> b'],
  ['10/20 ~ 26, ~x~', '10/20 ~ 26, ~x~', '10/20 ~ 26, \\~x\\~'],
  // What would open a block.
  ['# heading', '\\# heading', '\\# heading'],
  ['#hashtag', '#hashtag', '\\#hashtag'],
  ['> quote', '\\> quote', '\\> quote'],
  ['- item', '\\- item', '\\- item'],
  ['+ item', '\\+ item', '\\+ item'],
  ['-x and +y', '-x and +y', '-x and +y'],
  ['---', '\\---', '\\---'],
  ['- - -', '\\- - -', '\\- - -'],
  ['~~~', '\\~~~', '\\~\\~\\~'],
  ['1. item', '1\\. item', '1\\. item'],
  ['2) item', '2\\) item', '2\\) item'],
  ['1.5 billion', '1.5 billion', '1.5 billion'],
  // A setext underline needs a line of text above it: never in the app's one-line paragraphs.
  ['===', '===', '\\==='],
  ['= x', '= x', '= x'],
];

/** Markdown as a CommonMark reader with `$` math shows it: the strictest reader these files meet. */
function shown(markdown: string): string {
  const tree = unified().use(remarkParse).use(remarkMath).parse(markdown);
  const [first, ...rest] = tree.children;
  if (first?.type !== 'paragraph' || rest.length > 0) return `<${first?.type ?? 'nothing'}>`;
  if (first.children.some((node) => node.type !== 'text')) return '<markup>';
  return toString(first);
}

describe('escaping plain text for Markdown', () => {
  it.each(CASES)('%j', (text, forApp, forAny) => {
    expect(escape(text, 'app')).toBe(forApp);
    expect(escape(text, 'any')).toBe(forAny);
  });

  it.each(CASES)('%j reads back as itself, for either reader', (text) => {
    expect(shown(escape(text, 'any'))).toBe(text);
    if (text !== '===') expect(shown(escape(text, 'app'))).toBe(text);
    expect(markdownToPlainText(escape(text, 'app'))).toBe(text);
  });

  it('reads back any line as itself, for any reader', () => {
    const char = fc.constantFrom(
      ...'aZ9가 *_[]<>#+-=~!&;()"|.:$`\\{}'.split(''),
      '&amp;',
      '1.',
      '- ',
      '# ',
      '> ',
    );
    const line = fc
      .array(char, { minLength: 1, maxLength: 30 })
      .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
      .filter((text) => text !== '');
    fc.assert(
      fc.property(line, (text) => {
        expect(shown(escape(text, 'any'))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a link destination inside its parentheses', () => {
    expect(linkDestination('https://a.b/x (1)<2>\\y')).toBe('https://a.b/x%20%281%29%3C2%3E%5Cy');
  });
});
