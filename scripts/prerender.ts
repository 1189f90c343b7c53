/**
 * Build-time prerender: after `vite build` has written the browser bundle, renders the newest issues,
 * their papers and the archive with the app's own components (src/prerender.tsx, built for Node into a
 * temporary folder) and writes each as a static HTML page next to the bundle. A reader then sees the
 * issue as soon as the HTML and its CSS arrive, without waiting for scripts and data; the app renders
 * the same page over it once its code is in (src/main.tsx, src/boot.tsx).
 *
 * Output, following the usual static-host conventions (docs/architecture.md, "Hosting"):
 *   index.html                           the newest issue (`/`)
 *   issues/<id>.html                     each of the newest PRERENDER_ISSUES issues
 *   issues/<id>/papers/<paper>.html      each of their papers
 *   archive.html                         the list of every issue
 *   200.html, 404.html                   the empty app shell, for every other path
 *
 * Runs from the `prerender` plugin in vite.config.ts, so every `vite build` (dist, e2e, bench) gets it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { build } from 'vite';
import { markdownToPlainParagraphsWithoutMath } from '../src/lib/markdown/plain-text.ts';
import { citationMeta, type CitationMeta } from '../src/features/papers/citation-meta.ts';
import { ROUTES, fillPath, routeModulePath, type RouteSpec } from '../src/config/routes.ts';
import type * as Entry from '../src/prerender';
import { fingerprint, formatFingerprints } from '../src/lib/data-fingerprint.ts';
import {
  BOOT_FAILED_ID,
  FINGERPRINTS_ATTRIBUTE,
  PRELOAD_ATTRIBUTE,
  PRERENDERED_ATTRIBUTE,
  ROOT_ID,
} from '../src/config/prerender-contract.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { classesIn, keepRulesForClasses } from './lib/trim-css.ts';
import {
  entryKey,
  findChunk,
  readManifest,
  staticClosure,
  type Manifest,
} from './lib/vite-manifest.ts';

/**
 * How many of the newest issues get static pages. Readers mostly arrive at this week's issue or a
 * shared paper from the last few weeks; older issues render in the browser from the shell. Each issue
 * is ~11 pages and ~250 KB of HTML, so prerendering a five-year archive would add ~65 MB to every deploy.
 */
export const PRERENDER_ISSUES = 12;

export interface PrerenderOptions {
  /** The project root (where vite.config.ts is). */
  root: string;
  /** The browser build's output folder, already written. */
  outDir: string;
  /** Vite's `base`, with leading and trailing slash. */
  base: string;
  log?: (message: string) => void;
}

export async function prerenderSite({
  root,
  outDir,
  base,
  log = console.log,
}: PrerenderOptions): Promise<void> {
  const template = readFileSync(join(outDir, 'index.html'), 'utf8');
  const manifest = readManifest(outDir);
  // The shell answers every path without a page of its own (library, search, older issues, typos).
  // index.html stays the shell too until the newest issue replaces it below.
  const shell = pageWriter(template, manifest, base, outDir, inlineStyles(manifest, outDir, null));
  for (const file of ['200.html', '404.html', 'index.html']) {
    shell(file, null, { chunks: [], data: [], renderedFrom: [], description: null });
  }
  // Pages are written once all are rendered: their inlined stylesheet depends on all of them.
  const pages: { file: string; rendered: Entry.RenderedPage; spec: PageSpec }[] = [];

  const data = readData(outDir, log);
  if (!data) return;

  // Inside the project, so the Node build finds react and friends in node_modules.
  mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
  const ssrDir = mkdtempSync(join(root, 'node_modules', '.cache', 'prerender-'));
  try {
    await build({
      root,
      logLevel: 'warn',
      build: {
        ssr: 'src/prerender.tsx',
        outDir: ssrDir,
        emptyOutDir: true,
        copyPublicDir: false,
        manifest: false,
        rolldownOptions: {
          // The Node build imports the validators statically; that the browser's lazy imports of them
          // do not split them out here is expected, not worth a warning on every build.
          onLog: (level, log, handler) => {
            if (log.code !== 'INEFFECTIVE_DYNAMIC_IMPORT') handler(level, log);
          },
        },
      },
    });
    const entry = (await import(pathToFileURL(join(ssrDir, 'prerender.js')).href)) as typeof Entry;
    // One unusable issue file leaves that issue to the browser (which says what is wrong with it); it
    // never fails the build or keeps the other issues from their pages.
    const problems: string[] = [];
    let parsed: Entry.PrerenderData;
    try {
      parsed = { index: entry.parseIndex(data.index), issues: [] };
    } catch (error) {
      log(`prerender: skipped, ${(error as Error).message}; every page renders in the browser`);
      return;
    }
    data.issues.forEach((file, position) => {
      try {
        if ('error' in file) throw new Error(file.error);
        parsed.issues.push(entry.parseIssueFile(file.raw));
      } catch (error) {
        problems.push(`issue ${data.ids[position]}: ${(error as Error).message}`);
      }
    });
    const basename = base.replace(/\/$/, '') || '/';
    const render = async (path: string, file: string, spec: PageSpec) => {
      const rendered = await entry.renderPage(
        `${basename === '/' ? '' : basename}${path}`,
        parsed,
        basename,
      );
      if (rendered.errors.length > 0) {
        // A page with a part React could not render would not be complete: the shell serves it.
        problems.push(...rendered.errors.map((error) => `${path}: ${error}`));
        return;
      }
      pages.push({ file, rendered, spec });
    };

    // Each route of the table (src/config/routes.ts) with a prerender rule gets its pages.
    const pagesOf = (rule: RouteSpec['prerender']) =>
      ROUTES.filter((route): route is RouteSpec & typeof route => route.prerender === rule);
    const chunksOf = (route: RouteSpec) => [routeModulePath(route.module), ...route.firstRender];
    const renderRoute = (route: RouteSpec, params: Record<string, string>, spec: PageSpec) =>
      render(fillPath(route.path, params), pageFile(route.path, params), {
        ...spec,
        chunks: chunksOf(route),
      });
    // `/` is the index's newest issue: only prerendered when that very issue is usable.
    const newest = parsed.issues.find((issue) => issue.id === parsed.index.issues[0]?.id);
    for (const issue of parsed.issues) {
      // The intro may be a line of emoji; the first highlight then describes the week best.
      const issueDescription = [issue.intro, ...issue.highlights.map((h) => h.body)].join('\n\n');
      const issueData = [`data/issues/${issue.id}.json`];
      const issueSpec = {
        chunks: [],
        data: issueData,
        renderedFrom: issueData,
        description: issueDescription,
      };
      if (issue === newest) {
        for (const route of pagesOf('newest-issue')) {
          // index.json is preloaded by the shell itself.
          await renderRoute(
            route,
            {},
            { ...issueSpec, renderedFrom: ['data/index.json', ...issueData] },
          );
        }
      }
      for (const route of pagesOf('issue'))
        await renderRoute(route, { issueId: issue.id }, issueSpec);
      for (const paper of issue.papers) {
        for (const route of pagesOf('paper')) {
          await renderRoute(
            route,
            { issueId: issue.id, paperId: paper.id },
            { ...issueSpec, description: paper.summary, meta: citationMeta(paper) },
          );
        }
      }
    }
    for (const route of pagesOf('once')) {
      await renderRoute(
        route,
        {},
        { chunks: [], data: [], renderedFrom: ['data/index.json'], description: null },
      );
    }
    const classes = new Set<string>();
    for (const { rendered } of pages) classesIn(rendered.html, classes);
    const styles = inlineStyles(manifest, outDir, classes);
    const page = pageWriter(template, manifest, base, outDir, styles);
    for (const { file, rendered, spec } of pages) page(file, rendered, spec);
    styles.writePolicy();
    for (const problem of problems) log(`prerender: left to the browser: ${problem}`);
    log(`prerender: ${pages.length} pages from ${parsed.issues.length} issue(s)`);
  } finally {
    rmSync(ssrDir, { recursive: true, force: true });
  }
}

/** `policy` with the inlined stylesheet's hash added to its style-src, or null if it has none. */
function policyWithStyle(policy: string, styleHash: string): string | null {
  const directives = policy.split(/;\s*/);
  const at = directives.findIndex((directive) => /^style-src\s/.test(directive));
  if (at < 0) return null;
  directives[at] = `${directives[at]} '${styleHash}'`;
  return directives.join('; ');
}

const MATH = 'src/components/markdown/markdown-renderer.tsx';

/** Where the page for `pattern` filled with `params` is written: `/` is index.html, `/a/b` a/b.html. */
function pageFile(pattern: string, params: Record<string, string>): string {
  if (pattern === '/') return 'index.html';
  return `${pattern.slice(1).replace(/:(\w+)/g, (_, name: string) => params[name] ?? '')}.html`;
}

interface PageSpec {
  /** Manifest keys of the chunks the page's first render uses: preloaded, and their CSS linked. */
  chunks: readonly string[];
  /** Data files the page fetches on load (paths under the base): preloaded. */
  data: string[];
  /**
   * The data files its first render shows (paths under the base): the app hydrates the page only if it
   * fetched the same (lib/data-fingerprint.ts), and renders it anew otherwise.
   */
  renderedFrom: string[];
  /** Markdown to take the meta description from; null keeps the site's. */
  description: string | null;
  /** Extra `<meta name content>` tags for the head (a paper's citation_* tags for Zotero). */
  meta?: CitationMeta;
}

/**
 * The index and the newest issues as raw JSON, or null (with the reason logged) when the index is
 * unusable. An issue file that cannot be read or is not JSON comes back as its error: only that issue
 * is left to the browser.
 */
function readData(outDir: string, log: (message: string) => void) {
  const readJson = (...path: string[]): unknown =>
    JSON.parse(readFileSync(join(outDir, 'data', ...path), 'utf8'));
  let index: { issues?: { id?: unknown }[] };
  try {
    index = readJson('index.json') as typeof index;
  } catch (error) {
    log(
      `prerender: skipped, index.json is not usable (${(error as Error).message}); every page renders in the browser`,
    );
    return null;
  }
  const ids = (Array.isArray(index.issues) ? index.issues : [])
    .slice(0, PRERENDER_ISSUES)
    .map((issue) => String(issue?.id));
  const issues = ids.map((id): { raw: unknown } | { error: string } => {
    try {
      return { raw: readJson('issues', `${id}.json`) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  });
  return { index, issues, ids };
}

interface InlineStyles {
  styles: string;
  styleHash: string;
}

/**
 * The stylesheet a prerendered page inlines: the stylesheets of the chunks its first render uses (the
 * template's first), so an archive page carries no issue-page rules and a paper page no archive rules;
 * a page the reader moves to later gets its chunk's stylesheet with its code. Each distinct stylesheet
 * is allowed by its hash in the page's Content-Security-Policy; `writePolicy` writes the policy a host
 * should send as a header (all of the hashes) to content-security-policy.txt. KaTeX's stylesheet is cut
 * to the rules the pages' formulas use (`classes`, from all of them): about 5 KB gzip less on every
 * page, which keeps a paper page within the first round trip; the renderer loads the full copy with its
 * code. `classes` null: no page will be written (the shells).
 */
function inlineStyles(manifest: Manifest, outDir: string, classes: ReadonlySet<string> | null) {
  const inTemplate = staticClosure(manifest, [entryKey(manifest)]);
  const made = new Map<string, InlineStyles>();
  return {
    /** The inlined stylesheet of a page whose first render needs the modules `needed` (its closure). */
    forPage(needed: ReturnType<typeof staticClosure>): InlineStyles {
      const styles = [
        ...inTemplate.css,
        ...[...needed.css].filter((href) => !inTemplate.css.has(href)),
      ]
        .map((href) => {
          const css = readFileSync(join(outDir, href), 'utf8');
          return needed.cssOf.get(href) === MATH
            ? keepRulesForClasses(css, classes ?? new Set())
            : css;
        })
        .join('\n');
      const known = made.get(styles);
      if (known) return known;
      if (/<\/style/i.test(styles)) throw new Error('prerender: a stylesheet contains </style');
      const styleHash = `sha256-${createHash('sha256').update(styles).digest('base64')}`;
      const inline = { styles, styleHash };
      made.set(styles, inline);
      return inline;
    },
    writePolicy() {
      let policy: string | null = CONTENT_SECURITY_POLICY;
      for (const { styleHash } of made.values())
        policy = policy && policyWithStyle(policy, styleHash);
      if (!policy) throw new Error('prerender: the policy has no style-src directive');
      writeFileSync(join(outDir, 'content-security-policy.txt'), `${policy}\n`);
    },
  };
}

/**
 * Writes one page: the built index.html with `rendered` in #root (null: the empty shell) and, in the
 * head, the stylesheets of the chunks its first render uses, modulepreloads for their code and
 * preloads for its data. The app's boot chunk is on every page: main.tsx imports it dynamically.
 */
function pageWriter(
  template: string,
  manifest: Manifest,
  base: string,
  outDir: string,
  inline: ReturnType<typeof inlineStyles>,
) {
  const entry = entryKey(manifest);
  const inTemplate = staticClosure(manifest, [entry]);
  // main.tsx awaits import('./boot'): if the boot chunk ever imported the entry chunk back, the app
  // would wait on itself forever. The chunk groups in vite.config.ts keep them apart; this says if not.
  if (staticClosure(manifest, ['src/boot.tsx']).js.has(findChunk(manifest, entry).file)) {
    throw new Error(
      'prerender: the boot chunk imports the entry chunk (see codeSplitting in vite.config.ts)',
    );
  }

  return (file: string, rendered: Entry.RenderedPage | null, spec: PageSpec) => {
    // boot.tsx loads app/take-over.tsx on a prerendered page only.
    const needed = staticClosure(manifest, [
      'src/boot.tsx',
      'src/app/take-over.tsx',
      ...spec.chunks,
    ]);
    const code = [...needed.js]
      .filter((href) => !inTemplate.js.has(href))
      .map((href) => base + href);
    const data = spec.data.map((path) => base + path);
    const page = parseHtml(template, { comment: true });
    const head = page.querySelector('head');
    const root = page.getElementById(ROOT_ID);
    if (!head || !root || root.childNodes.length > 0) {
      throw new Error(`prerender: index.html needs a <head> and an empty <div id="${ROOT_ID}">`);
    }
    if (rendered) {
      const { styles, styleHash } = inline.forPage(needed);
      // A prerendered page fetches nothing before it paints. Its stylesheets are inlined (one <style>,
      // allowed by its hash in the page's CSP), and its code and data are listed on #root for main.tsx
      // to request right after the first paint: on a slow link they never compete with the HTML.
      // The entry is started by the head script once the page has painted (reader-settings-script.ts);
      // what it imports comes with it, listed in #root's preloads.
      const entryScripts = page.querySelectorAll('script[type="module"][src]');
      const headScript = head.querySelector('script:not([src])');
      if (entryScripts.length !== 1 || !headScript) {
        throw new Error('prerender: index.html needs the head script and exactly one entry script');
      }
      setAttribute(headScript, 'data-entry', entryScripts[0]?.getAttribute('src') ?? '');
      // The web app manifest is for installing the app, which needs its service worker, so its code:
      // the head script links it when it starts that code. Linked in the head, it is fetched while the
      // page loads, and Lighthouse counts that request towards the page's largest paint.
      const manifest = head.querySelector('link[rel="manifest"]');
      if (manifest) {
        setAttribute(headScript, 'data-manifest', manifest.getAttribute('href') ?? '');
        manifest.remove();
      }
      entryScripts[0]?.remove();
      for (const link of head.querySelectorAll('link[rel="modulepreload"]')) {
        code.unshift(link.getAttribute('href') ?? '');
        link.remove();
      }
      // (Print styles stay a link: media="print" never holds up the first paint.)
      for (const link of head.querySelectorAll('link[rel="stylesheet"]')) {
        if (link.getAttribute('media') !== 'print') link.remove();
      }
      for (const link of head.querySelectorAll('link[rel="preload"][as="fetch"]')) {
        data.unshift(link.getAttribute('href') ?? '');
        link.remove();
      }
      const policy = head.querySelector('meta[http-equiv="Content-Security-Policy"]');
      const withStyle = policy && policyWithStyle(policy.getAttribute('content') ?? '', styleHash);
      if (!policy || !withStyle) {
        throw new Error('prerender: index.html has no CSP meta with a style-src directive');
      }
      setAttribute(policy, 'content', withStyle);
      head.insertAdjacentHTML('beforeend', `<style>${styles}</style>\n`);
      // The shell's "could not load" message is for pages that have nothing to read without the app.
      page.getElementById(BOOT_FAILED_ID)?.remove();
      setText(head.querySelector('title'), rendered.title);
      setAttribute(head.querySelector('meta[property="og:title"]'), 'content', rendered.title);
      setAttribute(root, PRERENDERED_ATTRIBUTE, '');
      setAttribute(root, PRELOAD_ATTRIBUTE, [...code, ...data].join(' '));
      setAttribute(
        root,
        FINGERPRINTS_ATTRIBUTE,
        formatFingerprints(
          spec.renderedFrom.map((path) => [
            base + path,
            fingerprint(readFileSync(join(outDir, path), 'utf8')),
          ]),
        ),
      );
      root.set_content(rendered.html);
    } else {
      // The empty shell has nothing to paint: it links its stylesheets and preloads its code as usual.
      const links = [
        ...[...needed.css]
          // KaTeX's stylesheet comes with the renderer, when there is math to style.
          .filter((href) => !inTemplate.css.has(href) && needed.cssOf.get(href) !== MATH)
          .map((href) => `<link rel="stylesheet" crossorigin href="${escapeHtml(base + href)}">`),
        ...code.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`),
      ];
      head.insertAdjacentHTML('beforeend', links.map((link) => `  ${link}\n`).join(''));
    }
    if (spec.description !== null) {
      const description = describe(spec.description);
      setAttribute(head.querySelector('meta[name="description"]'), 'content', description);
      setAttribute(head.querySelector('meta[property="og:description"]'), 'content', description);
    }
    for (const [name, content] of spec.meta ?? []) {
      head.insertAdjacentHTML(
        'beforeend',
        `  <meta name="${escapeHtml(name)}" content="${escapeHtml(content)}" />\n`,
      );
    }
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, page.toString());
  };
}

/** Sets an attribute to exactly `value`: escaped here, because the parser writes values as they are. */
function setAttribute(element: HTMLElement | null, name: string, value: string) {
  element?.setAttribute(name, escapeHtml(value));
}

function setText(element: HTMLElement | null, text: string) {
  element?.set_content(escapeHtml(text));
}

/**
 * Some Markdown as plain text, from its first paragraph with real words in it (an intro may open with
 * a line of emoji), cut to a search-result-sized description.
 */
export function describe(markdown: string): string {
  // The app's plain-text reading, minus formulas (they read badly in a search result).
  const paragraphs = markdownToPlainParagraphsWithoutMath(markdown)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = paragraphs.find((paragraph) => (paragraph.match(/\p{L}/gu) ?? []).length >= 20);
  const chosen = Array.from(text ?? paragraphs.join(' '));
  return chosen.length <= 160 ? chosen.join('') : `${chosen.slice(0, 159).join('').trimEnd()}…`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
