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
import { build } from 'vite';
import { markdownToPlainParagraphs } from '../src/components/markdown/plain-text.ts';
import { citationMeta, type CitationMeta } from '../src/features/papers/citation-meta.ts';
import type * as Entry from '../src/prerender';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
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
  const page = pageWriter(template, manifest, base, outDir);
  // The shell answers every path without a page of its own (library, search, older issues, typos).
  // index.html stays the shell too until the newest issue replaces it below.
  for (const file of ['200.html', '404.html', 'index.html']) {
    page(file, null, { chunks: [], data: [], description: null });
  }

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
    let count = 0;
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
      page(file, rendered, spec);
      count += 1;
    };

    // `/` is the index's newest issue: only prerendered when that very issue is usable.
    const newest = parsed.issues.find((issue) => issue.id === parsed.index.issues[0]?.id);
    for (const issue of parsed.issues) {
      // The intro may be a line of emoji; the first highlight then describes the week best.
      const issueDescription = [issue.intro, ...issue.highlights.map((h) => h.body)].join('\n\n');
      const issueData = [`data/issues/${issue.id}.json`];
      const issueSpec: PageSpec = {
        chunks: [...ISSUE_CHUNKS, 'src/app/routes/issue.tsx'],
        data: issueData,
        description: issueDescription,
      };
      if (issue === newest) {
        await render('/', 'index.html', {
          chunks: [...ISSUE_CHUNKS, 'src/app/routes/home.tsx', 'src/data/schema.ts'],
          // index.json is preloaded by the shell itself.
          data: issueData,
          description: issueDescription,
        });
      }
      await render(`/issues/${issue.id}`, `issues/${issue.id}.html`, issueSpec);
      for (const paper of issue.papers) {
        await render(
          `/issues/${issue.id}/papers/${paper.id}`,
          `issues/${issue.id}/papers/${paper.id}.html`,
          {
            chunks: PAPER_CHUNKS,
            data: issueData,
            description: paper.summary,
            meta: citationMeta(paper),
          },
        );
      }
    }
    await render('/archive', 'archive.html', {
      chunks: ARCHIVE_CHUNKS,
      data: [],
      description: null,
    });
    for (const problem of problems) log(`prerender: left to the browser: ${problem}`);
    log(`prerender: ${count} pages from ${parsed.issues.length} issue(s)`);
  } finally {
    rmSync(ssrDir, { recursive: true, force: true });
  }
}

/** The policy of vite.config.ts with the inlined stylesheet's hash: what a host should send as a header. */
function policyWithStyle(styleHash: string): string {
  return CONTENT_SECURITY_POLICY.replace(/(style-src 'self')(?=;)/, `$1 '${styleHash}'`);
}

/** What an issue page's first render needs, besides its route chunk (see prepare in the routes). */
const ISSUE_CHUNKS = [
  'src/app/routes/issue-view.tsx',
  'src/features/issues/parse-issue.ts',
  'src/components/markdown/markdown-renderer.tsx',
];
const PAPER_CHUNKS = [
  'src/app/routes/paper.tsx',
  'src/app/routes/paper-view.tsx',
  'src/features/issues/parse-issue.ts',
  'src/components/markdown/markdown-renderer.tsx',
];
const MATH = 'src/components/markdown/markdown-renderer.tsx';
const ARCHIVE_CHUNKS = ['src/app/routes/archive.tsx', 'src/data/schema.ts'];
const ALL_PAGE_CHUNKS = [
  ...ISSUE_CHUNKS,
  'src/app/routes/home.tsx',
  'src/app/routes/issue.tsx',
  ...PAPER_CHUNKS,
  ...ARCHIVE_CHUNKS,
];

interface PageSpec {
  /** Manifest keys of the chunks the page's first render uses: preloaded, and their CSS linked. */
  chunks: string[];
  /** Data files the page fetches on load (paths under the base): preloaded. */
  data: string[];
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

/**
 * Writes one page: the built index.html with `rendered` in #root (null: the empty shell) and, in the
 * head, the stylesheets of the chunks its first render uses, modulepreloads for their code and
 * preloads for its data. The app's boot chunk is on every page: main.tsx imports it dynamically.
 */
function pageWriter(template: string, manifest: Manifest, base: string, outDir: string) {
  const entry = entryKey(manifest);
  const inTemplate = staticClosure(manifest, [entry]);
  // main.tsx awaits import('./boot'): if the boot chunk ever imported the entry chunk back, the app
  // would wait on itself forever. The chunk groups in vite.config.ts keep them apart; this says if not.
  if (staticClosure(manifest, ['src/boot.tsx']).js.has(findChunk(manifest, entry).file)) {
    throw new Error(
      'prerender: the boot chunk imports the entry chunk (see codeSplitting in vite.config.ts)',
    );
  }
  // Every prerendered page inlines the same stylesheet (the first render of any page needs at most
  // these), so one hash in the Content-Security-Policy covers them all, header or meta.
  const allCss = staticClosure(manifest, ['src/boot.tsx', ...ALL_PAGE_CHUNKS]).css;
  const styles = [...inTemplate.css, ...[...allCss].filter((href) => !inTemplate.css.has(href))]
    .map((href) => readFileSync(join(outDir, href), 'utf8'))
    .join('\n');
  if (/<\/style/i.test(styles)) throw new Error('prerender: a stylesheet contains </style');
  const styleHash = `sha256-${createHash('sha256').update(styles).digest('base64')}`;
  writeFileSync(join(outDir, 'content-security-policy.txt'), `${policyWithStyle(styleHash)}\n`);

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
    let html = template;
    if (rendered) {
      // A prerendered page fetches nothing before it paints. Its stylesheets are inlined (one <style>,
      // allowed by its hash in the page's CSP), and its code and data are listed on #root for main.tsx
      // to request right after the first paint: on a slow link they never compete with the HTML.
      html = html
        // The entry runs as soon as it arrives (see main.tsx), not after the whole page is parsed.
        .replace('<script type="module" crossorigin', '<script type="module" async crossorigin')
        // (Print styles stay a link: media="print" never holds up the first paint.)
        .replace(/<link rel="stylesheet"(?![^>]*media="print")[^>]*>\s*/g, '')
        .replace(/<link rel="preload" href="[^"]*" as="fetch"[^>]*>\s*/g, (link) => {
          data.unshift(link.match(/href="([^"]*)"/)?.[1] ?? '');
          return '';
        })
        .replace(
          /(style-src &#39;self&#39;)(?=;)/,
          (directive) => `${directive} &#39;${styleHash}&#39;`,
        )
        .replace('</head>', () => `  <style>${styles}</style>\n  </head>`);
      if (!html.includes(styleHash)) {
        throw new Error('prerender: index.html has no CSP meta with a style-src directive');
      }
    } else {
      // The empty shell has nothing to paint: it links its stylesheets and preloads its code as usual.
      const head = [
        ...[...needed.css]
          // KaTeX's stylesheet comes with the renderer, when there is math to style.
          .filter((href) => !inTemplate.css.has(href) && needed.cssOf.get(href) !== MATH)
          .map((href) => `<link rel="stylesheet" crossorigin href="${base}${href}">`),
        ...code.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
      ].join('\n    ');
      html = html.replace('</head>', () => `  ${head}\n  </head>`);
    }
    const description = spec.description === null ? null : describe(spec.description);
    // NOTE: replacement functions, not strings: the text may contain `$&` or `$1`, which a replacement
    // string would expand (math is full of dollars).
    if (rendered) {
      const title = escapeHtml(rendered.title);
      html = html
        .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
        .replace(
          /(<meta\s+property="og:title"\s+content=")[^"]*/,
          (_, start: string) => start + title,
        )
        .replace(
          '<div id="root"></div>',
          () =>
            `<div id="root" data-prerendered="" data-preload="${escapeHtml([...code, ...data].join(' '))}">` +
            `${rendered.html}</div>`,
        );
      if (!html.includes('data-prerendered')) {
        throw new Error('prerender: index.html has no empty <div id="root">');
      }
    }
    if (description) {
      const content = escapeHtml(description);
      html = html
        .replace(
          /(<meta\s+name="description"\s+content=")[^"]*/,
          (_, start: string) => start + content,
        )
        .replace(
          /(<meta\s+property="og:description"\s+content=")[^"]*/,
          (_, start: string) => start + content,
        );
    }
    if (spec.meta && spec.meta.length > 0) {
      const tags = spec.meta
        .map(
          ([name, content]) =>
            `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}" />`,
        )
        .join('\n    ');
      html = html.replace('</head>', () => `  ${tags}\n  </head>`);
    }
    const target = join(outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, html);
  };
}

/**
 * Some Markdown as plain text, from its first paragraph with real words in it (an intro may open with
 * a line of emoji), cut to a search-result-sized description.
 */
export function describe(markdown: string): string {
  // What the reader's plain-text stand-in shows, minus formulas (they read badly in a search result).
  const paragraphs = markdownToPlainParagraphs(
    markdown.replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ''),
  )
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = paragraphs.find((paragraph) => (paragraph.match(/\p{L}/gu) ?? []).length >= 20);
  const chosen = Array.from(text ?? paragraphs.join(' '));
  return chosen.length <= 160 ? chosen.join('') : `${chosen.slice(0, 159).join('').trimEnd()}…`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
