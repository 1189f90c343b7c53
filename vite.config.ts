import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { prerenderSite } from './scripts/prerender.ts';
import { writeServiceWorker } from './scripts/service-worker.ts';
import { CONTENT_SECURITY_POLICY } from './scripts/content-security-policy.ts';
import { HEAD_SCRIPT } from './scripts/head-script.ts';
import { feedLinkAttributes, resolveSiteUrl, writeFeeds } from './scripts/feeds.ts';

/**
 * The Content-Security-Policy, then the reader's theme and language before the first paint
 * (src/app/reader-settings-script.ts, an inline script the policy allows by its hash): both right after
 * `<meta charset>`, which must stay in the first 1,024 bytes, and before any stylesheet. In development
 * the script comes alone (Vite's dev server needs inline scripts of its own).
 */
function contentSecurityPolicy(): Plugin {
  let command: ResolvedConfig['command'] = 'build';
  return {
    name: 'content-security-policy',
    configResolved(resolved) {
      command = resolved.command;
    },
    transformIndexHtml(html) {
      const charset = /<meta charset="UTF-8" \/>\n/;
      if (!charset.test(html))
        throw new Error('index.html must start its head with <meta charset>');
      const policy = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}">`;
      const tags = `${command === 'build' ? `    ${policy}\n` : ''}    <script>${HEAD_SCRIPT}</script>\n`;
      return html.replace(charset, (line) => line + tags);
    },
  };
}

/**
 * The favicon as a data: URL (public/favicon.svg, a few hundred bytes): no request while the page
 * loads. The file stays for the web app manifest's icons.
 */
function inlineFavicon(): Plugin {
  let publicDir = 'public';
  return {
    name: 'inline-favicon',
    configResolved(resolved) {
      publicDir = resolved.publicDir;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const link = /<link rel="icon" href="\/favicon\.svg" type="image\/svg\+xml" \/>/;
        if (!link.test(html)) throw new Error('index.html must link /favicon.svg as its icon');
        // The copy the build ships (PUBLIC_DIR may name another folder than public/).
        const svg = readFileSync(join(publicDir, 'favicon.svg'), 'utf8').trim();
        // Only what a URL in a double-quoted attribute cannot hold is escaped: a third of the size of
        // encodeURIComponent's, on every page.
        const escaped = svg
          .replaceAll('"', "'")
          .replace(/[%#<>\s]/g, (c) => (c === ' ' ? ' ' : encodeURIComponent(c)));
        return html.replace(
          link,
          `<link rel="icon" href="data:image/svg+xml,${escaped}" type="image/svg+xml" />`,
        );
      },
    },
  };
}

/**
 * Advertises the web feeds (scripts/feeds.ts, written by the prerender plugin below) with
 * `<link rel="alternate">` in the head of the shell, and so of every prerendered page (its template).
 * A bad SITE_URL fails the build here, before the bundle is built. PRERENDER=0 writes no feeds, so
 * it advertises none.
 */
function feedLinks(): Plugin {
  let base = '/';
  return {
    name: 'feed-links',
    apply: 'build',
    configResolved(resolved) {
      base = resolved.base;
      resolveSiteUrl(process.env.SITE_URL);
    },
    transformIndexHtml: () =>
      process.env.PRERENDER === '0'
        ? []
        : feedLinkAttributes(base).map((attrs) => ({
            tag: 'link',
            attrs,
            injectTo: 'head' as const,
          })),
  };
}

/**
 * After the browser build, writes static pages for the newest issues (scripts/prerender.ts). In
 * `vite preview`, paths without a page of their own get the empty shell (200.html) instead of
 * index.html, which now holds the newest issue: a static host is configured the same way
 * (docs/architecture.md, "Hosting"). PRERENDER=0 skips the prerender and the feeds (shell only). The
 * service worker comes last, so the pages are in place for it, and always: a build without it would
 * leave a returning reader's old worker serving the old site.
 */
function prerender(): Plugin {
  let config: ResolvedConfig;
  const prerenderAndFeeds = async (log: (message: string) => void) => {
    const outDir = resolve(config.root, config.build.outDir);
    await prerenderSite({ root: config.root, outDir, base: config.base, log });
    await writeFeeds({
      root: config.root,
      outDir,
      base: config.base,
      siteUrl: process.env.SITE_URL,
      log,
    });
  };
  return {
    name: 'prerender',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const log = (message: string) => config.logger.info(message);
      if (process.env.PRERENDER !== '0') await prerenderAndFeeds(log);
      await writeServiceWorker({
        root: config.root,
        outDir: resolve(config.root, config.build.outDir),
        log,
      });
    },
    configurePreviewServer(server) {
      const outDir = resolve(config.root, config.build.outDir);
      // Runs after Vite's own fallback, which has rewritten every unknown path to /index.html.
      return () =>
        server.middlewares.use((req, _res, next) => {
          if (req.url === '/index.html' && existsSync(join(outDir, '200.html'))) {
            const pathname = new URL(req.originalUrl ?? '/', 'http://localhost').pathname;
            const rest = pathname.startsWith(config.base)
              ? pathname.slice(config.base.length)
              : pathname;
            if (rest !== '' && rest !== 'index.html') req.url = '/200.html';
          }
          next();
        });
    },
  };
}

// BASE_PATH lets the app live under a sub-path on a static host, e.g. BASE_PATH=/digest/ npm run build.
// PUBLIC_DIR swaps the data the build ships (scripts/bench-archive.ts builds a 260-week archive this way).
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  publicDir: process.env.PUBLIC_DIR ?? 'public',
  plugins: [react(), contentSecurityPolicy(), inlineFavicon(), feedLinks(), prerender()],
  // The manifest lets scripts/check-budget.ts follow the import graph of the first load.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the entry (src/main.tsx) shares with the app: Vite's helper for dynamic imports and the
            // prerender's marks. On their own, so that no chunk imports the entry back (scripts/prerender.ts
            // checks: the app would wait on itself forever).
            {
              name: 'entry-shared',
              test: /preload-helper|\/src\/config\/prerender-contract\.ts$/,
              priority: 2,
            },
            // The plain-text reading is shared by the Markdown stand-in (first load) and the lazy search;
            // left alone, the bundler gives it a chunk of its own (~0.18 KB more to first content).
            {
              name: 'plain-text',
              test: /\/src\/(components\/markdown\/plain-text|lib\/markdown\/(plain-text-reader|common-tex-symbols))\.ts$/,
              priority: 1,
            },
            // Everything the app's boot imports statically, in one chunk. Left alone, the bundler splits
            // the modules boot shares with the lazy routes into a dozen small chunks (~6 KB gzip more,
            // and more requests), not knowing that boot has always loaded before any route. The data
            // fetch and the document title, which every route uses, join it for the same reason (three
            // fewer requests on each reading page, 0.7 KB less to first content). So does the author line,
            // shared by the cards and the library's exports (0.2 KB as a chunk of its own).
            {
              name: 'boot',
              test: /\/src\/(boot\.tsx|hooks\/use-document-title\.ts|lib\/(fetch-json|author-line)\.ts)$/,
              priority: 1,
            },
          ],
        },
      },
    },
    // KaTeX's fonts stay files (fetched only when math renders) instead of data: URLs inlined into its CSS,
    // and so does the print stylesheet (src/print.css; the CSP allows no data: stylesheet).
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|css)$/.test(file) ? false : undefined),
  },
});
