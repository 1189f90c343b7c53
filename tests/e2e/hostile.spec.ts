import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  newContext,
  seriousAxeViolations,
  watchErrors,
  serveAppInBrowser,
  waitForApp,
} from './harness';
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
function longWordLayout(page: Page, word = LONG_WORD) {
  return page.evaluate((wanted) => {
    // (The paragraph holding it: the app lays a word this long out in pieces, layout-pieces.ts.)
    const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent === wanted);
    const box = paragraph?.getBoundingClientRect();
    const card = paragraph?.closest('article')?.getBoundingClientRect();
    return {
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      shown: box !== undefined && box.height > 0 && box.width > 0,
      insideCard: box !== undefined && card !== undefined && box.right <= card.right + 0.5,
    };
  }, word);
}

/** The long-word issue (its word replaced by `word` when given), on a phone-sized page. */
async function openLongWordPage(word?: string) {
  const context = await newContext(app.browser, { viewport: { width: 390, height: 844 } });
  const issue = longWordIssue();
  if (word !== undefined)
    issue.papers = issue.papers.map((paper) =>
      paper.id === 'long-word' ? { ...paper, abstractKo: word } : paper,
    );
  await context.route('**/data/index.json', (route) => route.fulfill({ json: longWordIndex() }));
  await context.route('**/data/issues/*.json', (route) => route.fulfill({ json: issue }));
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL('issues/2025-10-20', app.server.url).href);
  await waitForApp(page);
  const card = page.locator('article[data-paper-id="long-word"]');
  return { context, page, errors, card };
}

test('an abstract that is one 100,000-character word is shown, and the page stays usable', async () => {
  const { context, page, errors, card } = await openLongWordPage();
  await card.locator('.markdown--plain p').scrollIntoViewIfNeeded();
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

test('the box a long word scrolls in is reachable and scrollable by keyboard, and axe finds nothing serious', async () => {
  const { context, page, errors, card } = await openLongWordPage();
  await card.locator('.markdown--plain p').scrollIntoViewIfNeeded();
  // A named region in the tab order once it is measured to scroll (after layout, not in the prerender).
  const box = card.getByRole('region', { name: '가로로 스크롤되는 긴 글' });
  await box.waitFor();
  assert.equal(await box.getAttribute('tabindex'), '0');
  // The only such stop: ordinary text (the other abstracts, the summaries) adds none.
  assert.equal(await page.locator('.markdown[tabindex]').count(), 1);
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the long-word page');

  // Tab reaches it from the card's start; the arrow keys then scroll it sideways.
  await card.focus();
  const isFocused = () =>
    box.evaluate((element) => element === document.activeElement, undefined, { timeout: 1000 });
  for (let presses = 0; presses < 20 && !(await isFocused()); presses++)
    await page.keyboard.press('Tab');
  assert.ok(await isFocused(), 'Tab never reached the scrolling box');
  assert.equal(await box.evaluate((element) => element.scrollLeft), 0);
  for (let presses = 0; presses < 3; presses++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => (document.activeElement?.scrollLeft ?? 0) > 0, undefined, {
    timeout: 5000,
  });
  assert.ok(await isFocused(), 'the arrow keys moved focus away');
  assert.equal(
    await page.evaluate(() => window.scrollX),
    0,
    'the page scrolled instead of the box',
  );

  assert.deepEqual(errors, []);
  await context.close();
});

test('a 100,000-character word alternating left-to-right and right-to-left letters is shown, and copies whole', async () => {
  const word = Array.from({ length: 100_000 }, (_, index) => 'aאbعcב'[index % 6]).join('');
  const { context, page, errors, card } = await openLongWordPage(word);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(app.server.url).origin,
  });
  await card.locator('.markdown--plain p').scrollIntoViewIfNeeded();
  assert.deepEqual(await longWordLayout(page, word), {
    sideways: 0,
    shown: true,
    insideCard: true,
  });
  // No character added, lost or moved: selecting the box and copying it gives the word back.
  await card.locator('.markdown--plain p').evaluate((paragraph) => {
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  });
  await page.keyboard.press('Control+C');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied.length, word.length);
  assert.ok(copied === word, 'the copied text differs from the word');

  // The page still answers.
  const like = card.getByRole('button', { name: /^좋아요: / });
  await like.click();
  await card.locator('button[aria-pressed="true"]', { hasText: '좋아요' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
