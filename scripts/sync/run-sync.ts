/**
 * `npm run sync`: mirrors every weekly digest from the forum into content/ and public/data.
 *
 * 1. Lists the digest category page by page and keeps the topics titled as a weekly digest.
 * 2. Fetches the topic JSON of each week not yet in the archive, checks that the ingest reads it, and
 *    saves it as `<week>.topic.json`; a week already there only gets its like count refreshed.
 * 3. Looks up on arXiv the papers no earlier sync has looked up, into content/arxiv.json.
 * 4. Runs the ingest, which rebuilds public/data from content/ (offline, as CI does).
 * A topic that fails is reported and writes nothing; the others go on; the exit code says so.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { arxivIdFromUrl, canonicalArxivId } from '../../src/lib/arxiv-id';
import type { ArxivCache } from '../ingest/arxiv-cache';
import {
  forumBase,
  readSavedTopic,
  TOPIC_FILE_SUFFIX,
  topicPageUrl,
  type SavedTopic,
} from '../ingest/forum-topic';
import { formatProblem } from '../ingest/problems';
import {
  defaultContentPaths,
  DIGEST_FILE,
  ingestTopic,
  listDigestFiles,
  readArxivCacheFile,
  readDigests,
  runIngest,
  writeArxivCacheFile,
  writeAtomically,
  PROJECT_ROOT,
  type IngestIo,
} from '../ingest/run-ingest';
import { toJson } from '../ingest/serialize';
import { arxivQueryUrl, parseArxivFeed } from './arxiv';
import {
  digestWeek,
  listingUrl,
  parseListing,
  parseTopic,
  topicJsonUrl,
  type ListedTopic,
} from './discourse';
import {
  createPoliteClient,
  DEFAULT_CLIENT_OPTIONS,
  type PoliteClient,
  type PoliteClientOptions,
} from './polite-client';

export const DEFAULT_FORUM = 'https://discuss.pytorch.kr';
export const DEFAULT_ARXIV = 'https://export.arxiv.org/api/query';
/** arXiv's published limit: one request every three seconds. */
const ARXIV_INTERVAL_MS = 3_000;
const FORUM_INTERVAL_MS = 1_000;
/** Ids per arXiv request: small enough for a short URL, large enough that 2,600 papers take ~1 min. */
export const ARXIV_BATCH = 50;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A listing longer than this is a loop, not a forum. */
const MAX_LISTING_PAGES = 2_000;

const USAGE = `usage: npm run sync -- [--forum URL] [--arxiv URL] [--since YYYY-MM-DD] [--dry-run]
  Mirrors every weekly digest of the forum's category ${'/c/news/14'} into content/digests
  (<week>.topic.json), arXiv's metadata of their papers into content/arxiv.json, then runs the
  ingest into public/data.
  --forum URL        the Discourse forum (default ${DEFAULT_FORUM})
  --arxiv URL        arXiv's query API (default ${DEFAULT_ARXIV})
  --since DATE       only weeks starting on or after DATE
  --dry-run          list what would be fetched and write nothing
  --digests DIR      where the weeks are kept (default content/digests)
  --arxiv-cache FILE where arXiv's metadata is kept (default content/arxiv.json)
  --out DIR          where the ingest writes (default public/data)`;

export interface SyncOptions {
  forum: string;
  arxiv: string;
  since: string | null;
  dryRun: boolean;
  digestsDir: string;
  arxivCache: string;
  outDir: string;
}

/** Knobs the tests turn (a fake server answers at once, so nobody needs to wait a second per request). */
export interface SyncTuning {
  forum: Partial<PoliteClientOptions>;
  arxiv: Partial<PoliteClientOptions>;
}

function parseArgs(argv: readonly string[]): SyncOptions | string {
  const content = defaultContentPaths(PROJECT_ROOT);
  const options: SyncOptions = {
    forum: DEFAULT_FORUM,
    arxiv: DEFAULT_ARXIV,
    since: null,
    dryRun: false,
    ...content,
    outDir: path.resolve(PROJECT_ROOT, 'public/data'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--dry-run') {
      options.dryRun = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return '';
    const value = argv[i + 1];
    const needsValue = ['--forum', '--arxiv', '--since', '--digests', '--arxiv-cache', '--out'];
    if (!needsValue.includes(arg)) return `unknown argument ${arg}`;
    if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
    i += 1;
    if (arg === '--forum' || arg === '--arxiv') {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return `${arg} expects an http(s) URL, not '${value}'`;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return `${arg} expects an http(s) URL, not '${value}'`;
      // The forum's URL ends up in every saved week and in the app's links: no password, no query.
      if (url.username || url.password) return `${arg} must not carry a user name or password`;
      if (arg === '--forum') {
        if (url.search || url.hash)
          return `--forum expects the forum's address without ?query or #hash`;
        options.forum = forumBase(`${url.origin}${url.pathname}`);
      } else options.arxiv = url.toString();
    } else if (arg === '--since') {
      if (!isCalendarDate(value)) return `--since expects a date as YYYY-MM-DD, not '${value}'`;
      options.since = value;
    } else if (arg === '--digests') options.digestsDir = path.resolve(value);
    else if (arg === '--arxiv-cache') options.arxivCache = path.resolve(value);
    else options.outDir = path.resolve(value);
  }
  return options;
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

async function userAgent(): Promise<string> {
  const pkg = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return `${pkg.name}/${pkg.version} (PyTorch Korea weekly paper digest reader; npm run sync)`;
}

interface ArchivedWeek {
  week: string;
  /** The saved topic, when the week came from the forum. */
  topicFile?: string;
  saved?: SavedTopic;
  /** Hand copies (.txt / .html) of the week. */
  copies: string[];
}

/** What content/digests holds, by week. A saved topic that cannot be read counts as absent. */
async function readArchive(dir: string, io: IngestIo): Promise<Map<string, ArchivedWeek>> {
  const weeks = new Map<string, ArchivedWeek>();
  if (!existsSync(dir)) return weeks;
  const files = await readdir(dir);
  for (const name of files.sort()) {
    const week = /^(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];
    if (week === undefined) continue;
    const entry = weeks.get(week) ?? { week, copies: [] };
    if (name.endsWith(TOPIC_FILE_SUFFIX)) {
      try {
        const value = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as unknown;
        if (typeof readSavedTopic(value) !== 'string') {
          entry.topicFile = name;
          entry.saved = value as SavedTopic;
        } else io.err(`warning: ${name} is not a readable saved topic; the sync fetches it again`);
      } catch {
        io.err(`warning: ${name} is not valid JSON; the sync fetches the week again`);
      }
    } else if (DIGEST_FILE.test(name)) entry.copies.push(name);
    else continue;
    weeks.set(week, entry);
  }
  return weeks;
}

interface Digest {
  topic: ListedTopic;
  week: string;
}

interface Listing {
  pages: number;
  topics: number;
  digests: Digest[];
  /** Set when a listing page could not be read: the digests found so far are still synced. */
  error?: string;
}

async function listDigests(
  client: PoliteClient,
  options: SyncOptions,
  io: IngestIo,
): Promise<Listing> {
  const listing: Listing = { pages: 0, topics: 0, digests: [] };
  const seenTopics = new Set<number>();
  let url: string | null = listingUrl(options.forum, 0);
  for (let page = 0; url !== null && page < MAX_LISTING_PAGES; page++) {
    let parsed;
    try {
      parsed = parseListing(options.forum, (await client.get(url, 'application/json')).body);
    } catch (error) {
      listing.error = `listing page ${page} (${url}): ${(error as Error).message}`;
      break;
    }
    listing.pages += 1;
    if (parsed.topics.length === 0) {
      io.out(`listed page ${page}: no topics, the end of the listing`);
      break;
    }
    const before = seenTopics.size;
    let found = 0;
    let newestBump = '';
    for (const topic of parsed.topics) {
      if (!topic.pinned && (topic.bumped_at ?? '') > newestBump) newestBump = topic.bumped_at ?? '';
      if (seenTopics.has(topic.id)) continue;
      seenTopics.add(topic.id);
      listing.topics += 1;
      const week = digestWeek(topic.title);
      if (week === undefined) continue;
      found += 1;
      if (options.since !== null && week < options.since) continue;
      listing.digests.push({ topic, week });
    }
    io.out(
      `listed page ${page}: ${plural(parsed.topics.length, 'topic')}, ${plural(found, 'weekly digest')}`,
    );
    // A server that ignores ?page= answers the same page forever: nothing new means the end.
    if (seenTopics.size === before) {
      io.err(`warning: listing page ${page} repeats topics already listed; the listing ends here`);
      break;
    }
    if (page === MAX_LISTING_PAGES - 1) {
      listing.error = `the listing goes on past ${MAX_LISTING_PAGES} pages; stopped there`;
      break;
    }
    // The listing is newest activity first: once a whole page was last active before --since, no
    // later page can hold a digest posted after it.
    if (options.since !== null && newestBump !== '' && newestBump.slice(0, 10) < options.since)
      break;
    url = parsed.next ?? listingUrl(options.forum, page + 1);
  }
  return listing;
}

interface TopicOutcome {
  ok: boolean;
  message: string;
}

/** Fetches one week's topic, checks that the ingest reads it whole, and saves it. */
async function fetchWeek(
  client: PoliteClient,
  options: SyncOptions,
  digest: Digest,
): Promise<TopicOutcome> {
  const { topic, week } = digest;
  const name = `${week}${TOPIC_FILE_SUFFIX}`;
  let body: string;
  try {
    body = (await client.get(topicJsonUrl(options.forum, topic.id), 'application/json')).body;
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  let fetched;
  try {
    fetched = parseTopic(body);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (fetched.topic.id !== topic.id)
    return { ok: false, message: `the forum answered with topic ${fetched.topic.id} instead` };
  const saved: SavedTopic = {
    forum: options.forum,
    likeCount: fetched.topic.like_count ?? topic.like_count ?? null,
    topic: fetched.raw as SavedTopic['topic'],
  };
  // Exactly what `npm run ingest` will do with the file, before the file exists.
  const content = toJson(saved);
  const { result } = ingestTopic(name, content);
  if (!result.issue) {
    const first = result.errors[0];
    return {
      ok: false,
      message: `the ingest cannot read the post: ${first ? formatProblem(first) : 'no issue'}`,
    };
  }
  if (result.issue.id !== week)
    return {
      ok: false,
      message: `the post's title line names the week ${result.issue.id}, the topic title ${week}`,
    };
  await writeAtomically(path.join(options.digestsDir, name), content);
  const incomplete = result.issue.papers.filter((paper) => paper.missing.length > 0).length;
  return {
    ok: true,
    message: `${name}: ${result.issue.papers.length} papers${incomplete > 0 ? ` (${incomplete} incomplete)` : ''}, ${result.warnings.length} warnings`,
  };
}

interface ArxivOutcome {
  found: number;
  notFound: number;
  failed: string[];
}

async function lookUpArxiv(
  client: PoliteClient,
  options: SyncOptions,
  ids: readonly string[],
  cache: ArxivCache,
  io: IngestIo,
): Promise<ArxivOutcome> {
  const outcome: ArxivOutcome = { found: 0, notFound: 0, failed: [] };
  for (let start = 0; start < ids.length; start += ARXIV_BATCH) {
    const batch = ids.slice(start, start + ARXIV_BATCH);
    const range = `${batch[0]}…${batch[batch.length - 1]} (${plural(batch.length, 'id')})`;
    let feed;
    try {
      const response = await client.get(
        arxivQueryUrl(options.arxiv, batch),
        'application/atom+xml',
      );
      feed = parseArxivFeed(response.body);
    } catch (error) {
      outcome.failed.push(`arXiv ${range}: ${(error as Error).message}`);
      io.err(`✗ arXiv ${range}: ${(error as Error).message}; asked again on the next sync`);
      continue;
    }
    for (const message of feed.errors) io.err(`warning: arXiv: ${message}`);
    const entries = feed.entries;
    // arXiv answers a batch holding an id it refuses with nothing but an error, and a busy arXiv can
    // answer with an empty feed: an id is "not on arXiv" only when the rest of its batch was answered.
    const answered =
      feed.errors.length === 0 &&
      (batch.length === 1 || batch.some((id) => entries.has(canonicalArxivId(id))));
    const unanswered: string[] = [];
    for (const id of batch) {
      const entry = entries.get(canonicalArxivId(id));
      if (entry) {
        cache.set(id, entry);
        outcome.found += 1;
      } else if (answered) {
        cache.set(id, null);
        outcome.notFound += 1;
      } else unanswered.push(id);
    }
    if (unanswered.length > 0) {
      const message = `arXiv ${range}: no answer for ${plural(unanswered.length, 'id')} (${feed.errors[0] ?? 'an empty feed'})`;
      outcome.failed.push(message);
      io.err(`✗ ${message}; asked again on the next sync`);
    }
    // Kept after every batch: an interrupted first sync keeps what it learned.
    await writeArxivCacheFile(options.arxivCache, cache);
    io.out(`arXiv: ${Math.min(start + ARXIV_BATCH, ids.length)}/${ids.length} looked up`);
  }
  return outcome;
}

/** The whole `npm run sync` command; returns the exit code. */
export async function runSync(
  argv: readonly string[],
  io: IngestIo,
  tuning: SyncTuning = { forum: {}, arxiv: {} },
): Promise<number> {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    if (options !== '') io.err(`sync: ${options}`);
    io.err(USAGE);
    return options === '' ? 0 : 2;
  }
  const agent = await userAgent();
  const onRetry = (message: string) => io.err(`  retry: ${message}`);
  const forumClient = createPoliteClient({
    ...DEFAULT_CLIENT_OPTIONS,
    userAgent: agent,
    minIntervalMs: FORUM_INTERVAL_MS,
    onRetry,
    ...tuning.forum,
  });
  const arxivClient = createPoliteClient({
    ...DEFAULT_CLIENT_OPTIONS,
    userAgent: agent,
    minIntervalMs: ARXIV_INTERVAL_MS,
    onRetry,
    ...tuning.arxiv,
  });

  const cache = await readArxivCacheFile(options.arxivCache);
  if (typeof cache === 'string') {
    io.err(`sync: ${cache}; fix or delete it first (nothing was fetched)`);
    return 1;
  }
  const archive = await readArchive(options.digestsDir, io);
  io.out(`sync: ${options.forum}${options.since ? ` (weeks since ${options.since})` : ''}`);
  const listing = await listDigests(forumClient, options, io);
  if (listing.error) io.err(`✗ ${listing.error}`);

  // One topic per week: the one the archive already has, else the oldest (the lowest id), so the
  // choice does not change with the listing's order (latest activity first).
  const topicWeeks = new Map<number, string>();
  for (const archived of archive.values())
    if (archived.saved) topicWeeks.set(archived.saved.topic.id, archived.week);
  const byWeek = new Map<string, Digest>();
  for (const digest of listing.digests) {
    const kept = byWeek.get(digest.week);
    if (!kept) {
      byWeek.set(digest.week, digest);
      continue;
    }
    const archivedId = archive.get(digest.week)?.saved?.topic.id;
    const prefer = (a: Digest, b: Digest) =>
      a.topic.id === archivedId || (b.topic.id !== archivedId && a.topic.id < b.topic.id);
    const use = prefer(digest, kept) ? digest : kept;
    byWeek.set(digest.week, use);
    io.err(
      `warning: topics ${kept.topic.id} and ${digest.topic.id} both announce the week ${digest.week}; topic ${use.topic.id} is used`,
    );
  }

  let fetchedCount = 0;
  let likesUpdated = 0;
  const failures: string[] = [];
  for (const digest of [...byWeek.values()].sort((a, b) => (a.week < b.week ? -1 : 1))) {
    const { topic, week } = digest;
    const archived = archive.get(week);
    const label = `${week} "${topic.title}" (topic ${topic.id})`;
    const archivedAs = topicWeeks.get(topic.id);
    if (archivedAs !== undefined && archivedAs !== week) {
      // The post was retitled to another week: fetching it again would make one post two weeks.
      const message = `the archive has this topic as the week ${archivedAs} (${archivedAs}${TOPIC_FILE_SUFFIX}); its title now names ${week}. Rename or remove that file, then sync again`;
      failures.push(`${label}: ${message}`);
      io.err(`✗ ${label}: ${message}`);
      continue;
    }
    if (archived?.saved && archived.saved.topic.id === topic.id) {
      const listed = topic.like_count ?? null;
      if (listed !== null && listed !== archived.saved.likeCount) {
        io.out(`likes ${week}: ${archived.saved.likeCount ?? '–'} → ${listed}`);
        likesUpdated += 1;
        if (!options.dryRun)
          await writeAtomically(
            path.join(options.digestsDir, archived.topicFile as string),
            toJson({ ...archived.saved, likeCount: listed }),
          );
      }
      continue;
    }
    if (archived?.saved) {
      io.err(
        `warning: ${label}: the archive has this week from topic ${archived.saved.topic.id} (${topicPageUrl(archived.saved.forum, archived.saved.topic.slug, archived.saved.topic.id)}); not fetched`,
      );
      continue;
    }
    const why = archived?.copies.length
      ? `hand copy ${archived.copies.join(', ')}; the ingest keeps the better of the two`
      : 'new';
    if (options.dryRun) {
      io.out(`would fetch ${label} (${why})`);
      continue;
    }
    const outcome = await fetchWeek(forumClient, options, digest);
    if (outcome.ok) {
      fetchedCount += 1;
      io.out(`✓ ${label} (${why}) → ${outcome.message}`);
    } else {
      failures.push(`${label}: ${outcome.message}`);
      io.err(`✗ ${label}: ${outcome.message}; nothing written`);
    }
  }

  // arXiv: every paper of the archive whose link is an arXiv paper that no sync has looked up.
  const silent: IngestIo = { out: () => {}, err: () => {} };
  const files = await listDigestFiles(options.digestsDir);
  const { issues } = await readDigests(files, silent, cache);
  const wanted = new Set<string>();
  for (const issue of issues.values())
    for (const paper of issue.papers) {
      const id = arxivIdFromUrl(paper.paperUrl);
      if (id !== null && !cache.has(id)) wanted.add(id);
    }
  const ids = [...wanted].sort();
  let arxiv: ArxivOutcome = { found: 0, notFound: 0, failed: [] };
  if (options.dryRun) {
    if (ids.length > 0)
      io.out(
        `would look up ${plural(ids.length, 'paper')} of the weeks already here on arXiv (new weeks' papers once they arrive)`,
      );
  } else if (ids.length > 0) {
    arxiv = await lookUpArxiv(arxivClient, options, ids, cache, io);
  }

  let ingestCode = 0;
  if (!options.dryRun) {
    ingestCode = await runIngest(
      [
        '--digests',
        options.digestsDir,
        '--arxiv-cache',
        options.arxivCache,
        '--out',
        options.outDir,
      ],
      { out: (line) => io.out(`  ${line}`), err: (line) => io.err(`  ${line}`) },
    );
  }

  const failed = failures.length + arxiv.failed.length + (listing.error ? 1 : 0);
  io.out(
    [
      `sync${options.dryRun ? ' (dry run, nothing written)' : ''}: ${plural(listing.pages, 'listing page')}, ${plural(listing.topics, 'topic')}, ${plural(byWeek.size, 'weekly digest')}`,
      `${fetchedCount} new`,
      `${likesUpdated} like count${likesUpdated === 1 ? '' : 's'} updated`,
      `${failures.length + (listing.error ? 1 : 0)} failed`,
      `arXiv: ${arxiv.found} found, ${arxiv.notFound} not on arXiv, ${arxiv.failed.length} failed request${arxiv.failed.length === 1 ? '' : 's'}`,
      `${forumClient.requestCount + arxivClient.requestCount} requests`,
    ].join('; '),
  );
  for (const failure of failures) io.err(`failed: ${failure}`);
  if (listing.error) io.err(`failed: ${listing.error}`);
  if (failed > 0) return 1;
  return ingestCode === 0 ? 0 : 1;
}
