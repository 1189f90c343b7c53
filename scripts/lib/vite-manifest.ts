/**
 * Vite's build manifest (build.manifest: dist/.vite/manifest.json): which file each chunk became and
 * what it imports. Read by the budget check and the prerender to follow what a page loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The key of the build's entry chunk (index.html's script). */
export function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((candidate) => manifest[candidate]?.isEntry);
  if (!key) throw new Error('the manifest has no entry chunk');
  return key;
}

/**
 * A chunk by manifest key or by source file. A module that is imported dynamically in one place and
 * statically in another (src/data/schema.ts) has no key of its own: it is `_<name>-<hash>.js`.
 */
export function findChunk(manifest: Manifest, key: string): ManifestChunk {
  const name = key.replace(/^.*\//, '').replace(/\.[jt]sx?$/, '');
  const chunk =
    manifest[key] ??
    Object.entries(manifest).find(([candidate]) => candidate.startsWith(`_${name}-`))?.[1];
  if (!chunk) throw new Error(`the build's manifest has no chunk for ${key}`);
  return chunk;
}

/**
 * The JS and CSS files the given chunks load statically, themselves included; `cssOf` maps each CSS
 * file to the chunk key that brought it in.
 */
export function staticClosure(manifest: Manifest, keys: readonly string[]) {
  const js = new Set<string>();
  const css = new Set<string>();
  const cssOf = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = findChunk(manifest, key);
    js.add(chunk.file);
    for (const file of chunk.css ?? []) {
      css.add(file);
      if (!cssOf.has(file)) cssOf.set(file, key);
    }
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return { js, css, cssOf };
}
