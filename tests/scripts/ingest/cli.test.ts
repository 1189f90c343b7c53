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

let work: string;
let digests: string;
let out: string;

async function ingest(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runIngest([...args, '--digests', digests, '--out', out], {
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
  });
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
