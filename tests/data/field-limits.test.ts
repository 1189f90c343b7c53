// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arxivMetadataSchema,
  describeSchemaError,
  FIELD_LIMITS,
  issueIndexSchema,
  issueSchema,
} from '../../src/data/schema';
import { parseIssue } from '../../src/features/issues/parse-issue';
import issueFixture from '../fixtures/issue-2025-10-20.sample.json';

type SampleIssue = Record<string, unknown> & {
  highlights: Record<string, unknown>[];
  summaries: unknown[];
  papers: Record<string, unknown>[];
};
const sample = () => structuredClone(issueFixture) as unknown as SampleIssue;
const url = (length: number) => {
  const start = 'https://example.com/';
  return start + 'a'.repeat(length - start.length);
};

/** Sets one field of the sample issue; the path is what the schema's error names. */
type Setter = (issue: SampleIssue, value: string) => void;
const TEXT_FIELDS: [path: string, limit: number, set: Setter][] = [
  ['title', FIELD_LIMITS.title, (issue, v) => (issue.title = v)],
  ['intro', FIELD_LIMITS.issueText, (issue, v) => (issue.intro = v)],
  ['highlights.0.title', FIELD_LIMITS.title, (issue, v) => (issue.highlights[0]!.title = v)],
  ['highlights.0.body', FIELD_LIMITS.issueText, (issue, v) => (issue.highlights[0]!.body = v)],
  [
    'summaries.0.text',
    FIELD_LIMITS.issueText,
    (issue, v) => (issue.summaries = [{ text: v, paperId: null }]),
  ],
  ['papers.0.titleKo', FIELD_LIMITS.title, (issue, v) => (issue.papers[0]!.titleKo = v)],
  ['papers.0.titleEn', FIELD_LIMITS.title, (issue, v) => (issue.papers[0]!.titleEn = v)],
  ['papers.0.summary', FIELD_LIMITS.paperText, (issue, v) => (issue.papers[0]!.summary = v)],
  ['papers.0.abstractKo', FIELD_LIMITS.paperText, (issue, v) => (issue.papers[0]!.abstractKo = v)],
  ['papers.0.abstractEn', FIELD_LIMITS.paperText, (issue, v) => (issue.papers[0]!.abstractEn = v)],
  [
    'papers.0.moreLinks.0.label',
    FIELD_LIMITS.linkLabel,
    (issue, v) => (issue.papers[0]!.moreLinks = [{ url: 'https://example.com', label: v }]),
  ],
];
const URL_FIELDS: [path: string, set: Setter][] = [
  ['source', (issue, v) => (issue.source = v)],
  ['papers.0.paperUrl', (issue, v) => (issue.papers[0]!.paperUrl = v)],
  ['papers.0.moreLinks.0.url', (issue, v) => (issue.papers[0]!.moreLinks = [{ url: v }])],
];

function check(issue: SampleIssue) {
  const result = issueSchema.safeParse(issue);
  return result.success ? 'ok' : describeSchemaError(result.error);
}

describe('each free-text field is capped (FIELD_LIMITS)', () => {
  it.each(TEXT_FIELDS)(
    '%s: %i characters pass, one more is refused, naming the field and limit',
    (path, limit, set) => {
      const issue = sample();
      set(issue, 'a'.repeat(limit));
      expect(check(issue)).toBe('ok');
      set(issue, 'a'.repeat(limit + 1));
      expect(check(issue)).toBe(`${path}: too long: at most ${limit} characters`);
    },
  );

  it.each(URL_FIELDS)('%s: a URL of 2,048 characters passes, one more is refused', (path, set) => {
    const issue = sample();
    set(issue, url(FIELD_LIMITS.url));
    expect(check(issue)).toBe('ok');
    set(issue, url(FIELD_LIMITS.url + 1));
    expect(check(issue)).toBe(`${path}: too long: at most 2048 characters`);
  });

  it('an abstract is accepted exactly when it is within the limit, and the message never quotes it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIELD_LIMITS.paperText - 50, max: FIELD_LIMITS.paperText + 50 }),
        fc.constantFrom('a', '가', ' ', '$'),
        (length, unit) => {
          const issue = sample();
          issue.papers[1]!.abstractEn = unit.repeat(length);
          const result = check(issue);
          expect(result === 'ok').toBe(length <= FIELD_LIMITS.paperText);
          expect(result.length).toBeLessThan(200);
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('each list is capped', () => {
  const paper = () => sample().papers[0]!;
  const LISTS: [path: string, limit: number, fill: (issue: SampleIssue, n: number) => void][] = [
    [
      'papers',
      FIELD_LIMITS.papers,
      (issue, n) => (issue.papers = Array.from({ length: n }, paper)),
    ],
    [
      'highlights',
      FIELD_LIMITS.highlights,
      (issue, n) =>
        (issue.highlights = Array.from({ length: n }, (_, i) => ({
          ...issue.highlights[0],
          number: i + 1,
        }))),
    ],
    [
      'summaries',
      FIELD_LIMITS.papers,
      (issue, n) =>
        (issue.summaries = Array.from({ length: n }, () => ({ text: 'x', paperId: null }))),
    ],
    [
      'papers.0.moreLinks',
      FIELD_LIMITS.moreLinks,
      (issue, n) =>
        (issue.papers[0]!.moreLinks = Array.from({ length: n }, (_, i) => ({
          url: `https://example.com/${i}`,
        }))),
    ],
  ];

  it.each(LISTS)(
    '%s: %i entries pass, one more is refused, naming the list and limit',
    (path, limit, fill) => {
      const issue = sample();
      fill(issue, limit);
      expect(check(issue)).toBe('ok');
      fill(issue, limit + 1);
      expect(check(issue)).toBe(`${path}: too long: at most ${limit} entries`);
    },
  );

  it("arXiv's authors: as many and as long as the sync keeps, and no more", () => {
    const metadata = {
      id: '2510.13928',
      authors: Array.from({ length: FIELD_LIMITS.authors }, () =>
        'a'.repeat(FIELD_LIMITS.authorName),
      ),
      published: '2025-10-15',
      primaryCategory: 'cs.CL',
      pdfUrl: 'https://arxiv.org/pdf/2510.13928',
    };
    expect(arxivMetadataSchema.safeParse(metadata).success).toBe(true);
    const tooMany = arxivMetadataSchema.safeParse({
      ...metadata,
      authors: [...metadata.authors, 'x'],
    });
    expect(tooMany.error && describeSchemaError(tooMany.error)).toBe(
      'authors: too long: at most 5000 entries',
    );
    const tooLong = arxivMetadataSchema.safeParse({ ...metadata, authors: ['a'.repeat(301)] });
    expect(tooLong.error && describeSchemaError(tooLong.error)).toBe(
      'authors.0: too long: at most 300 characters',
    );
  });

  it("the index's copies of the titles are capped like the issue's", () => {
    const entry = {
      id: '2025-10-20',
      title: 'a'.repeat(FIELD_LIMITS.title + 1),
      period: { start: '2025-10-20', end: '2025-10-26' },
      paperCount: 1,
      likes: null,
      highlights: ['b'.repeat(FIELD_LIMITS.title + 1)],
    };
    const result = issueIndexSchema.safeParse({ version: 1, issues: [entry] });
    expect(result.error && describeSchemaError(result.error)).toBe(
      'issues.0.title: too long: at most 1000 characters; issues.0.highlights.0: too long: at most 1000 characters',
    );
  });
});

describe('the app reading an issue with an oversized field (parse-issue.ts)', () => {
  it('marks only the paper whose abstract is too long, naming the field and the limit', () => {
    const issue = sample();
    issue.papers[1]!.abstractEn = 'Hostile '.repeat(125_000);
    const result = parseIssue(issue);
    if (!result.ok) throw new Error(result.problem);
    expect(result.issue.papers.map((paper) => paper.id)).toEqual(
      [0, 2, 3].map((i) => issue.papers[i]!.id),
    );
    expect(result.issue.invalidPapers).toEqual([
      {
        index: 1,
        id: issue.papers[1]!.id,
        title: issue.papers[1]!.titleEn,
        problem: 'papers.1.abstractEn: too long: at most 100000 characters',
      },
    ]);
  });

  it('refuses the issue when its own text is too long, saying which field', () => {
    const issue = sample();
    issue.intro = 'x'.repeat(FIELD_LIMITS.issueText + 1);
    expect(parseIssue(issue)).toEqual({
      ok: false,
      problem: 'intro: too long: at most 20000 characters',
    });
  });
});
