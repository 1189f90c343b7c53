/**
 * Build-time web feeds: Atom 1.0, RSS 2.0 and JSON Feed 1.1 of the weekly issues, written next to the
 * bundle after the prerender (the `prerender` plugin in vite.config.ts), at stable URLs under the base:
 *
 *   feeds/atom.xml    Atom 1.0
 *   feeds/rss.xml     RSS 2.0 (the full text in content:encoded)
 *   feeds/feed.json   JSON Feed 1.1
 *
 * One entry per week, newest first: its highlights (plain text, the papers they name linking to their
 * pages) and the list of its papers, each linking to its page. Every text comes from the data, which is
 * untrusted: it is escaped into the HTML here, never passed through as markup.
 *
 * Feeds need absolute URLs, so the build needs to know where the site lives: SITE_URL (the origin,
 * e.g. https://digest.example.org) joined with Vite's base (BASE_PATH). Nothing in a feed depends on
 * the build's time, so the same data always gives the same files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Feed, type FeedOptions, type Item } from 'feed';
import { runnerImport } from 'vite';
import { isTooComplexForMarkdown } from '../src/components/markdown/markdown-guard.ts';
import { markdownToPlainParagraphs, rawParagraphs } from '../src/components/markdown/plain-text.ts';
import { paths } from '../src/config/paths.ts';
import type * as Schema from '../src/data/schema.ts';
import type { Issue, IssueIndex, Paper } from '../src/data/schema.ts';
import { formatPeriodKo } from '../src/lib/format-date/period.ts';
import type * as IssueParsing from '../src/features/issues/parse-issue.ts';
import type { InterfaceText } from '../src/lib/interface-text.ts';

/**
 * How many of the newest weeks the feeds carry. A reader polls a feed for what is new; 50 weeks (about
 * a year) covers any reader that was away, and keeps each file small (~10 KB a week) however long the
 * archive grows. Older weeks stay in the archive page.
 */
export const FEED_ISSUES = 50;

/** Where `vite preview` serves the build (package.json): what the feeds point at when SITE_URL is unset. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4173';

/** The three feeds: file under the base, media type, and the title a reader's feed picker shows. */
export const FEED_FORMATS = [
  { key: 'atom', file: 'feeds/atom.xml', type: 'application/atom+xml', title: 'Atom' },
  { key: 'rss', file: 'feeds/rss.xml', type: 'application/rss+xml', title: 'RSS' },
  { key: 'json', file: 'feeds/feed.json', type: 'application/feed+json', title: 'JSON Feed' },
] as const;

/**
 * The feeds are in Korean, with the issue page's Korean labels: the `ko` table's entries of
 * src/lib/interface-text.ts, typed by it, and a test keeps the words equal. Copied, not imported: this
 * module is part of vite.config.ts, whose imports must stay loadable by Node itself (see writeFeeds),
 * and interface-text.ts imports without file extensions.
 */
export const FEED_TEXT: Pick<InterfaceText, 'siteName' | 'highlights' | 'papers'> = {
  siteName: 'AI/ML 논문 모음',
  highlights: '이번 주 주목할 흐름',
  papers: (count) => `논문 ${count}편`,
};
const FEED_TITLE = FEED_TEXT.siteName;
// The site's own description (index.html).
const FEED_DESCRIPTION =
  'PyTorch Korea 사용자 모임의 주간 AI/ML 논문 모음을 한국어와 영어로 읽는 곳';
// Atom needs an author for the feed or for every entry: the digest's, as index.html names it.
const FEED_AUTHOR = { name: 'PyTorch Korea 사용자 모임', link: 'https://discuss.pytorch.kr/' };

/** `<link rel="alternate">` attributes for every feed, for the head of every page. */
export function feedLinkAttributes(base: string): Record<string, string>[] {
  return FEED_FORMATS.map((format) => ({
    rel: 'alternate',
    type: format.type,
    title: `${FEED_TITLE} (${format.title})`,
    href: `${base}${format.file}`,
  }));
}

/**
 * SITE_URL checked and normalised to an origin without trailing slash (`https://host`, `http://host:8080`).
 * Unset or empty: DEFAULT_SITE_URL. Anything else throws, saying what is expected: a sub-path belongs in
 * BASE_PATH, so that the app's own links and the feeds' links agree.
 */
export function resolveSiteUrl(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return DEFAULT_SITE_URL;
  const problem = (why: string) =>
    new Error(
      `SITE_URL=${JSON.stringify(value)} ${why}: expected the site's origin, like https://digest.example.org`,
    );
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw problem('is not a URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw problem('is not http(s)');
  if (url.username !== '' || url.password !== '') throw problem('has a user name or password');
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    throw problem(
      'has a path, query or fragment (a sub-path goes in BASE_PATH, e.g. BASE_PATH=/digest/)',
    );
  }
  return url.origin;
}

export interface FeedInput {
  /** index.json, validated. */
  index: IssueIndex;
  /** The weeks' issue files, validated; a week of the index without one here is left out. */
  issues: readonly Issue[];
  /** An origin, as resolveSiteUrl returns it. */
  siteUrl: string;
  /** Vite's `base`, with leading and trailing slash. */
  base: string;
}

export interface Feeds extends Record<(typeof FEED_FORMATS)[number]['key'], string> {
  /** How many weeks the feeds hold. */
  entries: number;
  /** Ids of the index's weeks (within the newest FEED_ISSUES) left out for want of a usable issue file. */
  missing: string[];
}

/**
 * When a week was published: the forum post's time for weeks the sync fetched (`postedAt`); a week
 * copied by hand has none, and is dated by its first day, 00:00 UTC (never a made-up posting time).
 */
export function entryDate(issue: Issue): Date {
  return new Date(issue.postedAt ?? `${issue.period.start}T00:00:00Z`);
}

/** The three feeds as strings, or null when there is no week to put in them. */
export function buildFeeds({ index, issues, siteUrl, base }: FeedInput): Feeds | null {
  const home = new URL(base, `${siteUrl}/`).href;
  // Route paths start with "/"; relative to the base they must not.
  const absolute = (path: string) => new URL(path.replace(/^\//, ''), home).href;
  const byId = new Map(issues.map((issue) => [issue.id, issue]));
  // One entry per week, even if the index names a week twice.
  const seen = new Set<string>();
  const weeks = index.issues
    .filter((week) => !seen.has(week.id) && seen.add(week.id))
    .slice(0, FEED_ISSUES);
  const missing = weeks.filter((week) => !byId.has(week.id)).map((week) => week.id);
  const entries = weeks.flatMap((week) => {
    const issue = byId.get(week.id);
    return issue ? [{ issue, date: entryDate(issue) }] : [];
  });
  if (entries.length === 0) return null;

  // The newest entry's date, not the build's: the same data gives the same feeds.
  const updated = new Date(Math.max(...entries.map(({ date }) => date.getTime())));
  const feedUrls = Object.fromEntries(
    FEED_FORMATS.map((format) => [format.key, absolute(format.file)]),
  );
  const options: FeedOptions = {
    id: home,
    link: home,
    title: FEED_TITLE,
    description: FEED_DESCRIPTION,
    language: 'ko',
    updated,
    author: FEED_AUTHOR,
    feedLinks: feedUrls,
  };
  // Atom and RSS titles are HTML (Atom says so: type="html"); JSON Feed's are plain text. So the XML
  // feeds get escaped titles and the JSON feed the text itself; the content is HTML in all three.
  const xmlFeed = new Feed(options);
  const jsonFeed = new Feed(options);
  for (const { issue, date } of entries) {
    const link = absolute(paths.issue(issue.id));
    const title = `${cleanText(issue.title)} (${formatPeriodKo(issue.period)})`;
    const summary = issue.highlights.map((highlight) => cleanText(highlight.title)).join(' · ');
    const item: Item = {
      id: link,
      link,
      date,
      published: date,
      title,
      content: entryContent(issue, (paperId) => absolute(paths.paper(issue.id, paperId))),
      ...(summary ? { description: summary } : {}),
    };
    xmlFeed.addItem({
      ...item,
      title: escapeHtml(title),
      ...(summary ? { description: escapeHtml(summary) } : {}),
    });
    jsonFeed.addItem(item);
  }
  return {
    atom: xmlFeed.atom1(),
    rss: xmlFeed.rss2(),
    json: toJsonFeed11(jsonFeed.json1()),
    entries: entries.length,
    missing,
  };
}

/**
 * The `feed` library writes JSON Feed 1.0. 1.1 only adds to it (`language`, `authors`) and deprecates
 * `author`, so the 1.0 document becomes a 1.1 one by saying so and moving the author into `authors`.
 */
function toJsonFeed11(json10: string): string {
  const { version: _version, author, ...rest } = JSON.parse(json10) as Record<string, unknown>;
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    ...rest,
    language: 'ko',
    ...(author ? { authors: [author] } : {}),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

/** A week's HTML: its highlights, then its papers. Every text from the data goes through escapeHtml. */
function entryContent(issue: Issue, paperUrl: (paperId: string) => string): string {
  const papers = new Map(issue.papers.map((paper) => [paper.id, paper]));
  const paperLink = (paper: Paper) =>
    `<a href="${escapeHtml(paperUrl(paper.id))}">${escapeHtml(paperTitle(paper))}</a>`;
  const html: string[] = [];
  if (issue.highlights.length > 0) {
    html.push(`<h2>${escapeHtml(FEED_TEXT.highlights)}</h2>`);
    for (const highlight of issue.highlights) {
      html.push(`<h3>${highlight.number}. ${escapeHtml(highlight.title)}</h3>`);
      // As on the issue page: the names the highlight gives its papers become links, for papers the
      // issue has (a paper that failed validation stays plain text).
      const phrases = highlight.mentions
        .filter((mention) => papers.has(mention.paperId))
        .map((mention) => ({ text: mention.text, href: paperUrl(mention.paperId) }));
      for (const paragraph of linkedParagraphs(plainParagraphs(highlight.body), phrases)) {
        html.push(`<p>${paragraph}</p>`);
      }
      // And every paper it names, by its full title.
      const named = [...new Set(highlight.paperIds)].flatMap((id) => {
        const paper = papers.get(id);
        return paper ? [paper] : [];
      });
      if (named.length > 0) html.push(`<p>→ ${named.map(paperLink).join(' · ')}</p>`);
    }
  }
  if (issue.papers.length > 0) {
    html.push(`<h2>${escapeHtml(FEED_TEXT.papers(issue.papers.length))}</h2>`, '<ul>');
    for (const paper of issue.papers) {
      const other = paper.titleKo && paper.titleEn !== paper.titleKo ? paper.titleEn : '';
      html.push(`<li>${paperLink(paper)}${other ? `<br>${escapeHtml(other)}` : ''}</li>`);
    }
    html.push('</ul>');
  }
  return html.join('\n');
}

/** What the app shows of some Markdown as plain text (src/components/markdown/markdown.tsx). */
function plainParagraphs(markdown: string): string[] {
  return isTooComplexForMarkdown(markdown)
    ? rawParagraphs(markdown)
    : markdownToPlainParagraphs(markdown);
}

function paperTitle(paper: Paper): string {
  return paper.titleKo || paper.titleEn || paper.id;
}

/**
 * Plain-text paragraphs as HTML, with the first occurrence of each phrase (longest first, as
 * src/components/markdown/link-phrases.ts does in the app) turned into a link.
 */
function linkedParagraphs(
  paragraphs: readonly string[],
  phrases: readonly { text: string; href: string }[],
): string[] {
  type Piece = { text: string; href?: string };
  const pieces: Piece[][] = paragraphs.map((paragraph) => [{ text: paragraph }]);
  const ordered = phrases
    .filter((phrase) => phrase.text.trim() !== '')
    .sort((a, b) => b.text.length - a.text.length);
  for (const phrase of ordered) {
    search: for (const line of pieces) {
      for (let at = 0; at < line.length; at += 1) {
        const piece = line[at];
        if (!piece || piece.href !== undefined) continue;
        const found = piece.text.indexOf(phrase.text);
        if (found < 0) continue;
        line.splice(
          at,
          1,
          { text: piece.text.slice(0, found) },
          { text: phrase.text, href: phrase.href },
          { text: piece.text.slice(found + phrase.text.length) },
        );
        break search;
      }
    }
  }
  return pieces.map((line) =>
    line
      .map((piece) =>
        piece.href === undefined
          ? escapeHtml(piece.text)
          : `<a href="${escapeHtml(piece.href)}">${escapeHtml(piece.text)}</a>`,
      )
      .join(''),
  );
}

// Characters XML 1.0 does not allow at all (not even escaped): C0 controls but tab and newlines,
// lone surrogates, U+FFFE and U+FFFF. One of them would make a whole feed unreadable.
const NOT_IN_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function cleanText(value: string): string {
  return value.replace(NOT_IN_XML, '');
}

/**
 * Text as HTML text or attribute value. With `>` escaped, no `]]>` can reach the CDATA sections the
 * `feed` library wraps HTML in (it splits only the first one).
 */
export function escapeHtml(value: string): string {
  return cleanText(value).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface WriteFeedsOptions {
  /** The project root (where vite.config.ts is). */
  root: string;
  /** The browser build's output folder, already written (its data/ is what the feeds describe). */
  outDir: string;
  /** Vite's `base`, with leading and trailing slash. */
  base: string;
  /** The SITE_URL setting as given (unset: DEFAULT_SITE_URL). */
  siteUrl: string | undefined;
  log?: (message: string) => void;
}

/**
 * Reads the built data/ the way the prerender does (the app's own validation, the newest weeks first)
 * and writes the three feeds. Unusable data is logged and skips the feeds (or the one week); it never
 * fails the build. A bad SITE_URL does: that is a mistake in the build's settings, not in the data.
 */
export async function writeFeeds({
  root,
  outDir,
  base,
  siteUrl,
  log = console.log,
}: WriteFeedsOptions): Promise<void> {
  const origin = resolveSiteUrl(siteUrl);
  if (siteUrl === undefined || siteUrl.trim() === '') {
    log(`feeds: SITE_URL is not set; the feeds' links use ${DEFAULT_SITE_URL}`);
  }
  // The validators come through Vite's module runner, not a static import: the app's modules import
  // each other without file extensions, which Vite's coming native config loader cannot load (it
  // warns on every build about any such import reachable from vite.config.ts).
  const [{ module: schema }, { module: parsing }] = await Promise.all([
    runnerImport<typeof Schema>(join(root, 'src/data/schema.ts'), { root, logLevel: 'warn' }),
    runnerImport<typeof IssueParsing>(join(root, 'src/features/issues/parse-issue.ts'), {
      root,
      logLevel: 'warn',
    }),
  ]);
  const readJson = (...path: string[]): unknown =>
    JSON.parse(readFileSync(join(outDir, 'data', ...path), 'utf8'));
  let index: IssueIndex;
  try {
    const parsed = schema.issueIndexSchema.safeParse(readJson('index.json'));
    if (!parsed.success) throw new Error(schema.describeSchemaError(parsed.error));
    index = parsed.data;
  } catch (error) {
    log(`feeds: skipped, index.json is not usable (${(error as Error).message})`);
    return;
  }
  const problems: string[] = [];
  const issues: Issue[] = [];
  for (const id of [...new Set(index.issues.map((week) => week.id))].slice(0, FEED_ISSUES)) {
    try {
      const result = parsing.parseIssue(readJson('issues', `${id}.json`));
      if (!result.ok) throw new Error(result.problem);
      if (result.issue.id !== id) throw new Error(`its id is ${result.issue.id}`);
      issues.push(result.issue);
    } catch (error) {
      problems.push(`issue ${id}: ${(error as Error).message}`);
    }
  }
  const feeds = buildFeeds({ index, issues, siteUrl: origin, base });
  for (const problem of problems) log(`feeds: left out ${problem}`);
  if (!feeds) {
    log('feeds: skipped, no usable week');
    return;
  }
  for (const format of FEED_FORMATS) {
    const target = join(outDir, format.file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, feeds[format.key]);
  }
  log(`feeds: ${feeds.entries} week(s) in ${FEED_FORMATS.map((format) => format.file).join(', ')}`);
}
