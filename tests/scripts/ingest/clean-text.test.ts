// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanDigestText, cleanInlineText } from '../../../scripts/ingest/clean-text';
import { katexProblem } from '../../../src/lib/markdown/normalize-latex';
import { canonical, mathAndText } from '../../lib/markdown/app-markdown';

/** The seed digest as readers copy it from the forum: `content/digests/`, where the ingest reads it. */
const SEED = resolve(process.cwd(), 'content/digests/2025-10-20.txt');
const seedParagraphs = readFileSync(SEED, 'utf8')
  .split(/\r?\n\s*\n/)
  .map((paragraph) => paragraph.trim())
  .filter((paragraph) => paragraph !== '');

describe('cleanDigestText', () => {
  it('normalises whitespace: spaces collapse, line breaks join, blank lines stay paragraph breaks', () => {
    expect(
      cleanDigestText('\uFEFF  first\u00a0\u00a0 line\r\n  goes on\t here \r\n\r\n\r\n\n second  ')
        .markdown,
    ).toBe('first line goes on here\n\nsecond');
  });

  it('NFC-normalises decomposed Hangul and accents', () => {
    const decomposed = '한국어 café'.normalize('NFD');
    expect(cleanDigestText(decomposed).markdown).toBe('한국어 café');
  });

  it('drops invisible characters but keeps emoji joiners', () => {
    expect(cleanDigestText('a\u200bb 👩\u200d💻').markdown).toBe('ab 👩\u200d💻');
  });

  it('turns shortcodes into emoji before the LaTeX pass', () => {
    expect(cleanDigestText(':one: {\\bf OptPipe} drops 8.7\\times :fire:')).toEqual({
      markdown: '1️⃣ **OptPipe** drops 8.7× 🔥',
      warnings: [],
    });
  });

  it('keeps an emoji keycap that opens a paragraph from becoming a heading', () => {
    const { markdown } = cleanDigestText(':hash: tag');
    expect(canonical(markdown)).toBe('#️⃣ tag');
  });

  it('accepts bold passed on as \\textbf{...} by the HTML parser', () => {
    const { markdown } = cleanDigestText('이 논문은 \\textbf{Economy of Minds}를 제안합니다.');
    expect(canonical(markdown)).toBe('이 논문은 <b>Economy of Minds</b>를 제안합니다.');
  });

  it('gathers warnings from both passes', () => {
    expect(cleanDigestText(':nope: $\\frac{1}{$').warnings).toHaveLength(2);
  });

  it('never throws, and always returns Markdown whose math KaTeX renders', () => {
    const piece = fc.constantFrom(
      ..."$${}\\\\`'%&#>-*_ \n\r\t".split(''),
      '\n\n',
      ':fire:',
      ':one:',
      ':nope:',
      '\\textbf{',
      '\\times',
      '가',
      'a',
      '1',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(piece, { maxLength: 50 }).map((parts) => parts.join('')),
          fc.string({ unit: 'binary' }),
        ),
        (raw) => {
          const { markdown } = cleanDigestText(raw);
          for (const tex of mathAndText(markdown).math) expect(katexProblem(tex)).toBeNull();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is idempotent on prose without Markdown or LaTeX specials (whitespace work included)', () => {
    const word = fc.stringMatching(/^[A-Za-z가-힣]{1,8}[.,!?]?$/);
    const space = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n', '\n\n', ' \n \n ');
    const raw = fc
      .array(fc.tuple(word, space), { minLength: 1, maxLength: 10 })
      .map((pairs) => pairs.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(raw, (input) => {
        const once = cleanDigestText(input).markdown;
        expect(cleanDigestText(once).markdown).toBe(once);
        expect(once).not.toMatch(/ {2}|\t|\u00a0|\n\n\n|^\s|\s$/);
      }),
    );
  });
});

describe('cleanInlineText', () => {
  it('makes one line, in Markdown and in plain text', () => {
    expect(cleanInlineText('  LLMs Can Get\n"Brain Rot"! :fire:  ')).toEqual({
      markdown: 'LLMs Can Get "Brain Rot"! 🔥',
      text: 'LLMs Can Get "Brain Rot"! 🔥',
      warnings: [],
    });
  });

  it('gives a title with math and markup a readable plain form', () => {
    const result = cleanInlineText('$\\infty$-Video: a_b \\textbf{Fast}\n\nVideo');
    expect(result.markdown).toBe('$\\infty$-Video: a\\_b **Fast** Video');
    expect(result.text).toBe('∞-Video: a_b Fast Video');
  });
});

describe('the seed digest (2025-10-20)', () => {
  const cleaned = seedParagraphs.map((paragraph) => ({ paragraph, ...cleanDigestText(paragraph) }));

  it('has paragraphs to check', () => {
    expect(cleaned.length).toBeGreaterThan(50);
  });

  it('cleans every paragraph without a warning', () => {
    expect(cleaned.flatMap(({ warnings }) => warnings)).toEqual([]);
  });

  it('leaves no :shortcode: behind', () => {
    for (const { markdown } of cleaned) expect(markdown).not.toMatch(/:[a-z0-9_+-]+:/);
  });

  it('leaves no LaTeX command, brace or stray $ outside math', () => {
    for (const { markdown } of cleaned) {
      for (const text of mathAndText(markdown).text) {
        expect(text).not.toMatch(/\\[A-Za-z]/);
        expect(text).not.toMatch(/[{}$]/);
      }
    }
  });

  it('only keeps math that KaTeX renders', () => {
    const math = cleaned.flatMap(({ markdown }) => mathAndText(markdown).math);
    // The week's one formula; its figures ($74.9 \\rightarrow 57.2$, $4.8\\times$) are text (item 8).
    expect(new Set(math)).toEqual(new Set(['n']));
    for (const tex of math) expect(katexProblem(tex)).toBeNull();
  });

  it('renders the bold the authors meant, including before Korean particles', () => {
    const rendered = cleaned.map(({ markdown }) => canonical(markdown)).join('\n');
    expect(rendered).toContain('<b>Elastic-Cache</b>를 제안합니다.');
    expect(rendered).toContain('먼 <b>MASK</b> 토큰');
    expect(rendered).toContain('<b>27.6× throughput</b>');
    expect(rendered).toContain('<b>QK 어댑터(QK Adapter)</b>와');
    expect(rendered).toContain('<i>training-time safety</i>');
    expect(rendered).toContain('쓰레기 비율이 0%에서 100%로');
    expect(rendered).toContain('We introduce ‘Dragon Hatchling’ (BDH)');
    expect(rendered).toContain('8.7× on GSM8K');
    expect(rendered).not.toMatch(/\*\*|<(?:block|link|html)/);
  });

  it('turns the prose wrapped in $...$ back into prose', () => {
    const rendered = cleaned.map(({ markdown }) => canonical(markdown)).join('\n');
    expect(rendered).toContain('테스트를 통해 when 새로 고칠지를');
    expect(rendered).toContain('스케줄을 통해 where 새로 고칠지를');
  });

  it('is fast enough for a 260-week archive', () => {
    const started = performance.now();
    for (let week = 0; week < 26; week++) {
      for (const paragraph of seedParagraphs) cleanDigestText(`${paragraph} ${week}`);
    }
    // A tenth of the archive; the whole ingest budget is 3 s for all of it.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
