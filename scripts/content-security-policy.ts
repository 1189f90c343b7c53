import { HEAD_SCRIPT_HASH } from './head-script.ts';

/**
 * The Content-Security-Policy of the built app. No eval, and no inline script but one: the few lines
 * that apply the reader's theme and language before the first paint (src/app/reader-settings-script.ts), allowed by
 * their hash. Every other script is a file from our own origin, and so is every stylesheet, except the one <style> a prerendered page inlines,
 * which scripts/prerender.ts allows by its sha256 hash (and writes the full policy with that hash to
 * dist/content-security-policy.txt, for a host's header). Inline style *attributes* are allowed
 * (style-src-attr): rehype-katex parses KaTeX's HTML, whose glyph boxes carry style attributes; the data
 * itself can never add one (raw HTML is skipped). Only in the build: Vite's dev server injects inline
 * scripts for hot reload. A static host should send the same policy as a header (docs/security.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${HEAD_SCRIPT_HASH}`,
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
