/**
 * Reading comfort (issue 14), items 6 and 8: no Korean line starts with a particle torn from the
 * closing bracket or quote before it, wherever Korean text is shown (the rendered Markdown, the
 * plain-text stand-in shown while the renderer loads, the prerendered HTML, titles); and figures such as
 * "74.9 → 57.2" or "4.8×" are set in the prose font in both languages, whether the digest wrote them as
 * `$…$` math or as text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newContext, serveAppInBrowser, waitForApp } from './harness';

const DIST = process.env.E2E_DIST ?? '.e2e-dist';
const app = serveAppInBrowser();
const ISSUE_ID = '2025-10-20';
const ISSUE = `issues/${ISSUE_ID}`;
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

/** The seed week's paper whose Korean abstract reads "GSM8K(256 토큰)에서", for its own page. */
async function paperWithParticles(): Promise<string> {
  const issue = JSON.parse(await readFile(join(DIST, `data/${ISSUE}.json`), 'utf8')) as {
    papers: Array<{ id: string; abstractKo: string }>;
  };
  const paper = issue.papers.find((candidate) => candidate.abstractKo.includes('토큰)에서'));
  assert.ok(paper, 'the seed week has no abstract with "토큰)에서"');
  return `${ISSUE}/papers/${paper.id}`;
}

/** Waits until the Markdown renderer's chunk has loaded and the page has settled. */
async function rendererIn(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => /\/markdown-renderer-[^/]*\.js$/.test(entry.name)),
  );
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
}

interface LineStarts {
  /** How many closing-mark + Hangul pairs were looked at. */
  checked: number;
  /** The pairs whose Hangul character opens a line, with some text around them. */
  torn: string[];
}

/**
 * Every visible closing mark immediately followed by a Hangul syllable in `main` (across text nodes of
 * one block, ignoring invisible joiners): is the syllable on a lower line than the mark, that is, does
 * a line box start with it? Each character's box comes from Range.getBoundingClientRect.
 */
function tornParticles(page: Page): Promise<LineStarts> {
  return page.locator('main').evaluate((main) => {
    const CLOSING = /[)\]}"'’”」』〉》】〕）］｝»›]/;
    const HANGUL = /[가-힣]/;
    const INVISIBLE = /[\u2060\u200b\u200d]/;
    const BLOCK = 'p, li, h1, h2, h3, h4, dd, dt, blockquote, td, th';
    const range = document.createRange();
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    let previous: { node: Text; index: number; block: Element | null } | null = null;
    const result = { checked: 0, torn: [] as string[] };
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const parent = node.parentElement;
      if (
        !parent ||
        parent.closest('.katex-mathml, .visually-hidden, [hidden], [aria-hidden="true"]') ||
        parent.getClientRects().length === 0
      ) {
        previous = null;
        continue;
      }
      const block = parent.closest(BLOCK);
      // A box of no width (a closed drawer) shows nothing, yet puts every character on a line of its own.
      if (block && block.getBoundingClientRect().width < 1) {
        previous = null;
        continue;
      }
      const text = node.data;
      for (let index = 0; index < text.length; index++) {
        const character = text[index]!;
        if (INVISIBLE.test(character)) continue;
        if (
          HANGUL.test(character) &&
          previous &&
          previous.block === block &&
          CLOSING.test(previous.node.data[previous.index]!)
        ) {
          result.checked++;
          // (No helper function: tsx would wrap it in a __name() call the page does not have.)
          range.setStart(previous.node, previous.index);
          range.setEnd(previous.node, previous.index + 1);
          const mark = range.getBoundingClientRect();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const here = range.getBoundingClientRect();
          if (here.top > mark.top + mark.height / 2) {
            const line = (block ?? parent).textContent ?? '';
            const at = line.indexOf(text.slice(index, index + 6));
            result.torn.push(
              `"${line.slice(Math.max(0, at - 16), at)}" / "${line.slice(at, at + 8)}"`,
            );
          }
        }
        previous = { node, index, block };
      }
    }
    return result;
  });
}

/** Collects, per page, language and width, the particles found at a line start. */
class TornReport {
  readonly torn: Record<string, string[]> = {};

  add(found: LineStarts, where: string): void {
    // The seed week has dozens of `)은`, `)을`, `"에`… (the paper page a few): a check that saw fewer
    // looked at nothing.
    const least = where.includes('/papers/') ? 3 : 20;
    assert.ok(
      found.checked >= least,
      `${where}: only ${found.checked} mark + particle pairs found`,
    );
    if (found.torn.length > 0) this.torn[where] = found.torn;
  }

  /** Asserted once at the end, so a failure names every width and language that has the problem. */
  assertNone(): void {
    assert.deepEqual(this.torn, {}, 'lines start with a particle torn from its closing mark');
  }
}

test('no line starts with a Korean particle after a closing bracket or quote, in the rendered page', async () => {
  const paper = await paperWithParticles();
  const report = new TornReport();
  for (const viewport of WIDTHS) {
    const context = await newContext(app.browser, { viewport });
    const page = await context.newPage();
    for (const path of [ISSUE, paper]) {
      for (const lang of ['ko', 'both']) {
        await page.goto(`${app.server.url}${path}?lang=${lang}`);
        await waitForApp(page);
        await rendererIn(page);
        report.add(await tornParticles(page), `${path}?lang=${lang} at ${viewport.width}px`);
      }
    }
    await context.close();
  }
  report.assertNone();
});

test('no line starts with a Korean particle in the prerendered HTML (no JavaScript)', async () => {
  const paper = await paperWithParticles();
  const report = new TornReport();
  for (const viewport of WIDTHS) {
    const context = await newContext(app.browser, { viewport, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of [ISSUE, paper]) {
      await page.goto(`${app.server.url}${path}`);
      await page.getByRole('article').first().waitFor();
      report.add(await tornParticles(page), `prerendered ${path} at ${viewport.width}px`);
    }
    await context.close();
  }
  report.assertNone();
});

test('no line starts with a Korean particle in the plain-text stand-in shown while the renderer loads', async () => {
  const report = new TornReport();
  for (const viewport of WIDTHS) {
    const context = await newContext(app.browser, { viewport });
    const page = await context.newPage();
    // The Markdown + KaTeX chunk never arrives, so every block keeps showing its plain-text stand-in.
    await page.route(/\/assets\/markdown-renderer-[^/]*\.js$/, () => {});
    // From the archive, so the issue is rendered by the app (a prerendered page keeps its HTML).
    await page.goto(`${app.server.url}archive`);
    await waitForApp(page);
    await page.locator(`main a[href$="${ISSUE}"]`).first().click();
    await page.getByRole('article').first().waitFor();
    assert.equal(await page.locator('main .katex').count(), 0, 'the renderer was held back');
    report.add(await tornParticles(page), `stand-in at ${viewport.width}px`);
    await context.close();
  }
  report.assertNone();
});

/**
 * Every visible text node of the cards' paragraphs that holds a digit, an arrow or a ×, with its
 * font-family when it differs from its paragraph's.
 */
function figuresInAnotherFont(page: Page): Promise<{ figures: string; odd: string[] }> {
  return page.locator('main').evaluate((main) => {
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    const odd: string[] = [];
    let figures = '';
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      const parent = node.parentElement;
      const paragraph = parent?.closest('article p');
      if (!parent || !paragraph || !/[0-9→×]/.test(node.data)) continue;
      if (parent.closest('.katex-mathml') || parent.getClientRects().length === 0) continue;
      figures += `${node.data}\n`;
      const own = getComputedStyle(parent).fontFamily;
      const prose = getComputedStyle(paragraph).fontFamily;
      if (own !== prose)
        odd.push(`"${node.data.slice(0, 40)}" in ${own}, its paragraph in ${prose}`);
    }
    return { figures, odd };
  });
}

test('figures such as 74.9 → 57.2 and 4.8× are in the prose font in both languages', async () => {
  const context = await newContext(app.browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const lang of ['ko', 'en']) {
    await page.goto(`${app.server.url}${ISSUE}?lang=${lang}`);
    await waitForApp(page);
    // The renderer is in: the one real formula of the week ($n$) is typeset.
    await page.locator('main .katex:visible').first().waitFor();
    await page.waitForLoadState('networkidle');
    const { figures, odd } = await figuresInAnotherFont(page);
    assert.deepEqual(odd, [], `figures set in another font (${lang})`);
    // The figures the issue names are really there, written the same way in both languages.
    assert.match(figures, /74\.9 → 57\.2/, lang);
    assert.match(figures, /8\.7×/, lang);
    if (lang === 'ko') {
      assert.match(figures, /84\.4 → 52\.3/);
      assert.match(figures, /4\.8×/);
      assert.match(figures, /27\.6×/);
    }
  }
  await context.close();
});
