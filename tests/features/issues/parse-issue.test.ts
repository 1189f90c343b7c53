// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseIssue } from '../../../src/features/issues/parse-issue';
import issueFixture from '../../fixtures/issue-2025-10-20.sample.json';

const sample = () =>
  structuredClone(issueFixture) as Record<string, unknown> & { papers: unknown[] };

describe('parsing an issue paper by paper', () => {
  it('accepts the sample issue whole', () => {
    const result = parseIssue(sample());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.issue.papers).toHaveLength(4);
    expect(result.issue.invalidPapers).toEqual([]);
  });

  it.each([
    ['a missing title', (issue: ReturnType<typeof sample>) => delete issue.title, 'title'],
    ['a wrong version', (issue: ReturnType<typeof sample>) => (issue.version = 2), 'version'],
    [
      'papers that are not a list',
      (issue: ReturnType<typeof sample>) => (issue.papers = {} as never),
      'papers',
    ],
    [
      'a bad period',
      (issue: ReturnType<typeof sample>) =>
        (issue.period = { start: '20/10/2025', end: '2025-10-26' }),
      'period.start',
    ],
    [
      'an unsafe source link',
      (issue: ReturnType<typeof sample>) => (issue.source = 'javascript:alert(1)'),
      'source',
    ],
  ])('refuses the whole issue for %s, naming the field', (_, corrupt, field) => {
    const issue = sample();
    corrupt(issue);
    const result = parseIssue(issue);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toContain(`${field}:`);
  });

  it.each([null, 'text', 42, [], undefined])(
    'refuses a body that is not an issue at all: %j',
    (body) => {
      expect(parseIssue(body).ok).toBe(false);
    },
  );

  it('keeps the good papers and marks a bad one with what it could read and why', () => {
    const issue = sample();
    const bad = issue.papers[2] as Record<string, unknown>;
    bad.abstractKo = 42;
    const result = parseIssue(issue);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.issue.papers.map((paper) => paper.id)).not.toContain(bad.id);
    expect(result.issue.papers).toHaveLength(3);
    expect(result.issue.invalidPapers).toEqual([
      {
        index: 2,
        id: bad.id,
        title: bad.titleEn,
        problem: expect.stringContaining('papers.2.abstractKo:'),
      },
    ]);
  });

  it('marks a paper whose id repeats an earlier one (ids are anchors and keys)', () => {
    const issue = sample();
    issue.papers.push(structuredClone(issue.papers[0]));
    const result = parseIssue(issue);
    if (!result.ok) throw new Error(result.problem);
    expect(result.issue.papers).toHaveLength(4);
    expect(result.issue.invalidPapers[0]).toMatchObject({
      index: 4,
      problem: expect.stringContaining('appears twice'),
    });
  });

  it('never throws, and accounts for every paper, whatever the papers contain', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.anything(), fc.constantFrom(...sample().papers)), { maxLength: 8 }),
        (papers) => {
          const issue = sample();
          issue.papers = papers;
          const result = parseIssue(issue);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.issue.papers.length + result.issue.invalidPapers.length).toBe(
            papers.length,
          );
          const indexes = result.issue.invalidPapers.map((invalid) => invalid.index);
          expect(new Set(indexes).size).toBe(indexes.length);
        },
      ),
    );
  });
});
