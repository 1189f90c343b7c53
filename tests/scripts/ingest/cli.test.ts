// @vitest-environment node
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueIndexSchema } from '../../../src/data/schema';
import { runIngest } from '../../../scripts/ingest/run-ingest';
import { FIXTURES, PROJECT_ROOT, SEED_DIR } from './fixtures';
import { topicJson } from '../sync/forum-fixtures';

let work: string;
let digests: string;
let out: string;

async function ingest(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const cache = path.join(work, 'arxiv.json');
  const code = await runIngest(
    [...args, '--digests', digests, '--arxiv-cache', cache, '--out', out],
    {
      out: (line) => stdout.push(line),
      err: (line) => stderr.push(line),
    },
  );
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

/** Every file under out/, with its bytes, so runs can be compared exactly. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[path.relative(out, full)] = readFileSync(full, 'utf8');
    }
  };
  if (existsSync(out)) walk(out);
  return files;
}

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'ingest-cli-'));
  digests = path.join(work, 'digests');
  out = path.join(work, 'data');
  for (const [from, name] of [
    [path.join(SEED_DIR, '2025-10-20.txt'), '2025-10-20.txt'],
    [path.join(SEED_DIR, '2025-10-20.links.json'), '2025-10-20.links.json'],
    [path.join(FIXTURES, 'year-crossing.html'), '2025-12-29.html'],
    [path.join(FIXTURES, 'month-crossing.txt'), '2025-10-27.txt'],
  ] as const) {
    copyFileSync(from, path.join(mkdirp(digests), name));
  }
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

function mkdirp(dir: string): string {
  if (!existsSync(dir)) spawnSync('mkdir', ['-p', dir]);
  return dir;
}

describe('npm run ingest', () => {
  it('writes every week and an index, newest first, and the same bytes on a second run', async () => {
    const first = await ingest();
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(
      '✓ 2025-10-20.txt → issues/2025-10-20.json: 10 papers, 3 highlights, 2 likes',
    );
    expect(first.stdout).toContain(
      '✓ 2025-12-29.html → issues/2025-12-29.json: 2 papers, 2 highlights, 15 likes',
    );
    const written = snapshot();
    expect(Object.keys(written).sort()).toEqual([
      'index.json',
      'issues/2025-10-20.json',
      'issues/2025-10-27.json',
      'issues/2025-12-29.json',
    ]);
    const index = issueIndexSchema.parse(JSON.parse(written['index.json'] as string));
    expect(index.issues.map((i) => [i.id, i.paperCount, i.likes])).toEqual([
      ['2025-12-29', 2, 15],
      ['2025-10-27', 2, null],
      ['2025-10-20', 10, 2],
    ]);
    for (const content of Object.values(written)) {
      expect(content.endsWith('}\n')).toBe(true);
      expect(content).toMatch(/^\{\n {2}"/);
    }

    const second = await ingest();
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('0 files written');
    expect(snapshot()).toEqual(written);
    // No temp files are left behind.
    expect(readdirSync(path.join(out, 'issues')).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('--check passes on fresh output and names each changed, missing and stale file', async () => {
    await ingest();
    expect((await ingest('--check')).code).toBe(0);

    const seedFile = path.join(out, 'issues/2025-10-20.json');
    writeFileSync(seedFile, readFileSync(seedFile, 'utf8').replace('"likes": 2', '"likes": 3'));
    rmSync(path.join(out, 'issues/2025-10-27.json'));
    rmSync(path.join(out, 'index.json'));
    const stale = JSON.parse(readFileSync(path.join(out, 'issues/2025-12-29.json'), 'utf8')) as {
      id: string;
      period: { start: string };
    };
    writeFileSync(
      path.join(out, 'issues/2020-01-06.json'),
      JSON.stringify({ ...stale, id: '2020-01-06' }),
    );
    const before = snapshot();

    const check = await ingest('--check');
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('check: differs: issues/2025-10-20.json');
    expect(check.stderr).toContain('check: missing: issues/2025-10-27.json');
    expect(check.stderr).toContain('check: stale: issues/2020-01-06.json');
    expect(check.stderr).toContain('check: missing: index.json');
    expect(snapshot()).toEqual(before); // --check writes nothing

    // A full run repairs all of it, removing the stale week.
    expect((await ingest()).code).toBe(0);
    expect(existsSync(path.join(out, 'issues/2020-01-06.json'))).toBe(false);
    expect((await ingest('--check')).code).toBe(0);
  });

  it('leaves the previous JSON of a file that now fails untouched, writes the others, exits non-zero', async () => {
    await ingest();
    const before = snapshot();
    // The week's page is replaced by something that is not a digest; another week changes.
    writeFileSync(
      path.join(digests, '2025-12-29.html'),
      '<html><body><div class="cooked"><p>oops</p></div></body></html>',
    );
    const month = path.join(digests, '2025-10-27.txt');
    writeFileSync(
      month,
      readFileSync(month, 'utf8').replace('에이전트 평가의 확장', '에이전트 평가의 확대'),
    );

    const run = await ingest();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: 2025-12-29\.html \(p#1 "oops"\): not a digest/);
    expect(run.stdout).toContain(
      '✗ 2025-12-29.html: failed (1 error); issues/2025-12-29.json (if any) left as it was',
    );
    const after = snapshot();
    expect(after['issues/2025-12-29.json']).toBe(before['issues/2025-12-29.json']);
    expect(after['issues/2025-10-27.json']).toContain('에이전트 평가의 확대');
    // The index still lists the kept week.
    expect(
      JSON.parse(after['index.json'] as string).issues.map((i: { id: string }) => i.id),
    ).toContain('2025-12-29');
  });

  it('writes a week whose paper has a field over its size limit, marked; fails only a week whose intro is', async () => {
    copyFileSync(
      path.join(FIXTURES, 'oversized-abstract.txt'),
      path.join(digests, '2025-11-10.txt'),
    );
    const month = path.join(digests, '2025-10-27.txt');
    const lines = readFileSync(month, 'utf8').split('\n');
    const introLine = lines.findIndex((line) => line.startsWith('PyTorchKR')) + 1;
    lines[introLine - 1] = 'x'.repeat(20_001);
    writeFileSync(month, lines.join('\n'));

    const run = await ingest();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `warning: 2025-11-10.txt:35: paper "Broken Copy": abstractEn is 120,000 characters, over the limit of 100,000; left out and listed in 'missing'`,
    );
    expect(run.stderr).toContain(
      `error: 2025-10-27.txt:${introLine}: intro is 20,001 characters, over the limit of 20,000; the week is not written`,
    );
    const written = snapshot();
    const week = JSON.parse(written['issues/2025-11-10.json'] as string);
    expect(week.papers[1]).toMatchObject({ abstractEn: '', missing: ['abstractEn'] });
    expect(written['issues/2025-10-27.json']).toBeUndefined();
    expect(
      issueIndexSchema.parse(JSON.parse(written['index.json'] as string)).issues.map((i) => i.id),
    ).toEqual(['2025-12-29', '2025-11-10', '2025-10-20']);
  });

  it('ingests only the given files and keeps the other weeks in the index', async () => {
    await ingest();
    rmSync(path.join(out, 'issues/2025-10-20.json'));
    const run = await ingest(path.join(digests, '2025-10-20.txt'));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1 file read');
    expect(JSON.parse(readFileSync(path.join(out, 'index.json'), 'utf8')).issues).toHaveLength(3);
  });

  it('refuses unknown options and a missing digest folder with a usage message', async () => {
    expect((await ingest('--frobnicate')).code).toBe(2);
    rmSync(digests, { recursive: true });
    const run = await ingest();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no digest folder at');
  });

  it('reads a week saved by the sync: the forum post, its URL and likes, and arXiv authors from the cache', async () => {
    rmSync(path.join(digests, '2025-10-20.txt'));
    const topic = JSON.parse(
      topicJson({
        id: 8064,
        title: '[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음',
        slug: 'w',
        likeCount: 3,
      }),
    ) as unknown;
    writeFileSync(
      path.join(digests, '2025-10-20.topic.json'),
      JSON.stringify({ forum: 'https://discuss.pytorch.kr', likeCount: 7, topic }),
    );
    const entry = {
      id: '2510.13928',
      title: 'LLMs Can Get "Brain Rot"!',
      authors: ['Shuo Xing', 'Junyuan Hong'],
      published: '2025-10-15',
      primaryCategory: 'cs.CL',
      pdfUrl: 'https://arxiv.org/pdf/2510.13928v1',
    };
    writeFileSync(
      path.join(work, 'arxiv.json'),
      JSON.stringify({ version: 1, entries: { '2510.13928': entry, '2510.05186': null } }),
    );
    const run = await ingest();
    expect(run.stderr).not.toContain('2025-10-20');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '✓ 2025-10-20.topic.json → issues/2025-10-20.json: 10 papers, 3 highlights, 7 likes, 1 with arXiv metadata',
    );
    const issue = JSON.parse(readFileSync(path.join(out, 'issues/2025-10-20.json'), 'utf8'));
    expect(issue.source).toBe('https://discuss.pytorch.kr/t/w/8064');
    expect(issue.likes).toBe(7);
    // The first post's time, as Discourse gives it (the feeds date the week by it).
    expect(issue.postedAt).toBe('2025-10-27T01:32:10.000Z');
    const { title: _title, ...metadata } = entry;
    expect(issue.papers[0].arxiv).toEqual(metadata);
    expect(issue.papers[1].arxiv).toBeUndefined();
    // Every paper linked on arXiv carries its id, metadata or not: the reader's arXiv, PDF, Hugging
    // Face and alphaXiv links and Zotero's tags come from it.
    expect(issue.papers[0].arxivId).toBe('2510.13928');
    expect(issue.papers[1].arxivId).toBe('2510.05186');
  });

  it('fails only the week whose saved topic is broken, and says why', async () => {
    writeFileSync(path.join(digests, '2025-11-03.topic.json'), '{"forum": "https://f", "topic": ');
    writeFileSync(
      path.join(digests, '2025-11-10.topic.json'),
      JSON.stringify({
        forum: 'https://f.example',
        likeCount: null,
        topic: { id: 1, title: 't', slug: 's', post_stream: { posts: [] } },
      }),
    );
    const run = await ingest();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/2025-11-03\.topic\.json: not valid JSON/);
    expect(run.stderr).toMatch(/2025-11-10\.topic\.json: the topic JSON carries no first post/);
    expect(existsSync(path.join(out, 'issues/2025-10-20.json'))).toBe(true);
  });

  it('stops with a clear message, writing nothing, when the arXiv cache is unreadable', async () => {
    writeFileSync(path.join(work, 'arxiv.json'), '{"version": 1, "entries": {"not an id": null}}');
    const run = await ingest();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/arxiv\.json does not match its schema .*nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it('is wired to a real process exit code (tsx scripts/ingest.ts --check)', () => {
    const result = spawnSync(
      'npx',
      ['tsx', 'scripts/ingest.ts', '--check', '--digests', digests, '--out', out],
      {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('check: missing: issues/2025-10-20.json');
  }, 30_000);
});
