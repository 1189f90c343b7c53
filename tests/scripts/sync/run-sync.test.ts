// @vitest-environment node
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueIndexSchema, issueSchema, type Issue } from '../../../src/data/schema';
import { runSync, type SyncTuning } from '../../../scripts/sync/run-sync';
import { PROJECT_ROOT } from '../ingest/fixtures';
import { startFakeServer, type FakeServer } from './fake-server';
import {
  arxivFeed,
  DIGEST_TITLE,
  fakeAuthors,
  listingPage,
  SEED_ARXIV_IDS,
  seedCooked,
  topicJson,
  type TopicSpec,
} from './forum-fixtures';

const SEED_WEEK: TopicSpec = {
  id: 8064,
  title: `[2025/10/20 ~ 26] ${DIGEST_TITLE}`,
  slug: '2025-10-20-26-ai-ml',
  likeCount: 4,
};
const MONTH_CROSSING: TopicSpec = {
  id: 8101,
  title: `[2025/10/27 ~ 11/02] ${DIGEST_TITLE}`,
  slug: '2025-10-27-11-02-ai-ml',
  likeCount: 1,
};
const YEAR_CROSSING: TopicSpec = {
  id: 8420,
  title: `[2025/12/29 ~ 2026/01/04] ${DIGEST_TITLE}`,
  likeCount: 0,
};
const ABOUT: TopicSpec = { id: 14, title: '읽을거리&정보공유 카테고리에 대하여', pinned: true };
const NEWS: TopicSpec = { id: 8070, title: 'PyTorch 2.9 출시 소식' };
const OTHER_DIGEST: TopicSpec = { id: 8071, title: '[2025/10/20 ~ 26] 이번 주의 주요 AI 뉴스' };

/** Fast knobs: the fake server answers at once, so the polite intervals would only slow the tests. */
const FAST: SyncTuning = {
  forum: { minIntervalMs: 0, backoffMs: 20, timeoutMs: 2_000 },
  arxiv: { minIntervalMs: 0, backoffMs: 20, timeoutMs: 2_000 },
};

let server: FakeServer;
let dir: string;
let unknownArxiv: Set<string>;

function paths() {
  return {
    digests: path.join(dir, 'content/digests'),
    cache: path.join(dir, 'content/arxiv.json'),
    out: path.join(dir, 'public/data'),
  };
}

async function sync(extra: string[] = [], tuning: SyncTuning = FAST) {
  const out: string[] = [];
  const err: string[] = [];
  const { digests, cache, out: outDir } = paths();
  const code = await runSync(
    [
      '--forum',
      server.url,
      '--arxiv',
      `${server.url}/api/query`,
      '--digests',
      digests,
      '--arxiv-cache',
      cache,
      '--out',
      outDir,
      ...extra,
    ],
    { out: (line) => out.push(line), err: (line) => err.push(line) },
    tuning,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function serveListing(pages: TopicSpec[][]) {
  pages.forEach((topics, page) => {
    server.route(page === 0 ? '/c/news/14.json' : `/c/news/14.json?page=${page}`, {
      body: listingPage(topics, page + 1 < pages.length ? page + 1 : undefined),
    });
  });
  server.route(`/c/news/14.json?page=${pages.length}`, { body: listingPage([]) });
}

function serveTopics(...specs: TopicSpec[]) {
  for (const spec of specs) server.route(`/t/${spec.id}.json`, { body: topicJson(spec) });
}

function readIssue(id: string): Issue {
  return issueSchema.parse(
    JSON.parse(readFileSync(path.join(paths().out, 'issues', `${id}.json`), 'utf8')),
  );
}

function snapshotFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder)) {
      const full = path.join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else
        files.set(
          path.relative(dir, full),
          `${statSync(full).mtimeMs} ${readFileSync(full, 'utf8')}`,
        );
    }
  };
  walk(dir);
  return files;
}

const topicRequests = () => server.requestsTo('/t/').map((request) => request.path);

beforeEach(async () => {
  server = await startFakeServer();
  dir = mkdtempSync(path.join(tmpdir(), 'sync-test-'));
  unknownArxiv = new Set([SEED_ARXIV_IDS[9] as string]);
  server.route('/api/query', (url) => {
    const ids = (url.searchParams.get('id_list') ?? '').split(',');
    return {
      body: arxivFeed(ids, (id) => !unknownArxiv.has(id)),
      headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
    };
  });
});

afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run sync against a Discourse-shaped forum', () => {
  it('brings in a week it has never seen, whole, following the listing page by page', async () => {
    serveListing([
      [ABOUT, NEWS, SEED_WEEK],
      [OTHER_DIGEST, MONTH_CROSSING],
    ]);
    serveTopics(SEED_WEEK, MONTH_CROSSING);

    const { code, out, err } = await sync();
    expect(err).not.toMatch(/✗|failed:/);
    expect(code).toBe(0);

    // Every listing page until an empty one; only the digests' topics; one arXiv request.
    expect(server.requestsTo('/c/').map((request) => request.path)).toEqual([
      '/c/news/14.json',
      '/c/news/14.json?page=1',
      '/c/news/14.json?page=2',
    ]);
    expect(topicRequests().sort()).toEqual(['/t/8064.json', '/t/8101.json']);
    expect(server.requestsTo('/api/query')).toHaveLength(1);
    expect(
      server.requests.every((request) => /ai-paper-digest-reader\/\S+ \(/.test(request.userAgent)),
    ).toBe(true);

    const issue = readIssue('2025-10-20');
    expect(issue.papers).toHaveLength(10);
    for (const paper of issue.papers) {
      expect(paper.titleKo).not.toBe('');
      expect(paper.titleEn).not.toBe('');
      expect(paper.summary).not.toBe('');
      expect(paper.abstractKo).not.toBe('');
      expect(paper.abstractEn).not.toBe('');
      expect(paper.paperUrl).toMatch(/^https:\/\/arxiv\.org\/abs\//);
      expect(paper.missing).toEqual([]);
    }
    expect(issue.highlights.map((highlight) => highlight.paperIds)).toEqual([
      ['llms-can-get-brain-rot'],
      ['beyond-seeing'],
      ['optpipe', 'fast-dllm'],
    ]);
    expect(issue.source).toBe(`${server.url}/t/2025-10-20-26-ai-ml/8064`);
    expect(issue.likes).toBe(4);
    const brainRot = issue.papers[0];
    expect(brainRot?.arxiv).toEqual({
      id: '2510.13928',
      authors: fakeAuthors('2510.13928'),
      published: '2025-10-15',
      primaryCategory: 'cs.CL',
      pdfUrl: 'https://arxiv.org/pdf/2510.13928v2',
    });
    // A paper arXiv does not know simply has no metadata.
    expect(
      issue.papers.find((paper) => paper.paperUrl?.endsWith(SEED_ARXIV_IDS[9] as string))?.arxiv,
    ).toBeUndefined();

    const next = readIssue('2025-10-27');
    expect(next.period).toEqual({ start: '2025-10-27', end: '2025-11-02' });
    const index = issueIndexSchema.parse(
      JSON.parse(readFileSync(path.join(paths().out, 'index.json'), 'utf8')),
    );
    expect(index.issues.map((week) => week.id)).toEqual(['2025-10-27', '2025-10-20']);

    // The topic JSON is kept as fetched, so the ingest rebuilds the week offline.
    const saved = JSON.parse(
      readFileSync(path.join(paths().digests, '2025-10-20.topic.json'), 'utf8'),
    );
    expect(saved.topic).toEqual(JSON.parse(topicJson(SEED_WEEK)));
    expect(saved.forum).toBe(server.url);
    expect(out).toMatch(
      /3 listing pages, 5 topics, 2 weekly digests; 2 new; 0 like counts updated; 0 failed/,
    );
  });

  it('recognises the year-crossing title and skips every other topic without fetching it', async () => {
    serveListing([[ABOUT, NEWS, OTHER_DIGEST, YEAR_CROSSING]]);
    serveTopics(YEAR_CROSSING);
    const { code } = await sync();
    expect(code).toBe(0);
    expect(topicRequests()).toEqual(['/t/8420.json']);
    expect(readIssue('2025-12-29').period).toEqual({ start: '2025-12-29', end: '2026-01-04' });
  });

  it('a second run with nothing new reads only the listing and changes no file', async () => {
    serveListing([[NEWS, SEED_WEEK], [MONTH_CROSSING]]);
    serveTopics(SEED_WEEK, MONTH_CROSSING);
    expect((await sync()).code).toBe(0);
    const before = snapshotFiles();
    const requestsBefore = server.requests.length;

    const second = await sync();
    expect(second.code).toBe(0);
    const requests = server.requests.slice(requestsBefore).map((request) => request.path);
    expect(requests).toEqual([
      '/c/news/14.json',
      '/c/news/14.json?page=1',
      '/c/news/14.json?page=2',
    ]);
    expect(snapshotFiles()).toEqual(before);
    expect(second.out).toMatch(/0 new; 0 like counts updated; 0 failed; arXiv: 0 found/);
  });

  it('a changed like count in the listing updates only that number, without fetching the topic', async () => {
    serveListing([[SEED_WEEK]]);
    serveTopics(SEED_WEEK);
    expect((await sync()).code).toBe(0);
    const savedBefore = JSON.parse(
      readFileSync(path.join(paths().digests, '2025-10-20.topic.json'), 'utf8'),
    );

    serveListing([[{ ...SEED_WEEK, likeCount: 9 }]]);
    const fetchedBefore = topicRequests().length;
    const { code, out } = await sync();
    expect(code).toBe(0);
    expect(topicRequests()).toHaveLength(fetchedBefore);
    expect(out).toContain('likes 2025-10-20: 4 → 9');
    expect(readIssue('2025-10-20').likes).toBe(9);
    const savedAfter = JSON.parse(
      readFileSync(path.join(paths().digests, '2025-10-20.topic.json'), 'utf8'),
    );
    expect(savedAfter).toEqual({ ...savedBefore, likeCount: 9 });
  });

  it('keeps going past topics that fail, reports each by title and id, writes nothing for them and exits non-zero', async () => {
    const broken: TopicSpec = { id: 9001, title: `[2025/11/03 ~ 09] ${DIGEST_TITLE}` };
    const malformed: TopicSpec = { id: 9002, title: `[2025/11/10 ~ 16] ${DIGEST_TITLE}` };
    const unreadable: TopicSpec = { id: 9003, title: `[2025/11/17 ~ 23] ${DIGEST_TITLE}` };
    serveListing([[broken, malformed, unreadable, SEED_WEEK]]);
    serveTopics(SEED_WEEK);
    server.route('/t/9001.json', { status: 500, body: 'Internal Server Error' });
    server.route('/t/9002.json', { body: '{"post_stream": {"posts": [' });
    server.route('/t/9003.json', {
      body: topicJson({ ...unreadable, cooked: '<p>이번 주는 쉬어갑니다.</p>' }),
    });

    const { code, err } = await sync();
    expect(code).toBe(1);
    expect(err).toContain(
      `✗ 2025-11-03 "${broken.title}" (topic 9001): HTTP 500 (after 4 attempts); nothing written`,
    );
    expect(err).toMatch(/✗ 2025-11-10 .*\(topic 9002\): not valid JSON/);
    expect(err).toMatch(
      /✗ 2025-11-17 .*\(topic 9003\): the ingest cannot read the post: .*no papers/,
    );
    expect(server.requestsTo('/t/9001.json')).toHaveLength(4);
    expect(readdirSync(paths().digests).sort()).toEqual(['2025-10-20.topic.json']);
    expect(readIssue('2025-10-20').papers).toHaveLength(10);
  });

  it('retries a 5xx and a timeout with backoff, and waits out a 429 as its Retry-After asks', async () => {
    serveListing([[SEED_WEEK, MONTH_CROSSING]]);
    server.route('/t/8064.json', [
      { status: 503 },
      { status: 200, body: topicJson(SEED_WEEK), delayMs: 3_000 },
      { status: 200, body: topicJson(SEED_WEEK) },
    ]);
    server.route('/t/8101.json', [
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 200, body: topicJson(MONTH_CROSSING) },
    ]);
    const tuning: SyncTuning = { ...FAST, forum: { ...FAST.forum, timeoutMs: 1_000 } };

    const { code, err } = await sync([], tuning);
    expect(code).toBe(0);
    expect(err).toMatch(/retry: HTTP 503 from .*\/t\/8064\.json/);
    expect(err).toMatch(/retry: no answer within 1 s from .*\/t\/8064\.json/);
    expect(err).toMatch(/retry: HTTP 429 from .*\/t\/8101\.json; trying again in 1\.0 s/);
    const [limited, after] = server.requestsTo('/t/8101.json');
    expect((after?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(990);
    expect(readIssue('2025-10-20').papers).toHaveLength(10);
    expect(readIssue('2025-10-27').papers).toHaveLength(10);
  });

  it('spaces its requests to one server by the polite interval', async () => {
    serveListing([[SEED_WEEK], [MONTH_CROSSING]]);
    serveTopics(SEED_WEEK, MONTH_CROSSING);
    const { code } = await sync([], { ...FAST, forum: { ...FAST.forum, minIntervalMs: 150 } });
    expect(code).toBe(0);
    const forum = server.requests.filter((request) => !request.path.startsWith('/api/'));
    expect(forum.length).toBe(5);
    // Arrival times at the server: a request goes out only once the previous one has been answered and
    // the interval has passed since, so the server sees them at least an interval apart, however slow
    // a request was to leave this machine (the clock's millisecond rounding aside).
    for (let i = 1; i < forum.length; i++)
      expect((forum[i]?.at ?? 0) - (forum[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(150 - 2);
  });

  it('never replaces a good week with a worse parse: a fuller hand copy keeps its text and gains the forum URL and likes', async () => {
    const { digests } = paths();
    mkdirSync(digests, { recursive: true });
    cpSync(
      path.join(PROJECT_ROOT, 'content/digests/2025-10-20.txt'),
      path.join(digests, '2025-10-20.txt'),
    );
    cpSync(
      path.join(PROJECT_ROOT, 'content/digests/2025-10-20.links.json'),
      path.join(digests, '2025-10-20.links.json'),
    );
    serveListing([[SEED_WEEK]]);
    server.route('/t/8064.json', {
      body: topicJson({ ...SEED_WEEK, cooked: seedCooked({ dropPapers: 2 }) }),
    });

    const { code, out } = await sync();
    expect(code).toBe(0);
    expect(out).toMatch(/text from 2025-10-20\.txt: the forum's post gives 8 papers instead of 10/);
    const issue = readIssue('2025-10-20');
    expect(issue.papers).toHaveLength(10);
    expect(issue.source).toBe(`${server.url}/t/2025-10-20-26-ai-ml/8064`);
    expect(issue.likes).toBe(4);
    // The hand copy stays: the archive lost nothing.
    expect(readdirSync(digests).sort()).toEqual([
      '2025-10-20.links.json',
      '2025-10-20.topic.json',
      '2025-10-20.txt',
    ]);
  });

  it('--dry-run lists what it would fetch and writes nothing', async () => {
    serveListing([[SEED_WEEK, NEWS]]);
    serveTopics(SEED_WEEK);
    const { code, out } = await sync(['--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain(`would fetch 2025-10-20 "${SEED_WEEK.title}" (topic 8064) (new)`);
    expect(topicRequests()).toEqual([]);
    expect(existsSync(dir) ? snapshotFiles().size : 0).toBe(0);
  });

  it('--since keeps older weeks out, and stops listing after a page last active before it', async () => {
    const old = '2025-09-01T00:00:00.000Z';
    serveListing([
      [MONTH_CROSSING, SEED_WEEK],
      [
        { ...NEWS, bumpedAt: old },
        { ...OTHER_DIGEST, bumpedAt: old },
      ],
      [{ id: 7000, title: `[2025/08/04 ~ 10] ${DIGEST_TITLE}`, bumpedAt: old }],
    ]);
    serveTopics(SEED_WEEK, MONTH_CROSSING);
    const { code } = await sync(['--since', '2025-10-27']);
    expect(code).toBe(0);
    expect(topicRequests()).toEqual(['/t/8101.json']);
    expect(server.requestsTo('/c/').map((request) => request.path)).toEqual([
      '/c/news/14.json',
      '/c/news/14.json?page=1',
    ]);
  });

  it('a --dry-run that sees a changed like count writes nothing either', async () => {
    serveListing([[SEED_WEEK]]);
    serveTopics(SEED_WEEK);
    expect((await sync()).code).toBe(0);
    const before = snapshotFiles();
    serveListing([[{ ...SEED_WEEK, likeCount: 12 }]]);
    const { code, out } = await sync(['--dry-run']);
    expect(code).toBe(0);
    expect(out).toContain('likes 2025-10-20: 4 → 12');
    expect(snapshotFiles()).toEqual(before);
  });

  it('stops a listing that repeats itself (a server that ignores ?page=)', async () => {
    server.route('/c/news/14.json', { body: listingPage([SEED_WEEK], 1) });
    for (let page = 1; page < 5; page++)
      server.route(`/c/news/14.json?page=${page}`, { body: listingPage([SEED_WEEK], page + 1) });
    serveTopics(SEED_WEEK);
    const { code, err } = await sync();
    expect(code).toBe(0);
    expect(err).toContain('listing page 1 repeats topics already listed');
    expect(server.requestsTo('/c/')).toHaveLength(2);
  });

  it('a topic retitled to another week is reported, not mirrored as a second week', async () => {
    serveListing([[SEED_WEEK]]);
    serveTopics(SEED_WEEK);
    expect((await sync()).code).toBe(0);
    const retitled = { ...SEED_WEEK, title: `[2025/10/27 ~ 11/02] ${DIGEST_TITLE}` };
    serveListing([[retitled]]);
    serveTopics(retitled);
    const { code, err } = await sync();
    expect(code).toBe(1);
    expect(err).toMatch(/topic 8064\): the archive has this topic as the week 2025-10-20/);
    expect(readdirSync(paths().digests)).toEqual(['2025-10-20.topic.json']);
  });

  it('of two topics for one week, always takes the same one (the oldest), whatever the listing order', async () => {
    const repost: TopicSpec = { ...SEED_WEEK, id: 9100, slug: 'repost' };
    serveListing([[repost, SEED_WEEK]]);
    serveTopics(SEED_WEEK, repost);
    const { code, err } = await sync();
    expect(code).toBe(0);
    expect(err).toContain(
      'topics 9100 and 8064 both announce the week 2025-10-20; topic 8064 is used',
    );
    expect(topicRequests()).toEqual(['/t/8064.json']);
  });

  it('does not follow a redirect to another site', async () => {
    const elsewhere = await startFakeServer();
    try {
      elsewhere.route('/t/8064.json', { body: topicJson(SEED_WEEK) });
      serveListing([[SEED_WEEK]]);
      server.route('/t/8064.json', {
        status: 302,
        headers: { location: `${elsewhere.url.replace('127.0.0.1', 'localhost')}/t/8064.json` },
      });
      const { code, err } = await sync();
      expect(code).toBe(1);
      expect(err).toMatch(/\(topic 8064\): redirected to another site/);
      expect(existsSync(path.join(paths().digests, '2025-10-20.topic.json'))).toBe(false);
    } finally {
      await elsewhere.close();
    }
  });

  it('gives up on a 429 that asks for longer than it is willing to wait, and says so', async () => {
    serveListing([[SEED_WEEK]]);
    server.route('/t/8064.json', { status: 429, headers: { 'retry-after': '3600' } });
    const { code, err } = await sync();
    expect(code).toBe(1);
    expect(err).toMatch(
      /HTTP 429: the server asks to wait 3600 s, longer than the 300 s this sync waits/,
    );
    expect(server.requestsTo('/t/8064.json')).toHaveLength(1);
  });

  it('an arXiv batch that arXiv refuses leaves its papers to the next sync instead of marking them unknown', async () => {
    serveListing([[SEED_WEEK]]);
    serveTopics(SEED_WEEK);
    server.route('/api/query', {
      status: 200,
      headers: { 'content-type': 'application/atom+xml' },
      body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>
        <id>http://arxiv.org/api/errors#incorrect_id_format_for_2510.1392</id><title>Error</title>
        <summary>incorrect id format for 2510.1392</summary></entry></feed>`,
    });
    const first = await sync();
    expect(first.code).toBe(1);
    expect(first.err).toMatch(/no answer for 10 ids \(incorrect id format for 2510\.1392\)/);
    expect(readIssue('2025-10-20').papers.every((paper) => paper.arxiv === undefined)).toBe(true);

    // arXiv is back: the next sync asks for them again and fills them in.
    server.route('/api/query', (url) => ({
      body: arxivFeed((url.searchParams.get('id_list') ?? '').split(','), () => true),
    }));
    const second = await sync();
    expect(second.code).toBe(0);
    expect(server.requestsTo('/api/query')).toHaveLength(2);
    expect(readIssue('2025-10-20').papers.every((paper) => paper.arxiv !== undefined)).toBe(true);
  });

  it('says what is wrong with its arguments', async () => {
    for (const [args, message] of [
      [['--since', '2025-13-45x'], /--since expects a date as YYYY-MM-DD/],
      [['--since', '2025-02-30'], /--since expects a date as YYYY-MM-DD/],
      [
        ['--forum', 'https://user:secret@discuss.example'],
        /must not carry a user name or password/,
      ],
      [['--forum', 'https://discuss.example/?api_key=1'], /without \?query or #hash/],
      [['--forum', 'javascript:alert(1)'], /--forum expects an http\(s\) URL/],
      [['--bogus'], /unknown argument --bogus/],
    ] as const) {
      const { code, err } = await sync([...args]);
      expect(code).toBe(2);
      expect(err).toMatch(message);
    }
  });
});
