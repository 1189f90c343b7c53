import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newContext, watchErrors, serveAppInBrowser, waitForApp } from './harness';
import {
  HOSTILE_MARKERS,
  LONG_WORD,
  hostileIndex,
  hostileIssue,
  longWordIndex,
  longWordIssue,
} from './hostile-data';

const app = serveAppInBrowser();

/** Serves the hostile issue in place of the real data, and records anything that tried to run. */
async function openHostilePage(path: string) {
  const context = await newContext(app.browser);
  await context.addInitScript(() => {
    const record: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = record;
    document.addEventListener('securitypolicyviolation', (event) =>
      record.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await context.route('**/data/index.json', (route) => route.fulfill({ json: hostileIndex() }));
  await context.route('**/data/issues/*.json', (route) => route.fulfill({ json: hostileIssue() }));
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const errors = watchErrors(page);
  await page.goto(new URL(path, app.server.url).href);
  return { context, page, dialogs, errors };
}

async function assertNothingRan(page: Page, dialogs: string[]) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
    csp: (window as unknown as { __cspViolations: string[] }).__cspViolations,
    dangerousLinks: [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      // (An empty href is the page itself: the shell's static "reload" link.)
      .filter((href) => href !== '' && !/^(https?:|mailto:|\/|#|\.)/i.test(href)),
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((attr) => attr.name.toLowerCase().startsWith('on')),
    ).length,
    frames: document.querySelectorAll('iframe, object, embed').length,
    // The one inline script in <head> is ours, the head script the policy allows by its hash (minified,
    // so known by where it is, not by its text); the data renders into the body.
    dataScripts: [...document.body.querySelectorAll('script')].filter((s) => !s.src).length,
    katexClasses: document.querySelectorAll('.pwned, [data-a]').length,
  }));
  assert.equal(state.pwned, 0, 'a payload executed');
  assert.deepEqual(dialogs, [], 'a dialog opened');
  assert.deepEqual(state.csp, [], 'the Content-Security-Policy had to block something');
  assert.deepEqual(state.dangerousLinks, [], 'a non-http(s) link is clickable');
  assert.equal(state.handlers, 0, 'an element carries an inline event handler');
  assert.equal(state.frames, 0, 'an iframe/object/embed was created');
  assert.equal(state.dataScripts, 0, 'an inline script element exists');
  assert.equal(state.katexClasses, 0, 'KaTeX applied \\htmlClass or \\htmlData from the data');
}

test('a hostile issue renders as text, runs nothing and keeps the page responsive', async () => {
  const { context, page, dialogs, errors } = await openHostilePage('issues/2025-10-20');
  // The title and the payloads show up as literal text.
  await page
    .getByRole('heading', { level: 1, name: /<script>window.__pwned=1<\/script> 이번 주 논문/ })
    .waitFor();
  await page.getByText(HOSTILE_MARKERS.rtl).first().waitFor();
  // The paper the schema refuses is marked, the others stay.
  await page
    .getByText(/javascript-link|Title javascript-link/)
    .first()
    .waitFor();

  // Responsive: the reading-language switch still answers, and the 100,000-character English abstract (hidden
  // while reading in Korean) shows up as text.
  await page.getByRole('radio', { name: 'English' }).first().check();
  await page.waitForURL(/lang=en/);
  await page
    .getByText('Hostile abstract filler sentence', { exact: false })
    .first()
    .waitFor({ timeout: 30_000 });
  const started = Date.now();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  console.log(`hostile page: next animation frame after interaction in ${Date.now() - started} ms`);

  await assertNothingRan(page, dialogs);
  assert.deepEqual(
    errors.filter((line) => !/Failed to load resource/.test(line)),
    [],
    'console errors or uncaught exceptions',
  );
  await context.close();
});

test('a hostile paper page shows the paper as text and runs nothing', async () => {
  const { context, page, dialogs, errors } = await openHostilePage(
    'issues/2025-10-20/papers/plain-hostile',
  );
  await page.getByRole('heading', { level: 1, name: /제목 plain-hostile/ }).waitFor();
  await page.getByText('click me').first().waitFor();
  await assertNothingRan(page, dialogs);
  assert.deepEqual(errors, []);
  await context.close();
});

/** How far the page scrolls sideways (0 when it does not), and whether the long word is laid out, whole. */
function longWordLayout(page: Page) {
  return page.evaluate((length) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let word: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if ((node as Text).data.length === length) word = node as Text;
    const box = word?.parentElement?.getBoundingClientRect();
    const card = word?.parentElement?.closest('article')?.getBoundingClientRect();
    return {
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      shown: box !== undefined && box.height > 0 && box.width > 0,
      insideCard: box !== undefined && card !== undefined && box.right <= card.right + 0.5,
    };
  }, LONG_WORD.length);
}

test('an abstract that is one 100,000-character word is shown, and the page stays usable', async () => {
  const context = await newContext(app.browser, { viewport: { width: 390, height: 844 } });
  await context.route('**/data/index.json', (route) => route.fulfill({ json: longWordIndex() }));
  await context.route('**/data/issues/*.json', (route) => route.fulfill({ json: longWordIssue() }));
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL('issues/2025-10-20', app.server.url).href);
  await waitForApp(page);
  const card = page.locator('article[data-paper-id="long-word"]');
  await card.getByText(LONG_WORD.slice(0, 20)).scrollIntoViewIfNeeded();
  assert.deepEqual(await longWordLayout(page), { sideways: 0, shown: true, insideCard: true });

  // The page still answers: the card's like button toggles.
  const like = card.getByRole('button', { name: /^좋아요: / });
  await like.click();
  await card.locator('button[aria-pressed="true"]', { hasText: '좋아요' }).waitFor();

  // Both abstracts side by side: the word's width must not widen their grid past the screen.
  await card.getByRole('radio', { name: '둘 다' }).check();
  await card.getByText('An ordinary abstract.').waitFor();
  assert.deepEqual(await longWordLayout(page), { sideways: 0, shown: true, insideCard: true });
  await like.click();
  await card.locator('button[aria-pressed="false"]', { hasText: '좋아요' }).waitFor();

  assert.deepEqual(errors, []);
  await context.close();
});
