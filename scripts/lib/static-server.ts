/**
 * A static file server over a production build, behaving like a static host configured per
 * docs/architecture.md ("Hosting"): files as they are (gzip when the client accepts it); a path
 * without a file gets `<path>.html` when the prerender wrote one (`/issues/2025-10-20`), misses under
 * `data/` and `assets/` are real 404s, and every other path gets the app shell, 200.html (the SPA
 * fallback; index.html is the prerendered newest issue). Listens on 127.0.0.1 with a random port.
 * Used by the end-to-end harness and the web benchmark.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
  '.xml',
]);

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

export interface StaticServerOptions {
  /** URL path the build is mounted at (Vite's `base`), with leading and trailing slash. */
  base?: string;
  /** Extra headers for every response (e.g. a Content-Security-Policy). */
  headers?: Record<string, string>;
}

export async function startStaticServer(
  dir = process.env.E2E_DIST ?? '.e2e-dist',
  { base = '/', headers = {} }: StaticServerOptions = {},
): Promise<StaticServer> {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No build in ${root}`);
  const gzipCache = new Map<string, Buffer>();

  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!pathname.startsWith(base)) {
      res.writeHead(404, headers).end('not found');
      return;
    }
    const relative = normalize(pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    const isFile = (candidate: string) =>
      candidate.startsWith(root) && existsSync(candidate) && statSync(candidate).isFile();
    let file = join(root, relative);
    if (!isFile(file)) {
      if (relative.startsWith('data/') || relative.startsWith('assets/')) {
        res.writeHead(404, headers).end('not found');
        return;
      }
      const candidates = [
        join(file, 'index.html'),
        // `/issues/x` → issues/x.html, but not `/issues/x/` (as `vite preview` does).
        ...(relative.endsWith('/') ? [] : [join(root, `${relative}.html`)]),
        join(root, '200.html'),
        join(root, 'index.html'),
      ];
      file = candidates.find(isFile) ?? join(root, 'index.html');
    }
    const extension = extname(file);
    const responseHeaders: Record<string, string> = {
      ...headers,
      'Content-Type': MIME[extension] ?? 'application/octet-stream',
      'Cache-Control': relative.startsWith('assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    let body: Buffer = readFileSync(file);
    if (
      COMPRESSIBLE.has(extension) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
    ) {
      // Keyed by modification time too: a file changed in place (a new deploy) is served new.
      const key = `${file}:${statSync(file).mtimeMs}`;
      const cached = gzipCache.get(key) ?? gzipSync(body);
      gzipCache.set(key, cached);
      body = cached;
      responseHeaders['Content-Encoding'] = 'gzip';
      responseHeaders['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(200, responseHeaders).end(body);
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
