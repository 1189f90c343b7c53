// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from '../../../src/data/schema';
import { parseDigest, type ParseResult } from '../../../scripts/ingest/parse-digest';
import { formatProblem } from '../../../scripts/ingest/problems';
import { parseSeed, readFixture, SEED_TEXT } from './fixtures';

const FILE = 'oversized-abstract.txt';
const fixture = readFixture(FILE);
// The fixture's English abstract of "Broken Copy" is one unbroken 120,000-character word (issue #12).
const WORD = /^(?:Supercalifragilistic)+$/m;

function withAbstractOf(length: number): ParseResult {
  return parseDigest(fixture.replace(WORD, 'a'.repeat(length)), { fileName: FILE, format: 'text' });
}

const overLimit = (result: ParseResult) =>
  [...result.errors, ...result.warnings]
    .filter((problem) => problem.code === 'over-limit')
    .map(formatProblem);

describe('a paper field over its size limit (FIELD_LIMITS)', () => {
  it('is left out of its paper and listed in missing, reported at its line; the week is written', () => {
    const result = parseDigest(fixture, { fileName: FILE, format: 'text' });
    expect(result.errors).toEqual([]);
    const [whole, broken] = result.issue?.papers ?? [];
    expect(whole?.missing).toEqual([]);
    expect(broken).toMatchObject({
      titleEn: 'Broken Copy',
      abstractKo: '한국어 초록은 온전합니다.',
      abstractEn: '',
      missing: ['abstractEn'],
    });
    expect(overLimit(result)).toEqual([
      `${FILE}:35: paper "Broken Copy": abstractEn is 120,000 characters, over the limit of 100,000; left out and listed in 'missing'`,
    ]);
    // The highlights still link the paper: only the one field is gone.
    expect(result.issue?.highlights[0]?.paperIds).toEqual(['broken-copy']);
  });

  it('is kept whole at exactly its limit', () => {
    const result = withAbstractOf(FIELD_LIMITS.paperText);
    expect(overLimit(result)).toEqual([]);
    expect(result.issue?.papers[1]?.abstractEn).toHaveLength(FIELD_LIMITS.paperText);
    expect(result.issue?.papers[1]?.missing).toEqual([]);
  });

  it('never cuts the text and never ends in a schema error, whatever its length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIELD_LIMITS.paperText - 3, max: FIELD_LIMITS.paperText + 3 }),
        (length) => {
          const result = withAbstractOf(length);
          expect(result.errors).toEqual([]);
          const paper = result.issue?.papers[1];
          if (length <= FIELD_LIMITS.paperText) {
            expect(paper?.abstractEn).toHaveLength(length);
            expect(overLimit(result)).toEqual([]);
          } else {
            expect(paper?.abstractEn).toBe('');
            expect(paper?.missing).toEqual(['abstractEn']);
            expect(overLimit(result)).toEqual([
              expect.stringContaining(`abstractEn is ${length.toLocaleString('en-US')} characters`),
            ]);
          }
        },
      ),
      { numRuns: 12 },
    );
  });

  it('drops a further link whose URL is over the limit, and keeps a link whose label is', () => {
    const page = readFixture('month-crossing.html');
    const parse = (html: string) =>
      parseDigest(html, { fileName: 'month-crossing.html', format: 'html' });
    const longUrl = parse(
      page.replaceAll(
        'https://github.com/example/agentbench2',
        `https://github.com/${'a'.repeat(FIELD_LIMITS.url)}`,
      ),
    );
    expect(longUrl.issue?.papers[0]).toMatchObject({ moreLinks: [], missing: ['moreLinks'] });
    expect(overLimit(longUrl)).toEqual([
      expect.stringMatching(
        /^month-crossing\.html \(h3#4 "더 읽어보기"\): paper "AgentBench 2: [^"]+": a moreLinks url is 2,067 characters, over the limit of 2,048; left out/,
      ),
    ]);

    const longLabel = parse(page.replace('GitHub - example/agentbench2', 'x'.repeat(1_001)));
    expect(longLabel.issue?.papers[0]).toMatchObject({
      moreLinks: [{ url: 'https://github.com/example/agentbench2' }],
      missing: [],
    });
    expect(overLimit(longLabel)).toEqual([
      expect.stringContaining('a moreLinks label is 1,001 characters, over the limit of 1,000'),
    ]);
  });

  it('a links sidecar with a URL over the limit fails as a sidecar, naming the entry', () => {
    const sidecar = {
      papers: [{ titleEn: 'Whole Paper', more: [`https://example.com/${'a'.repeat(2_048)}`] }],
    };
    const result = parseDigest(fixture, { fileName: FILE, format: 'text', sidecar });
    expect(result.issue).toBeUndefined();
    expect(result.errors.map(formatProblem)).toEqual([
      'oversized-abstract.links.json: not a valid links sidecar: papers.0.more.0: too long: at most 2048 characters',
    ]);
  });
});

describe('a field of the issue itself over its limit fails the week, named at its line', () => {
  const seedLines = SEED_TEXT.split('\n');
  const replaceLine = (line: number, text: string) =>
    seedLines.map((l, i) => (i === line - 1 ? text : l)).join('\n');

  it.each([
    ['intro', 5, 'intro', FIELD_LIMITS.issueText],
    ['highlight 2 body', 9, ':two: 제목: ', FIELD_LIMITS.issueText],
    ['title', 1, '[2025/10/20 ~ 26] ', FIELD_LIMITS.title],
  ])('%s', (field, line, prefix, limit) => {
    const text = prefix + 'x'.repeat(limit + 1 - (field === 'intro' ? prefix.length : 0));
    const result = parseSeed(replaceLine(line, text));
    expect(result.issue).toBeUndefined();
    expect(result.errors.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^2025-10-20\\.txt:${line}: ${field} is [\\d,]+ characters, over the limit of ${limit.toLocaleString('en-US')}; the week is not written$`,
        ),
      ),
    ]);
  });

  it('a week of more than the most papers, at the first paper too many', () => {
    const paper = (n: number) =>
      `논문 ${n} / Paper ${n}\n\n논문 소개\n\n소개 ${n}.\n\n논문 초록(Abstract)\n\n초록 ${n}.\n\nAbstract ${n}.\n`;
    const papers = Array.from({ length: FIELD_LIMITS.papers + 1 }, (_, i) => paper(i + 1));
    const input = `[2025/10/20 ~ 26] 제목\n\n:one: 하나: 본문\n\n${papers.join('\n')}`;
    const result = parseDigest(input, { fileName: 'many.txt', format: 'text' });
    expect(result.issue).toBeUndefined();
    const firstTooMany = 5 + FIELD_LIMITS.papers * 12;
    expect(result.errors.map(formatProblem)).toEqual([
      `many.txt:${firstTooMany}: papers is 501 papers, over the limit of 500; the week is not written`,
    ]);
    expect(input.split('\n')[firstTooMany - 1]).toBe('논문 501 / Paper 501');
  });
});
