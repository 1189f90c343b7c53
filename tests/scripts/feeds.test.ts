// @vitest-environment node
// NOTE: Node, not jsdom: the feeds are written at build time, in Node. jsdom is only used below as a
// strict XML parser (any well-formedness error is a <parsererror>, as in a browser).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildFeeds,
  DEFAULT_SITE_URL,
  FEED_FORMATS,
  FEED_ISSUES,
  FEED_TEXT,
  feedLinkAttributes,
  resolveSiteUrl,
  writeFeeds,
  type Feeds,
} from '../../scripts/feeds';
import { markdownToPlainParagraphs } from '../../src/components/markdown/plain-text';
import { issueIndexSchema, issueSummary, type Issue, type IssueIndex } from '../../src/data/schema';
import { parseIssue, type LoadedIssue } from '../../src/features/issues/parse-issue';
import { interfaceText } from '../../src/lib/interface-text';
import { hostileIssue } from '../e2e/hostile-data';
import { PROJECT_ROOT } from './ingest/fixtures';

const SITE = 'https://digest.example.org';
const BASE = '/digest/';
const HOME = `${SITE}${BASE}`;
const WEEK = '2025-10-20';

const seedIndexRaw: unknown = JSON.parse(readFileSync('public/data/index.json', 'utf8'));
const seedIssueRaw: unknown = JSON.parse(readFileSync(`public/data/issues/${WEEK}.json`, 'utf8'));
const seedIndex = issueIndexSchema.parse(seedIndexRaw);
const seedIssue = loadIssue(seedIssueRaw);

function loadIssue(raw: unknown): LoadedIssue {
  const result = parseIssue(raw);
  if (!result.ok) throw new Error(result.problem);
  return result.issue;
}

function build(index: IssueIndex, issues: Issue[], siteUrl = SITE, base = BASE): Feeds {
  const feeds = buildFeeds({ index, issues, siteUrl, base });
  if (!feeds) throw new Error('no feeds');
  return feeds;
}

/** `week` as another week: its own id, period and summary in the index. */
function weekLike(issue: Issue, id: string, changes: Partial<Issue> = {}): Issue {
  const end = new Date(Date.parse(`${id}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
  return { ...issue, id, period: { start: id, end }, ...changes };
}

function indexOf(issues: Issue[]): IssueIndex {
  return {
    version: 1,
    issues: issues.map(issueSummary),
  };
}

// jsdom ships no types of its own; only its DOMParser is used, which has the DOM's.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { DOMParser: typeof DOMParser } };
};

/** Strict XML 1.0: a browser's parser, which refuses any well-formedness error. */
function expectWellFormed(xml: string) {
  const document = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
}

const paperUrl = (paperId: string) => `${HOME}issues/${WEEK}/papers/${paperId}`;
const hrefs = (element: HTMLElement) =>
  element.querySelectorAll('a').map((link) => link.getAttribute('href'));

describe('buildFeeds: the seed week in all three formats, as a feed reader parses them', () => {
  const feeds = build(seedIndex, [seedIssue]);
  const issueUrl = `${HOME}issues/${WEEK}`;

  it('Atom: one entry for the week, its title with the period, linking to the issue page', () => {
    expectWellFormed(feeds.atom);
    const atom = parseAtomFeed(feeds.atom);
    expect(atom.id).toBe(HOME);
    expect(atom.links).toEqual(
      expect.arrayContaining([
        { href: HOME, rel: 'alternate' },
        { href: `${HOME}feeds/atom.xml`, rel: 'self' },
      ]),
    );
    // The newest entry's date, never the build's.
    expect(atom.updated).toBe('2025-10-20T00:00:00.000Z');
    expect(atom.entries).toHaveLength(1);
    const entry = atom.entries?.[0];
    expect(entry?.title?.value).toBe(`${seedIssue.title} (2025년 10월 20일 ~ 26일)`);
    expect(entry?.id).toBe(issueUrl);
    expect(entry?.links?.[0]?.href).toBe(issueUrl);
    expect(entry?.updated).toBe('2025-10-20T00:00:00.000Z');
    expect(entry?.published).toBe('2025-10-20T00:00:00.000Z');
  });

  it('the content: each highlight as text, linking the papers it names; every paper linked', () => {
    const entry = parseAtomFeed(feeds.atom).entries?.[0];
    const html = parseHtml(entry?.content?.value ?? '');
    expect(html.querySelector('script')).toBeNull();
    const headings = html.querySelectorAll('h3');
    expect(seedIssue.highlights).toHaveLength(3);
    expect(headings.map((heading) => heading.text)).toEqual(
      seedIssue.highlights.map((highlight) => `${highlight.number}. ${highlight.title}`),
    );
    const sectionLinks = seedIssue.highlights.map((highlight, position) => {
      // The paragraphs between this highlight's heading and the next heading.
      const section: HTMLElement[] = [];
      for (
        let node = headings[position]?.nextElementSibling;
        node?.tagName === 'P';
        node = node.nextElementSibling
      ) {
        section.push(node);
      }
      // The body as the app's plain text (no Markdown or TeX left), then the papers it names.
      expect(section.slice(0, -1).map((paragraph) => paragraph.text)).toEqual(
        markdownToPlainParagraphs(highlight.body),
      );
      // The name the highlight gives a paper is the link's text, as on the issue page.
      const mention = highlight.mentions[0];
      const named = section[0]?.querySelectorAll('a').find((link) => link.text === mention?.text);
      expect(named?.getAttribute('href')).toBe(paperUrl(mention?.paperId ?? ''));
      expect(
        section
          .at(-1)
          ?.querySelectorAll('a')
          .map((link) => link.getAttribute('href')),
      ).toEqual(highlight.paperIds.map(paperUrl));
      return section.flatMap(hrefs);
    });
    expect(sectionLinks[2]).toEqual(
      expect.arrayContaining([paperUrl('optpipe'), paperUrl('fast-dllm')]),
    );
    const items = html.querySelectorAll('li');
    expect(items).toHaveLength(seedIssue.papers.length);
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href'))).toEqual(
      seedIssue.papers.map((paper) => paperUrl(paper.id)),
    );
    expect(items[0]?.querySelector('a')?.text).toBe(seedIssue.papers[0]?.titleKo);
    expect(items[0]?.text).toContain(seedIssue.papers[0]?.titleEn);
    expect(html.querySelector('h2')?.text).toBe(FEED_TEXT.highlights);
  });

  it('RSS: the same entry, with the full content in content:encoded', () => {
    expectWellFormed(feeds.rss);
    const rss = parseRssFeed(feeds.rss);
    expect(rss.link).toBe(HOME);
    expect(rss.language).toBe('ko');
    expect(rss.atom?.links?.[0]?.href).toBe(`${HOME}feeds/rss.xml`);
    expect(rss.items).toHaveLength(1);
    const item = rss.items?.[0];
    expect(item?.title).toBe(`${seedIssue.title} (2025년 10월 20일 ~ 26일)`);
    expect(item?.link).toBe(issueUrl);
    expect(item?.guid?.value).toBe(issueUrl);
    expect(item?.pubDate).toBe('Mon, 20 Oct 2025 00:00:00 GMT');
    expect(item?.content?.encoded).toBe(parseAtomFeed(feeds.atom).entries?.[0]?.content?.value);
  });

  it('JSON Feed 1.1: the same entry, the title as plain text', () => {
    const json = parseJsonFeed(feeds.json);
    expect((JSON.parse(feeds.json) as { version: string }).version).toBe(
      'https://jsonfeed.org/version/1.1',
    );
    expect(json.home_page_url).toBe(HOME);
    expect(json.feed_url).toBe(`${HOME}feeds/feed.json`);
    expect(json.language).toBe('ko');
    expect(json.authors?.[0]?.name).toBeTruthy();
    expect(json.items).toHaveLength(1);
    const item = json.items?.[0];
    expect(item?.id).toBe(issueUrl);
    expect(item?.url).toBe(issueUrl);
    expect(item?.title).toBe(`${seedIssue.title} (2025년 10월 20일 ~ 26일)`);
    expect(item?.date_published).toBe('2025-10-20T00:00:00.000Z');
    expect(item?.content_html).toBe(parseAtomFeed(feeds.atom).entries?.[0]?.content?.value);
  });

  it('every link is absolute, under SITE_URL and the base', () => {
    for (const text of [feeds.atom, feeds.rss, feeds.json]) {
      const links = [...text.matchAll(/href=\\?"([^"\\]*)/g)].map((match) => match[1]);
      expect(links.length).toBeGreaterThan(seedIssue.papers.length);
      for (const link of links) expect(link).toMatch(/^https:\/\/digest\.example\.org\/digest\//);
    }
  });

  it('at the root of the default site when built without a base path', () => {
    const plain = build(seedIndex, [seedIssue], resolveSiteUrl(undefined), '/');
    expect(parseJsonFeed(plain.json).items?.[0]?.url).toBe(`${DEFAULT_SITE_URL}/issues/${WEEK}`);
    expect(plain.atom).toContain(`href="${DEFAULT_SITE_URL}/issues/${WEEK}/papers/chunkllm"`);
  });
});

describe('buildFeeds: which weeks, in what order, dated how', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(`holds the newest ${FEED_ISSUES} weeks, newest first, and is the same whenever it is built`, () => {
    const weeks = Array.from({ length: FEED_ISSUES + 5 }, (_, position) => {
      const start = new Date(Date.UTC(2025, 9, 20) - position * 7 * 86_400_000);
      return weekLike(seedIssue, start.toISOString().slice(0, 10));
    });
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const first = build(indexOf(weeks), weeks);
    vi.setSystemTime(new Date('2031-06-15T12:00:00Z'));
    const second = build(indexOf(weeks), weeks);
    expect(second).toEqual(first);

    const atom = parseAtomFeed(first.atom);
    expect(atom.entries).toHaveLength(FEED_ISSUES);
    expect(atom.entries?.map((entry) => entry.id)).toEqual(
      weeks.slice(0, FEED_ISSUES).map((week) => `${HOME}issues/${week.id}`),
    );
    expect(atom.updated).toBe('2025-10-20T00:00:00.000Z');
    expect(parseRssFeed(first.rss).lastBuildDate).toBe('Mon, 20 Oct 2025 00:00:00 GMT');
    expect(parseJsonFeed(first.json).items).toHaveLength(FEED_ISSUES);
    expect(first.rss).not.toMatch(/2030|2031/);
  });

  it('dates each week by its first day and leaves out a week whose issue file is unusable', () => {
    const newer = weekLike(seedIssue, '2025-10-27');
    const older = weekLike(seedIssue, '2025-10-13');
    const feeds = build(indexOf([newer, seedIssue, older]), [older, newer]);
    expect(feeds.missing).toEqual([WEEK]);
    expect(feeds.entries).toBe(2);
    const items = parseJsonFeed(feeds.json).items ?? [];
    expect(items.map((item) => [item.id, item.date_published])).toEqual([
      [`${HOME}issues/2025-10-27`, '2025-10-27T00:00:00.000Z'],
      [`${HOME}issues/2025-10-13`, '2025-10-13T00:00:00.000Z'],
    ]);
    expect(parseAtomFeed(feeds.atom).updated).toBe('2025-10-27T00:00:00.000Z');
  });

  it("dates a week the sync fetched by the forum post's time", () => {
    const posted = { ...weekLike(seedIssue, '2025-10-27'), postedAt: '2025-11-03T01:32:10.000Z' };
    const feeds = build(indexOf([posted, seedIssue]), [posted, seedIssue]);
    const items = parseJsonFeed(feeds.json).items ?? [];
    expect(items.map((item) => item.date_published)).toEqual([
      '2025-11-03T01:32:10.000Z',
      '2025-10-20T00:00:00.000Z',
    ]);
    expect(parseAtomFeed(feeds.atom).updated).toBe('2025-11-03T01:32:10.000Z');
  });

  it('gives a week the index names twice one entry', () => {
    const index = indexOf([seedIssue, seedIssue]);
    expect(parseAtomFeed(build(index, [seedIssue]).atom).entries).toHaveLength(1);
  });

  it('builds nothing when no week is usable', () => {
    expect(buildFeeds({ index: seedIndex, issues: [], siteUrl: SITE, base: BASE })).toBeNull();
  });
});

describe('buildFeeds: hostile text stays text', () => {
  // Characters XML 1.0 cannot carry at all, even escaped.
  const UNWRITABLE = '\u0000\u0007\uffff';
  const nasty = `Q&A "quoted" 'single' <script>alert(1)</script> ]]> ]]> &amp; end${UNWRITABLE}`;
  const paper = seedIssue.papers[0];
  const hostile = weekLike(seedIssue, WEEK, {
    title: nasty,
    highlights: [
      {
        number: 1,
        title: nasty,
        body: `Before ${nasty} after, see <b>bold</b>.`,
        paperIds: [paper?.id ?? ''],
        mentions: [{ text: '<script>alert(1)</script>', paperId: paper?.id ?? '' }],
      },
    ],
    papers: seedIssue.papers.map((each, position) =>
      position === 0 ? { ...each, titleKo: nasty, titleEn: `${nasty} EN` } : each,
    ),
  });
  const feeds = build(indexOf([hostile]), [hostile]);

  it('every feed still parses, strictly, and carries no element the data asked for', () => {
    expectWellFormed(feeds.atom);
    expectWellFormed(feeds.rss);
    const atomEntry = parseAtomFeed(feeds.atom).entries?.[0];
    const rssItem = parseRssFeed(feeds.rss).items?.[0];
    const jsonItem = parseJsonFeed(feeds.json).items?.[0];
    for (const content of [
      atomEntry?.content?.value,
      rssItem?.content?.encoded,
      jsonItem?.content_html,
    ]) {
      const html = parseHtml(content ?? '');
      expect(html.querySelectorAll('script, b')).toHaveLength(0);
      // The text reads as written, minus the characters XML cannot carry.
      const clean = nasty.replace(UNWRITABLE, '');
      expect(html.querySelector('h3')?.text).toBe(`1. ${clean}`);
      // The body is Markdown: its `&amp;` is a character reference, read as `&` (as the app shows it).
      expect(html.querySelector('p')?.text).toBe(
        `Before ${clean.replace('&amp;', '&')} after, see <b>bold</b>.`,
      );
      // The mention is linked by its (escaped) text.
      const mention = html.querySelectorAll('a').find((link) => link.text.includes('<script>'));
      expect(mention?.getAttribute('href')).toBe(paperUrl(paper?.id ?? ''));
      expect(html.querySelector('li a')?.text).toBe(clean);
    }
    // Titles: HTML in Atom and RSS (escaped), plain text in JSON Feed.
    expect(atomEntry?.title?.value).toContain('&#60;script&#62;');
    expect(rssItem?.title).toContain('&#60;script&#62;');
    expect(jsonItem?.title).toContain('<script>alert(1)</script> ]]>');
    for (const feed of [feeds.atom, feeds.rss]) expect(feed).not.toContain(UNWRITABLE);
  });

  it("parses the app's hostile test issue too", () => {
    const issue = loadIssue(hostileIssue());
    expect(issue.invalidPapers).toHaveLength(1);
    const feeds = build(indexOf([issue]), [issue]);
    expectWellFormed(feeds.atom);
    expectWellFormed(feeds.rss);
    const content = parseAtomFeed(feeds.atom).entries?.[0]?.content?.value ?? '';
    const tags = new Set(
      parseHtml(content)
        .querySelectorAll('*')
        .map((node) => node.tagName),
    );
    expect([...tags].sort()).toEqual(['A', 'BR', 'H2', 'H3', 'LI', 'P', 'UL']);
    for (const link of parseHtml(content).querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(
        /^https:\/\/digest\.example\.org\/digest\/issues\//,
      );
    }
  });
});

describe('resolveSiteUrl: the SITE_URL setting', () => {
  it('defaults to the preview address and keeps only the origin', () => {
    expect(resolveSiteUrl(undefined)).toBe('http://127.0.0.1:4173');
    expect(resolveSiteUrl('  ')).toBe('http://127.0.0.1:4173');
    expect(resolveSiteUrl('https://digest.example.org/')).toBe('https://digest.example.org');
    expect(resolveSiteUrl('http://localhost:8080')).toBe('http://localhost:8080');
  });

  it.each([
    ['ftp://example.org', /SITE_URL="ftp:\/\/example\.org" is not http\(s\)/],
    ['example.org', /is not a URL/],
    ['javascript:alert(1)', /is not http\(s\)/],
    ['https://example.org/digest/', /has a path.*BASE_PATH/],
    ['https://example.org/?a=1', /has a path, query or fragment/],
    ['https://user:secret@example.org', /has a user name or password/],
  ])('refuses %s, saying what it expects', (value, message) => {
    expect(() => resolveSiteUrl(value)).toThrow(message);
    expect(() => resolveSiteUrl(value)).toThrow(/expected the site's origin, like https:\/\//);
  });
});

describe('feedLinkAttributes and labels', () => {
  it('links the three feeds under the base', () => {
    expect(feedLinkAttributes('/digest/')).toEqual([
      expect.objectContaining({
        rel: 'alternate',
        type: 'application/atom+xml',
        href: '/digest/feeds/atom.xml',
      }),
      expect.objectContaining({
        rel: 'alternate',
        type: 'application/rss+xml',
        href: '/digest/feeds/rss.xml',
      }),
      expect.objectContaining({
        rel: 'alternate',
        type: 'application/feed+json',
        href: '/digest/feeds/feed.json',
      }),
    ]);
  });

  it("uses the issue page's own labels", () => {
    const text = interfaceText('ko');
    expect(FEED_TEXT.siteName).toBe(text.siteName);
    expect(FEED_TEXT.highlights).toBe(text.highlights);
    expect(FEED_TEXT.papers(10)).toBe(text.papers(10));
  });
});

describe('writeFeeds: the build step', () => {
  let outDir: string;
  let log: string[];
  beforeEach(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'feeds-'));
    cpSync(path.join(PROJECT_ROOT, 'public/data'), path.join(outDir, 'data'), { recursive: true });
    log = [];
  });
  afterEach(() => rmSync(outDir, { recursive: true, force: true }));
  const write = (siteUrl?: string) =>
    writeFeeds({ root: PROJECT_ROOT, outDir, base: BASE, siteUrl, log: (line) => log.push(line) });

  it('writes the three files from the built data, saying when SITE_URL is unset', async () => {
    await write();
    for (const format of FEED_FORMATS)
      expect(existsSync(path.join(outDir, format.file))).toBe(true);
    expect(log.filter((line) => line.includes('SITE_URL is not set'))).toHaveLength(1);
    const json = parseJsonFeed(readFileSync(path.join(outDir, 'feeds/feed.json'), 'utf8'));
    expect(json.items?.[0]?.url).toBe(`${DEFAULT_SITE_URL}${BASE}issues/${WEEK}`);
  });

  it('skips the feeds, without failing, when index.json is unusable', async () => {
    writeFileSync(path.join(outDir, 'data/index.json'), '{"version": 1, "issues": [{"id": 5}]}');
    await write(SITE);
    expect(existsSync(path.join(outDir, 'feeds'))).toBe(false);
    expect(log.join('\n')).toMatch(/feeds: skipped, index\.json is not usable \(.*issues/);
    expect(log.join('\n')).not.toMatch(/SITE_URL/);
  });

  it('skips a week whose issue file is broken, and says so', async () => {
    writeFileSync(path.join(outDir, `data/issues/${WEEK}.json`), '{ not json');
    await write(SITE);
    expect(log.join('\n')).toMatch(new RegExp(`feeds: left out issue ${WEEK}: `));
    expect(log.join('\n')).toMatch(/feeds: skipped, no usable week/);
    expect(existsSync(path.join(outDir, 'feeds'))).toBe(false);
  });

  it('fails on a bad SITE_URL: a setting, not data', async () => {
    await expect(write('ftp://example.org')).rejects.toThrow(/SITE_URL="ftp:\/\/example\.org"/);
  });
});
