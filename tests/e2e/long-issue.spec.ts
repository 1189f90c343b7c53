/**
 * A long issue as the prerender writes it: a build whose newest week has grown to 24 papers (copies of its
 * own under new ids), prerendered as `vite build` would. Its own contents list is folded, which must hold
 * without JavaScript, through the app taking the page over, in print, and on Back.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { prerenderSite } from '../../scripts/prerender';
import { issueIndexSchema, issueSchema, issueSummary } from '../../src/data/schema';
import {
  buildWithoutPages,
  launchBrowser,
  newContext,
  seriousAxeViolations,
  startStaticServer,
  waitForApp,
  watchErrors,
  type StaticServer,
} from './harness';

const ISSUE_ID = '2025-10-20';
const COUNT = 24;
const PHONE = { width: 390, height: 844 };

let dir: string;
/** Paper 21's id (a copy of the first paper, numbered 20 as its title is). */
let twentieth: string;
let server: StaticServer;
let browser: Browser;

before(async () => {
  dir = buildWithoutPages('long-issue-');
  const issueFile = join(dir, 'data', 'issues', `${ISSUE_ID}.json`);
  const seed = issueSchema.parse(JSON.parse(readFileSync(issueFile, 'utf8')));
  const papers = Array.from({ length: COUNT }, (_, at) => {
    const paper = seed.papers[at % seed.papers.length]!;
    return at < seed.papers.length
      ? paper
      : { ...paper, id: `${paper.id}-${at}`, titleKo: `${paper.titleKo} (${at})` };
  });
  const issue = { ...seed, papers };
  twentieth = papers[20]!.id;
  writeFileSync(issueFile, JSON.stringify(issue));
  const indexFile = join(dir, 'data', 'index.json');
  const index = issueIndexSchema.parse(JSON.parse(readFileSync(indexFile, 'utf8')));
  index.issues = index.issues.map((entry) => (entry.id === ISSUE_ID ? issueSummary(issue) : entry));
  writeFileSync(indexFile, JSON.stringify(index));
  await prerenderSite({ root: process.cwd(), outDir: dir, base: '/', log: () => {} });
  server = await startStaticServer(dir);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The issue's own contents list, its toggle and its last entry (paper 24, "… (23)"). */
function contentsOf(page: Page) {
  const contents = page.getByRole('navigation', { name: '이번 호 논문 목차' });
  return {
    contents,
    toggle: contents.locator('summary'),
    last: contents.getByRole('link', { name: /\(23\)$/ }),
  };
}

/** Where a paper's card is on screen. */
const cardTop = async (page: Page, name: RegExp) =>
  Math.round((await page.getByRole('article', { name }).boundingBox())?.y ?? NaN);

test('without JavaScript, the folded contents list takes a line, opens to every paper and prints whole', async () => {
  const context = await newContext(browser, { viewport: PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  const { contents, toggle, last } = contentsOf(page);
  assert.equal(await toggle.innerText(), `논문 ${COUNT}편`);
  assert.equal(await last.isVisible(), false, 'the folded list shows its titles');
  // Folded, it takes a line of the page, not ten screens of titles.
  const folded = await contents.boundingBox();
  assert.ok(folded && folded.height < 200, `the folded list is ${folded?.height} px tall`);

  // Printed, the list is whole and its toggle gone.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await last.isVisible(), true, 'the printed list lacks its titles');
  assert.equal(await toggle.isVisible(), false, 'the printed list shows its toggle');
  await page.emulateMedia({ media: 'screen' });

  await toggle.click();
  assert.equal(await contents.getByRole('link').count(), COUNT);
  await last.click();
  await page.waitForURL(/#paper-[\w-]+-23$/);
  // (The last paper: the page ends below it, so it is on screen, not necessarily at the top.)
  const top = await cardTop(page, /\(23\)$/);
  assert.ok(top > -2 && top < PHONE.height - 100, `the card is not on screen (y=${top})`);
  await context.close();
});

test('a fold opened before the app takes the page over stays open, and keyboard and axe find it usable', async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  const errors = watchErrors(page);
  // The app's boot chunk held back, as on a slow network.
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/boot-[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(server.url);
  const { toggle, last } = contentsOf(page);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await last.waitFor();
  release();
  // Taken over in place: the prerendered page is hydrated, without a mismatch (React would say so on
  // the console), and the list the reader opened is still open.
  await waitForApp(page);
  assert.equal(await last.isVisible(), true, 'the list the reader opened closed');
  assert.deepEqual(await seriousAxeViolations(page), []);
  // Closed and opened again by keyboard, now with the app.
  await toggle.focus();
  await page.keyboard.press('Enter');
  await last.waitFor({ state: 'hidden' });
  await page.keyboard.press('Space');
  await last.waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back to a long issue whose contents list the reader opened lands where they were', async () => {
  const context = await newContext(browser, { viewport: PHONE });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await waitForApp(page);
  const { toggle, contents } = contentsOf(page);
  await toggle.click();
  // A paper well below the opened list, reached from it.
  const entry = contents.getByRole('link', { name: /\(20\)$/ });
  await entry.click();
  await page.waitForURL(/#paper-[\w-]+-20$/);
  // Where the link put the card, once it stays there for two frames. (No named inner functions: the
  // test's compiler would wrap them in a helper that does not exist in the page.)
  const before = await page.evaluate(async (id) => {
    const card = document.querySelector(`article[data-paper-id="${id}"]`) as HTMLElement;
    let top = NaN;
    for (let last = -1; top !== last;) {
      last = top;
      await new Promise((done) => requestAnimationFrame(done));
      await new Promise((done) => requestAnimationFrame(done));
      top = Math.round(card.getBoundingClientRect().top);
    }
    return top;
  }, twentieth);
  // Its own page, and Back.
  await page
    .getByRole('article', { name: /\(20\)$/ })
    .getByRole('heading', { level: 3 })
    .getByRole('link')
    .click();
  await page.getByRole('heading', { level: 1, name: /\(20\)$/ }).waitFor();
  await page.goBack();
  await page.getByRole('article', { name: /\(20\)$/ }).waitFor();
  // Scroll restoration follows the page as it grows back for a few frames: give it until it is there
  // (or has given up), then look.
  await page
    .waitForFunction(
      ({ id, top }) => {
        const card = document.querySelector(`article[data-paper-id="${id}"]`);
        return card !== null && Math.abs(card.getBoundingClientRect().top - top) <= 2;
      },
      { id: twentieth, top: before },
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const after = await cardTop(page, /\(20\)$/);
  assert.ok(Math.abs(after - before) <= 2, `the card was at ${before} px, is at ${after} px`);
  assert.deepEqual(errors, []);
  await context.close();
});
