// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDigest, type ParseResult } from '../../../scripts/ingest/parse-digest';
import type { ProblemCode } from '../../../scripts/ingest/problems';
import { parseSeed, readFixture, SEED_TEXT } from './fixtures';

const CODES: readonly ProblemCode[] = [
  'not-a-digest',
  'no-papers',
  'period',
  'missing-part',
  'section-order',
  'link',
  'sidecar',
  'ignored',
  'clean-up',
  'over-limit',
  'schema',
  'internal',
];

/** What every result must be: an issue, or at least one named error; every problem tied to the file. */
function expectWellFormed(result: ParseResult, fileName: string): void {
  if (result.issue === undefined) expect(result.errors.length).toBeGreaterThan(0);
  else expect(result.errors).toEqual([]);
  for (const problem of [...result.errors, ...result.warnings]) {
    expect(problem.file.startsWith(fileName.replace(/\.\w+$/, ''))).toBe(true);
    expect(CODES).toContain(problem.code);
    expect(problem.message.length).toBeGreaterThan(5);
  }
  // Nothing unexpected was caught and hidden.
  expect(result.errors.filter((e) => e.code === 'internal')).toEqual([]);
}

const seedLines = SEED_TEXT.split('\n');
const seedPage = readFixture('seed-part.html');
const original = parseSeed().issue;

describe('the parser never throws and always names its errors', () => {
  it('on random text, as either form', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 400 }),
        fc.constantFrom('text', 'html' as const),
        (input, format) => {
          expectWellFormed(parseDigest(input, { fileName: 'random.txt', format }), 'random.txt');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on random lines built from digest vocabulary', () => {
    const line = fc.oneof(
      fc.constantFrom(
        '[2025/10/20 ~ 26] 제목',
        '논문 소개',
        '논문 초록(Abstract)',
        '논문 링크',
        '더 읽어보기',
        ':one: 제목: 본문',
        '2개의 좋아요',
        '한국어 / English',
        'https://arxiv.org/abs/1',
        '',
      ),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        expectWellFormed(
          parseDigest(lines.join('\n'), { fileName: 'words.txt', format: 'text' }),
          'words.txt',
        );
      }),
      { numRuns: 300 },
    );
  });

  it('on the seed cut off anywhere', () => {
    fc.assert(
      fc.property(fc.nat({ max: SEED_TEXT.length }), (cut) => {
        expectWellFormed(parseSeed(SEED_TEXT.slice(0, cut)), '2025-10-20.txt');
      }),
      { numRuns: 40 },
    );
  });

  it('on the seed with random lines deleted', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: seedLines.length - 1 }), { maxLength: 30 }),
        (deleted) => {
          const drop = new Set(deleted);
          const result = parseSeed(seedLines.filter((_, i) => !drop.has(i)).join('\n'));
          expectWellFormed(result, '2025-10-20.txt');
          // Deleting lines never loses a paper in silence: each header still present gives a paper.
          const headers = seedLines.filter(
            (l, i) => !drop.has(i) && / \/ [A-Z]/.test(l) && l.length < 200,
          ).length;
          if (result.issue)
            expect(result.issue.papers.length).toBeGreaterThanOrEqual(Math.min(headers, 1));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('on the saved page cut off anywhere', () => {
    fc.assert(
      fc.property(fc.nat({ max: seedPage.length }), (cut) => {
        expectWellFormed(
          parseDigest(seedPage.slice(0, cut), { fileName: 'seed-part.html', format: 'html' }),
          'seed-part.html',
        );
      }),
      { numRuns: 40 },
    );
  });
});

describe('line endings, BOM and stray whitespace do not matter', () => {
  const space = fc.constantFrom(' ', '\t', '\u00a0', '\u3000', '\u202f', '\u200b');
  it('gives the same issue as the original', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.array(
          fc.tuple(
            fc.array(space, { maxLength: 3 }),
            fc.array(space, { maxLength: 3 }),
            fc.nat({ max: 2 }),
          ),
          {
            minLength: seedLines.length,
            maxLength: seedLines.length,
          },
        ),
        (eol, bom, padding) => {
          const lines = seedLines.flatMap((line, i) => {
            const [before = [], after = [], blanks = 0] = padding[i] ?? [];
            // Spaces inside a line may also be non-breaking or doubled.
            const inner =
              i % 3 === 0
                ? line.replace(/ /g, '\u00a0')
                : i % 3 === 1
                  ? line.replace(/ /g, '  ')
                  : line;
            return [
              before.join('') + inner + after.join(''),
              ...Array<string>(blanks).fill(before.join('')),
            ];
          });
          const result = parseSeed((bom ? '\ufeff' : '') + lines.join(eol));
          expect(result.errors).toEqual([]);
          expect(result.issue).toEqual(original);
        },
      ),
      { numRuns: 25 },
    );
  });
});
