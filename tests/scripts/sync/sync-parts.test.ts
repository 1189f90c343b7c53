// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arxivIdFromUrl, canonicalArxivId, normalizeArxivId } from '../../../src/lib/arxiv-id';
import {
  compareQuality,
  describeShortfall,
  type ParseQuality,
} from '../../../scripts/ingest/parse-quality';
import { arxivQueryUrl, parseArxivFeed } from '../../../scripts/sync/arxiv';
import {
  digestWeek,
  nextListingUrl,
  parseListing,
  parseTopic,
} from '../../../scripts/sync/discourse';
import { parseRetryAfter } from '../../../scripts/sync/polite-client';
import { arxivFeed, listingPage, topicJson } from './forum-fixtures';

const FORUM = 'https://discuss.pytorch.kr';

describe('digestWeek: which forum topics are weekly digests', () => {
  it.each([
    ['[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음', '2025-10-20'],
    ['[2026/02/23 ~ 03/01] 이번 주에 살펴볼 만한 AI/ML 논문 모음', '2026-02-23'],
    ['[2025/12/29 ~ 2026/01/04] 이번 주에 살펴볼 만한 AI/ML 논문 모음', '2025-12-29'],
    ['[2025/10/20 ~ 26]  이번 주에  살펴볼 만한 AI/ML 논문 모음 ', '2025-10-20'],
  ])('%s → %s', (title, week) => {
    expect(digestWeek(title)).toBe(week);
  });

  it.each([
    '[2025/10/20 ~ 26] 이번 주의 AI 뉴스',
    '이번 주에 살펴볼 만한 AI/ML 논문 모음',
    '[2025/02/30 ~ 03/05] 이번 주에 살펴볼 만한 AI/ML 논문 모음',
    '[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음 (수정)',
    'Re: [2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음',
    '',
  ])('not a digest: %s', (title) => {
    expect(digestWeek(title)).toBeUndefined();
  });

  it('never throws on any title', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (title) =>
          digestWeek(title) === undefined || /^\d{4}-\d{2}-\d{2}$/.test(digestWeek(title) ?? ''),
      ),
    );
  });
});

describe('the Discourse listing', () => {
  it('turns more_topics_url (an HTML path, as Discourse writes it) into the JSON page', () => {
    expect(nextListingUrl(FORUM, '/c/news/14?page=1')).toBe(`${FORUM}/c/news/14.json?page=1`);
    expect(nextListingUrl(FORUM, '/c/news/14/l/latest?page=2')).toBe(
      `${FORUM}/c/news/14/l/latest.json?page=2`,
    );
    expect(nextListingUrl(FORUM, '/c/news/14.json?page=3')).toBe(`${FORUM}/c/news/14.json?page=3`);
    expect(nextListingUrl(`${FORUM}/`, '/c/news/14?page=1')).toBe(`${FORUM}/c/news/14.json?page=1`);
  });

  it('never follows a next page to another site', () => {
    expect(nextListingUrl(FORUM, 'https://evil.example/c/news/14?page=1')).toBeNull();
    expect(nextListingUrl(FORUM, '//evil.example/c?page=1')).toBeNull();
  });

  it('reads a page and says clearly what is wrong with a bad one', () => {
    const page = parseListing(FORUM, listingPage([{ id: 1, title: 't' }], 1));
    expect(page.topics.map((topic) => topic.id)).toEqual([1]);
    expect(page.next).toBe(`${FORUM}/c/news/14.json?page=1`);
    expect(parseListing(FORUM, listingPage([])).next).toBeNull();
    expect(() => parseListing(FORUM, '<html>')).toThrow(/not valid JSON/);
    expect(() => parseListing(FORUM, '{"topics": []}')).toThrow(
      /not a Discourse topic list.*topic_list/,
    );
    expect(() => parseListing(FORUM, '{"topic_list": {"topics": [{"id": "x"}]}}')).toThrow(
      /not a Discourse topic list/,
    );
  });

  it('keeps the topic JSON as fetched, key order and all', () => {
    const body = topicJson({ id: 5, title: 't' });
    const { topic, raw } = parseTopic(body);
    expect(topic.id).toBe(5);
    expect(JSON.stringify(raw)).toBe(body);
    expect(() => parseTopic('{"id": 5}')).toThrow(/not a Discourse topic/);
  });
});

describe('arXiv', () => {
  it.each([
    ['https://arxiv.org/abs/2510.13928', '2510.13928'],
    ['https://arxiv.org/abs/2510.13928v3', '2510.13928'],
    ['http://www.arxiv.org/pdf/2510.13928v1.pdf', '2510.13928'],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'hep-th/9901001'],
    ['https://arxiv.org/abs/math.GT/0309136', 'math.GT/0309136'],
    ['https://export.arxiv.org/abs/0704.0001', '0704.0001'],
  ])('reads the id of %s', (url, id) => {
    expect(arxivIdFromUrl(url)).toBe(id);
  });

  it.each([
    'https://github.com/x/y',
    'https://arxiv.org/list/cs.CL/recent',
    'https://arxiv.org/abs/',
    'https://arxiv.org.evil.example/abs/2510.13928',
    'https://arxiv.org/abs/%E0%A4%A',
    'not a url',
  ])('%s is not an arXiv paper', (url) => {
    expect(arxivIdFromUrl(url)).toBeNull();
  });

  it('normalises arXiv:ids', () => {
    expect(normalizeArxivId('arXiv:2510.13928v2')).toBe('2510.13928');
    expect(normalizeArxivId('2510.139')).toBeNull();
    // A month that does not exist, or the wrong number of digits for its time, is a typo.
    expect(normalizeArxivId('2513.13928')).toBeNull();
    expect(normalizeArxivId('2510.1392')).toBeNull();
    expect(normalizeArxivId('1412.12345')).toBeNull();
    expect(normalizeArxivId('1412.1234')).toBe('1412.1234');
    expect(normalizeArxivId('0704.0001')).toBe('0704.0001');
    expect(normalizeArxivId('0612.0001')).toBeNull();
  });

  it('asks for a whole batch at once (max_results, or arXiv stops at 10)', () => {
    const url = new URL(arxivQueryUrl('https://export.arxiv.org/api/query', ['1', '2', '3']));
    expect(url.searchParams.get('id_list')).toBe('1,2,3');
    expect(url.search).toBe('?id_list=1,2,3&max_results=3');
    expect(url.searchParams.get('max_results')).toBe('3');
  });

  it('reads entries by id, not by order, and skips ids arXiv does not know', () => {
    const feed = parseArxivFeed(
      arxivFeed(['2510.13928', '2510.05186', '2509.99999'], (id) => id !== '2509.99999'),
    );
    expect([...feed.entries.keys()].sort()).toEqual(['2510.05186', '2510.13928']);
    expect(feed.entries.get('2510.05186')).toEqual({
      id: '2510.05186',
      title: 'Title of 2510.05186',
      authors: ['Author 1 of 2510.05186', 'Author 2 of 2510.05186', 'Author 3 of 2510.05186'],
      published: '2025-10-15',
      primaryCategory: 'cs.CL',
      pdfUrl: 'https://arxiv.org/pdf/2510.05186v2',
    });
  });

  it("reads arXiv's error entry as an error, and an entry without a title as no paper", () => {
    const feed = parseArxivFeed(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
      <entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id><title>Error</title>
        <summary>incorrect id format for 1234.12345</summary><author><name>arXiv api core</name></author></entry>
      <entry><id>http://arxiv.org/abs/2510.00001v1</id><title></title></entry>
    </feed>`);
    expect(feed.entries.size).toBe(0);
    expect(feed.errors).toEqual(['incorrect id format for 1234.12345']);
  });

  it('answers an old-style id with a subject class by its canonical form, as arXiv does', () => {
    const feed = parseArxivFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <id>http://arxiv.org/abs/math/0309136v1</id><published>2003-09-08T00:00:00Z</published>
      <title>Knots</title><author><name>A. Author</name></author></entry></feed>`);
    expect(feed.entries.get(canonicalArxivId('math.GT/0309136'))?.title).toBe('Knots');
  });

  it('keeps a huge collaboration within the cache: 5,000 authors at most', () => {
    const authors = Array.from(
      { length: 5003 },
      (_, i) => `<author><name>Person ${i}</name></author>`,
    );
    const feed = parseArxivFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <id>http://arxiv.org/abs/1207.7214v2</id><published>2012-07-31T00:00:00Z</published>
      <title>Observation of a new particle</title>${authors.join('')}</entry></feed>`);
    expect(feed.entries.get('1207.7214')?.authors).toHaveLength(5000);
  });

  it('refuses what is not an Atom feed', () => {
    expect(() => parseArxivFeed('{"json": true}')).toThrow(/not an Atom feed|not valid XML/);
    expect(() => parseArxivFeed('<html><body>rate limited</body></html>')).toThrow(
      /not an Atom feed/,
    );
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('parse quality', () => {
  const base: ParseQuality = {
    papers: 10,
    missingParts: 0,
    highlights: 3,
    mentions: 4,
    linkedPapers: 10,
  };
  it('fewer papers, more missing parts, fewer highlights or links make a worse parse', () => {
    expect(compareQuality(base, { ...base, papers: 8 })).toBeGreaterThan(0);
    expect(compareQuality(base, { ...base, missingParts: 1 })).toBeGreaterThan(0);
    expect(compareQuality(base, { ...base, highlights: 2 })).toBeGreaterThan(0);
    expect(compareQuality(base, { ...base, linkedPapers: 0 })).toBeGreaterThan(0);
    expect(compareQuality(base, { ...base })).toBe(0);
    // Papers first: one more paper with a missing part is still more of the week.
    expect(compareQuality({ ...base, papers: 11, missingParts: 1 }, base)).toBeGreaterThan(0);
    expect(describeShortfall({ ...base, papers: 8 }, base)).toBe('8 papers instead of 10');
  });
});
