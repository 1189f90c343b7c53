import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue } from '../../../src/data/schema';
import { parseDigest, type ParseResult } from '../../../scripts/ingest/parse-digest';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/digests');
/** The real seed week, as readers copied it (content/digests, where the ingest reads it). */
export const SEED_DIR = path.resolve(PROJECT_ROOT, 'content/digests');
export const SEED_TEXT = readFileSync(path.join(SEED_DIR, '2025-10-20.txt'), 'utf8');
export const SEED_SIDECAR: unknown = JSON.parse(
  readFileSync(path.join(SEED_DIR, '2025-10-20.links.json'), 'utf8'),
);

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** Parses a fixture the way the CLI does: format from the extension, sidecar when one sits next to it. */
export function parseFixture(name: string): ParseResult {
  const sidecarPath = path.join(FIXTURES, `${name.replace(/\.(?:txt|html)$/, '')}.links.json`);
  return parseDigest(readFixture(name), {
    fileName: name,
    format: name.endsWith('.html') ? 'html' : 'text',
    sidecar: existsSync(sidecarPath)
      ? (JSON.parse(readFileSync(sidecarPath, 'utf8')) as unknown)
      : undefined,
  });
}

export function parseSeed(input = SEED_TEXT): ParseResult {
  return parseDigest(input, { fileName: '2025-10-20.txt', format: 'text', sidecar: SEED_SIDECAR });
}

/** Every Markdown/plain text field of an issue, named, for checks that must hold everywhere. */
export function textFields(issue: Issue): [string, string][] {
  return [
    ['title', issue.title],
    ['intro', issue.intro],
    ...issue.highlights.flatMap((h): [string, string][] => [
      [`highlight ${h.number} title`, h.title],
      [`highlight ${h.number} body`, h.body],
    ]),
    ...issue.summaries.map((s, i): [string, string] => [`summary ${i + 1}`, s.text]),
    ...issue.papers.flatMap((p): [string, string][] => [
      [`${p.id} titleKo`, p.titleKo],
      [`${p.id} titleEn`, p.titleEn],
      [`${p.id} summary`, p.summary],
      [`${p.id} abstractKo`, p.abstractKo],
      [`${p.id} abstractEn`, p.abstractEn],
    ]),
  ];
}

/** Text with its `$…$` / `$$…$$` math spans removed (escaped `\$` is not math). */
export function outsideMath(markdown: string): string {
  return markdown.replace(
    /(?<!\\)\$\$[\s\S]+?(?<!\\)\$\$|(?<!\\)\$(?:\\.|[^$\\])+?(?<!\\)\$/g,
    ' ',
  );
}
