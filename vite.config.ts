import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built app. No inline scripts and no eval: every script is a file
 * from our own origin, and so is every stylesheet. Inline style *attributes* are allowed
 * (style-src-attr): rehype-katex parses KaTeX's HTML, whose glyph boxes carry style attributes; the data
 * itself can never add one (raw HTML is skipped). Only in the build: Vite's dev server injects inline
 * scripts for hot reload. A static host should send the same policy as a header (docs/security.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// BASE_PATH lets the app live under a sub-path on a static host, e.g. BASE_PATH=/digest/ npm run build.
export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), contentSecurityPolicy()],
  // The manifest lets scripts/check-budget.ts follow the import graph of the first load.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // KaTeX's fonts stay files (fetched only when math renders) instead of data: URLs inlined into its CSS.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
  },
});
