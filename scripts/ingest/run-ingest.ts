import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DATA_VERSION,
  describeSchemaError,
  issueIndexSchema,
  issueSchema,
  issueSummary,
  type Issue,
  type IssueIndex,
} from '../../src/data/schema';
import { arxivCacheData, parseArxivCache, withArxiv, type ArxivCache } from './arxiv-cache';
import { readSavedTopic, TOPIC_FILE_SUFFIX, type ForumPost } from './forum-topic';
import { parseDigest, type ParseResult } from './parse-digest';
import { compareQuality, describeShortfall, qualityOf } from './parse-quality';
import { formatProblem } from './problems';
import { toJson } from './serialize';

// A path, not `new URL(...)`: under jsdom (the test environment) URL is not Node's.
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface IngestIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface CliOptions {
  check: boolean;
  outDir: string;
  digestsDir: string;
  arxivCache: string;
  files: string[];
}

const USAGE = `usage: npm run ingest -- [--check] [--digests DIR] [--arxiv-cache FILE] [--out DIR] [FILE...]
  Reads every digest (YYYY-MM-DD.txt / .html with an optional YYYY-MM-DD.links.json, or a
  YYYY-MM-DD.topic.json saved by npm run sync) in DIR (default content/digests) or the given FILEs,
  adds arXiv's metadata from FILE (default content/arxiv.json), and writes index.json +
  issues/<id>.json to --out (default public/data). --check writes nothing and fails when the data is
  not up to date.`;

/** Where the archive lives in the repo: the digests and the arXiv cache beside them. */
export function defaultContentPaths(root = PROJECT_ROOT): {
  digestsDir: string;
  arxivCache: string;
} {
  return {
    digestsDir: path.resolve(root, 'content/digests'),
    arxivCache: path.resolve(root, 'content/arxiv.json'),
  };
}

function parseArgs(argv: readonly string[], root: string): CliOptions | string {
  const options: CliOptions = {
    check: false,
    outDir: path.resolve(root, 'public/data'),
    ...defaultContentPaths(root),
    files: [],
  };
  const takesValue: Record<string, (value: string) => void> = {
    '--out': (value) => (options.outDir = path.resolve(value)),
    '--digests': (value) => (options.digestsDir = path.resolve(value)),
    '--arxiv-cache': (value) => (options.arxivCache = path.resolve(value)),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const setValue = takesValue[arg];
    if (arg === '--check') options.check = true;
    else if (setValue) {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--'))
        return `${arg} needs a ${arg === '--arxiv-cache' ? 'file' : 'directory'}`;
      setValue(value);
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.files.push(path.resolve(arg));
  }
  return options;
}

/** A digest the ingest reads: a hand copy (.txt, .html) or a topic saved by the sync. */
export const DIGEST_FILE = /\.(?:txt|html?|topic\.json)$/i;
/** Every digest in a folder, by name (so by week), as full paths; none when the folder is missing. */
export async function listDigestFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  return (await readdir(dir))
    .filter((name) => DIGEST_FILE.test(name))
    .sort()
    .map((name) => path.join(dir, name));
}

const isTopicFile = (file: string) => file.toLowerCase().endsWith(TOPIC_FILE_SUFFIX);

function formatOf(file: string, content: string): 'text' | 'html' {
  if (/\.html?$/i.test(file)) return 'html';
  // A saved page renamed to .txt is still HTML.
  return /^\ufeff?\s*<(?:!doctype|html)/i.test(content) ? 'html' : 'text';
}

export interface Outcome {
  file: string;
  result: ParseResult;
  /** Set for a topic saved by the sync: the forum's URL and like count for the week. */
  forum?: ForumPost;
}

function failure(file: string, code: 'internal' | 'not-a-digest', message: string): Outcome {
  return { file, result: { errors: [{ code, file, message }], warnings: [] } };
}

/** A topic saved by `npm run sync`: the first post's cooked HTML, read like a saved page. */
export function ingestTopic(name: string, content: string): Outcome {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return failure(name, 'not-a-digest', `not valid JSON: ${(error as Error).message}`);
  }
  const post = readSavedTopic(json);
  if (typeof post === 'string') return failure(name, 'not-a-digest', post);
  const { title, source, likes, postedAt } = post;
  return {
    file: name,
    forum: post,
    result: parseDigest(post.html, {
      fileName: name,
      format: 'html',
      forumPost: { title, source, likes, postedAt },
    }),
  };
}

async function ingestFile(file: string): Promise<Outcome> {
  const name = path.basename(file);
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    return failure(name, 'internal', `cannot read the file: ${(error as Error).message}`);
  }
  if (isTopicFile(name)) return ingestTopic(name, content);
  const sidecarPath = file.replace(DIGEST_FILE, '') + '.links.json';
  let sidecar: unknown;
  if (existsSync(sidecarPath)) {
    try {
      sidecar = JSON.parse(await readFile(sidecarPath, 'utf8'));
    } catch (error) {
      const message = `not valid JSON: ${(error as Error).message}`;
      return {
        file: name,
        result: {
          errors: [{ code: 'sidecar', file: path.basename(sidecarPath), message }],
          warnings: [],
        },
      };
    }
  }
  return {
    file: name,
    result: parseDigest(content, { fileName: name, format: formatOf(file, content), sidecar }),
  };
}

async function readExistingIssues(dir: string, io: IngestIo): Promise<Map<string, Issue>> {
  const existing = new Map<string, Issue>();
  if (!existsSync(dir)) return existing;
  for (const name of (await readdir(dir))
    .filter((n) => /^\d{4}-\d{2}-\d{2}\.json$/.test(n))
    .sort()) {
    try {
      const parsed = issueSchema.safeParse(
        JSON.parse(await readFile(path.join(dir, name), 'utf8')),
      );
      if (parsed.success) existing.set(name.replace(/\.json$/, ''), parsed.data);
      else
        io.err(
          `warning: issues/${name} does not match the schema (${describeSchemaError(parsed.error)}); left out of the index`,
        );
    } catch (error) {
      io.err(
        `warning: issues/${name} is not readable JSON (${(error as Error).message}); left out of the index`,
      );
    }
  }
  return existing;
}

function buildIndex(issues: Iterable<Issue>): IssueIndex {
  const list = [...issues]
    .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .map(issueSummary);
  return issueIndexSchema.parse({ version: DATA_VERSION, issues: list });
}

/** Temp file + rename, so a reader (or a crash) never sees half a file. Unchanged files are not touched. */
export async function writeAtomically(file: string, content: string): Promise<boolean> {
  if (existsSync(file) && (await readFile(file, 'utf8')) === content) return false;
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, content, 'utf8');
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return true;
}

function describeIssue(issue: Issue, warnings: number): string {
  const incomplete = issue.papers.filter((paper) => paper.missing.length > 0).length;
  const parts = [
    `${issue.papers.length} papers`,
    `${issue.highlights.length} highlights`,
    issue.likes === null ? 'no like count' : `${issue.likes} likes`,
  ];
  const onArxiv = issue.papers.filter((paper) => paper.arxiv !== undefined).length;
  if (onArxiv > 0) parts.push(`${onArxiv} with arXiv metadata`);
  if (incomplete > 0) parts.push(`${incomplete} incomplete`);
  if (warnings > 0) parts.push(`${warnings} warning${warnings === 1 ? '' : 's'}`);
  return parts.join(', ');
}

export async function readArxivCacheFile(file: string): Promise<ArxivCache | string> {
  if (!existsSync(file)) return new Map();
  const name = path.basename(file);
  try {
    const cache = parseArxivCache(JSON.parse(await readFile(file, 'utf8')));
    return typeof cache === 'string' ? `${name} does not match its schema (${cache})` : cache;
  } catch (error) {
    return `${name} is not readable JSON (${(error as Error).message})`;
  }
}

/** The arXiv cache as the ingest reads it back; written only when it changed. */
export async function writeArxivCacheFile(file: string, cache: ArxivCache): Promise<boolean> {
  return writeAtomically(file, toJson(arxivCacheData(cache)));
}

export interface DigestsRead {
  /** The week's issue, by id. */
  issues: Map<string, Issue>;
  failed: number;
  /** One line per week or failed file, for the summary. */
  summaries: string[];
}

interface Read {
  outcome: Outcome;
  issue: Issue;
}

/**
 * A week read from both a hand copy and the forum's topic keeps the better text (the topic on a tie)
 * and always the forum's URL and like count: a good week is never replaced by a worse parse.
 */
function pickBetter(topic: Read, copy: Read): { chosen: Issue; note: string } {
  const forum = topic.outcome.forum as ForumPost;
  const topicQuality = qualityOf(topic.issue);
  const copyQuality = qualityOf(copy.issue);
  if (compareQuality(copyQuality, topicQuality) > 0) {
    return {
      chosen: {
        ...copy.issue,
        source: forum.source,
        likes: forum.likes ?? copy.issue.likes,
        ...(forum.postedAt !== null && { postedAt: forum.postedAt }),
      },
      note: `text from ${copy.outcome.file}: the forum's post gives ${describeShortfall(topicQuality, copyQuality)}; forum URL and likes from the topic`,
    };
  }
  return { chosen: topic.issue, note: `the forum's post, as complete as the copy or more` };
}

/** Reads every given digest file, reports its problems, and keeps one issue per week. */
export async function readDigests(
  files: readonly string[],
  io: IngestIo,
  arxiv: ArxivCache,
): Promise<DigestsRead> {
  const chosen = new Map<string, { issue: Issue; label: string; warnings: number }>();
  const reads = new Map<string, Read>();
  let failed = 0;
  const failures: string[] = [];
  const fail = (name: string, errors: number) => {
    failed += 1;
    const guess = /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];
    const kept = guess !== undefined ? `; issues/${guess}.json (if any) left as it was` : '';
    failures.push(
      `✗ ${name}: failed (${Math.max(errors, 1)} error${errors > 1 ? 's' : ''})${kept}`,
    );
  };
  for (const file of files) {
    const outcome = await ingestFile(file);
    const { file: name, result } = outcome;
    for (const warning of result.warnings) io.err(`warning: ${formatProblem(warning)}`);
    for (const error of result.errors) io.err(`error: ${formatProblem(error)}`);
    const issue = result.issue;
    if (!issue) {
      fail(name, result.errors.length);
      continue;
    }
    const earlier = reads.get(issue.id);
    const read = { outcome, issue };
    if (!earlier) {
      reads.set(issue.id, read);
      chosen.set(issue.id, {
        issue,
        label: `${name} → issues/${issue.id}.json`,
        warnings: result.warnings.length,
      });
      continue;
    }
    if (Boolean(earlier.outcome.forum) === Boolean(outcome.forum)) {
      io.err(`error: ${name}: the week ${issue.id} was already read from ${earlier.outcome.file}`);
      fail(name, 1);
      continue;
    }
    const [topic, copy] = outcome.forum ? [read, earlier] : [earlier, read];
    const { chosen: issueChosen, note } = pickBetter(topic, copy);
    chosen.set(issue.id, {
      issue: issueChosen,
      label: `${topic.outcome.file} + ${copy.outcome.file} → issues/${issue.id}.json (${note})`,
      warnings: (chosen.get(issue.id)?.warnings ?? 0) + result.warnings.length,
    });
  }
  const issues = new Map<string, Issue>();
  const summaries: string[] = [];
  for (const [id, { issue, label, warnings }] of [...chosen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const withMetadata = { ...issue, papers: issue.papers.map((paper) => withArxiv(paper, arxiv)) };
    issues.set(id, withMetadata);
    summaries.push(`✓ ${label}: ${describeIssue(withMetadata, warnings)}`);
  }
  return { issues, failed, summaries: [...summaries, ...failures] };
}

/** The whole `npm run ingest` command; returns the exit code. */
export async function runIngest(
  argv: readonly string[],
  io: IngestIo,
  root = PROJECT_ROOT,
): Promise<number> {
  const options = parseArgs(argv, root);
  if (typeof options === 'string') {
    if (options !== '') io.err(`ingest: ${options}`);
    io.err(USAGE);
    return options === '' ? 0 : 2;
  }
  const fullRun = options.files.length === 0;
  let files = options.files;
  if (fullRun) {
    if (!existsSync(options.digestsDir)) {
      io.err(`ingest: no digest folder at ${options.digestsDir} (use --digests DIR or pass files)`);
      return 2;
    }
    files = await listDigestFiles(options.digestsDir);
    if (files.length === 0) {
      io.err(`ingest: no digests (*.txt, *.html, *.topic.json) in ${options.digestsDir}`);
      return 1;
    }
  }

  const arxiv = await readArxivCacheFile(options.arxivCache);
  if (typeof arxiv === 'string') {
    io.err(`ingest: ${arxiv}; nothing written`);
    return 1;
  }
  const { issues: produced, failed, summaries } = await readDigests(files, io, arxiv);

  const issuesDir = path.join(options.outDir, 'issues');
  const existing = await readExistingIssues(issuesDir, io);
  // What issues/ should hold: the fresh issues, plus earlier files that no digest replaced when they
  // may belong to a file that failed this time (or when only some files were given).
  const keepOthers = !fullRun || failed > 0;
  const finalIssues = new Map<string, Issue>(keepOthers ? existing : []);
  for (const [id, issue] of produced) finalIssues.set(id, issue);
  const stale = fullRun ? [...existing.keys()].filter((id) => !produced.has(id)) : [];
  const expected = new Map<string, string>();
  for (const [id, issue] of produced) expected.set(`issues/${id}.json`, toJson(issue));
  expected.set('index.json', toJson(buildIndex(finalIssues.values())));

  for (const line of summaries) io.out(line);

  if (options.check) {
    const problems: string[] = [];
    for (const [relative, content] of [...expected].sort()) {
      const file = path.join(options.outDir, relative);
      if (!existsSync(file)) problems.push(`missing: ${relative}`);
      else if ((await readFile(file, 'utf8')) !== content)
        problems.push(`differs: ${relative} (run npm run ingest)`);
    }
    for (const id of stale)
      problems.push(
        `stale: issues/${id}.json (no digest produces it; delete it or restore its digest)`,
      );
    for (const problem of problems) io.err(`check: ${problem}`);
    if (problems.length === 0 && failed === 0) {
      io.out(
        `ingest --check: ${path.relative(process.cwd(), options.outDir) || '.'} is up to date (${produced.size} issue${produced.size === 1 ? '' : 's'})`,
      );
      return 0;
    }
    io.err(
      `ingest --check: ${problems.length} difference${problems.length === 1 ? '' : 's'}, ${failed} failed file${failed === 1 ? '' : 's'}`,
    );
    return 1;
  }

  let written = 0;
  for (const [relative, content] of [...expected].sort()) {
    if (await writeAtomically(path.join(options.outDir, relative), content)) written += 1;
  }
  if (fullRun && failed === 0) {
    for (const id of stale) {
      await rm(path.join(issuesDir, `${id}.json`));
      io.out(`removed stale issues/${id}.json (no digest produces it any more)`);
    }
  } else if (stale.length > 0) {
    io.err(
      `warning: kept ${stale.map((id) => `issues/${id}.json`).join(', ')}: no digest produced it this run`,
    );
  }
  io.out(
    `ingest: ${files.length} file${files.length === 1 ? '' : 's'} read, ${produced.size} issue${produced.size === 1 ? '' : 's'} ok, ${failed} failed; ${written} file${written === 1 ? '' : 's'} written; index.json lists ${finalIssues.size} issue${finalIssues.size === 1 ? '' : 's'}`,
  );
  return failed > 0 ? 1 : 0;
}
