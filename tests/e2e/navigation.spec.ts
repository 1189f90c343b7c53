import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  newContext,
  startStaticServer,
  watchErrors,
  type StaticServer,
  waitForApp,
} from './harness';

let server: StaticServer;
let baseServer: StaticServer;
let browser: Browser;

before(async () => {
  server = await startStaticServer();
  baseServer = await startStaticServer(process.env.E2E_BASE_DIST ?? '.e2e-dist-base', {
    base: '/digest/',
  });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await baseServer?.close();
});

test('the back button returns to the same place on the issue page, and every route has its own title', async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.title.includes('2025년 10월 20일'));
  await waitForApp(page);
  const issueTitle = await page.title();

  // Scroll down to the seventh paper and open its own page from the card's title.
  const link = page.getByRole('article').getByRole('link', { name: /^Fast-dLLM: KV 캐시/ });
  await link.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(300);
  const scrolledTo = await page.evaluate(() => window.scrollY);
  assert.ok(scrolledTo > 1000, `the page scrolled (y=${scrolledTo})`);

  await link.click();
  await page.getByRole('heading', { level: 1, name: /Fast-dLLM/ }).waitFor();
  const paperTitle = await page.title();
  assert.notEqual(paperTitle, issueTitle);
  assert.match(paperTitle, /Fast-dLLM/);

  await page.goBack();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 40, scrolledTo, {
    timeout: 5000,
  });
  await page.waitForFunction((title) => document.title === title, issueTitle, { timeout: 5000 });

  // A reload lands before the data has rendered; the position still comes back.
  await page.reload();
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 40, scrolledTo, {
    timeout: 5000,
  });

  // A new address typed into the same tab starts at the top, not where the previous page was.
  await page.goto(new URL('issues/2025-10-20?lang=en', server.url).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(() => window.scrollY), 0);

  await page.goto(new URL('archive', server.url).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  assert.notEqual(await page.title(), issueTitle);
  await context.close();
});

test('under a sub-path (BASE_PATH=/digest/), deep links, navigation and reloads work', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL('issues/2025-10-20/papers/optpipe', baseServer.url).href);
  await page.getByRole('heading', { level: 1, name: /OptPipe/ }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: /OptPipe/ }).waitFor();

  // (Each wait starts before its click: a prerendered page's link loads the next page at once.)
  await Promise.all([
    page.waitForURL(/\/digest\/archive$/),
    page
      .getByRole('link', { name: /지난 호|Archive/ })
      .first()
      .click(),
  ]);
  await Promise.all([
    page.waitForURL(/\/digest\/issues\/2025-10-20/),
    page.getByRole('link', { name: /2025/ }).first().click(),
  ]);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('after switching the language in place, Back still returns to the same place', async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.title.includes('2025년 10월 20일'));
  await waitForApp(page);
  const link = page.getByRole('article').getByRole('link', { name: /^Fast-dLLM: KV 캐시/ });
  await link.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  // `t` switches the language with a replace-navigation (a new history key) and no scrolling. The card
  // the reader is looking at stays where it was (scrollY changes to achieve that).
  await assertCardStaysAcrossSwitch(page, 'fast-dllm');
  const afterSwitch = await page.evaluate(() => window.scrollY);

  await page
    .getByRole('article')
    .getByRole('link', { name: /^Fast-dLLM: Training-free/ })
    .click();
  await page.getByRole('heading', { level: 1, name: /Fast-dLLM/ }).waitFor();
  await page.goBack();
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 40, afterSwitch, {
    timeout: 5000,
  });
  await context.close();
});

test('a reader halfway through a long card on a phone keeps their place in every frame of a switch', async () => {
  const context = await newContext(browser, { viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForApp(page);
  const card = page.locator('article[data-paper-id="fast-dllm"]');
  await card.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, ((await card.boundingBox())?.y ?? 0) + 200);
  await page.waitForTimeout(300);
  const top = (await card.boundingBox())?.y ?? NaN;
  assert.ok(top < -100 && top > -400, `the card's title has scrolled off the top (y=${top})`);
  const next = page.locator('article[data-paper-id="fast-dllm"] + article');
  assert.ok(((await next.boundingBox())?.y ?? 0) > 800, 'the card fills the screen');

  // The cards above change height with the language; the one being read must not move meanwhile.
  await assertCardStaysAcrossSwitch(page, 'fast-dllm');
  await context.close();
});

/**
 * Presses `t` and reads the card's top after each of the frames that follow the key press has painted
 * (a frame callback would read before the app's own correction): within 2 px of where it was, in every
 * one of them.
 */
async function assertCardStaysAcrossSwitch(page: Page, paperId: string) {
  const card = page.locator(`article[data-paper-id="${paperId}"]`);
  const before = Math.round((await card.boundingBox())?.y ?? NaN);
  await page.evaluate(`
    window.__cardTops = [];
    const card = document.querySelector('article[data-paper-id="${paperId}"]');
    const afterPaint = (frames) => {
      window.__cardTops.push(Math.round(card.getBoundingClientRect().top));
      if (frames > 0) requestAnimationFrame(() => setTimeout(() => afterPaint(frames - 1), 0));
    };
    // From the key press on: the app handles it in this same task, and paints after.
    document.addEventListener('keydown', () => setTimeout(() => afterPaint(10), 0), {
      capture: true,
      once: true,
    });
  `);
  const url = page.url();
  await page.keyboard.press('t');
  await page.waitForURL((next) => next.href !== url);
  await page.waitForFunction(
    () => (window as unknown as { __cardTops: number[] }).__cardTops.length > 10,
  );
  const tops = (await page.evaluate('window.__cardTops')) as number[];
  assert.ok(
    tops.every((top) => Math.abs(top - before) <= 2),
    `the card stayed at ${before}: ${tops.join(', ')}`,
  );
}
