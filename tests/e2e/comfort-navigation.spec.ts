/**
 * Reading comfort (issue 14): Back returns where the reader was, keys on the paper page, the read key,
 * the help listing every key, back-to-top on phones, hiding read papers, a compact issue and the
 * contents list that stays at hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  newContext,
  seriousAxeViolations,
  serveAppInBrowser,
  waitForApp,
  watchErrors,
} from './harness';

const app = serveAppInBrowser();
const ISSUE = 'issues/2025-10-20';

async function openPage(
  path: string,
  viewport = { width: 1280, height: 800 },
  options: Parameters<typeof newContext>[1] = {},
) {
  const context = await newContext(app.browser, { viewport, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(new URL(path, app.server.url).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await waitForApp(page);
  return { context, page, errors };
}

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Two frames: React's passive effects (where the key listeners attach) have run after the last render. */
const nextFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );

test('Back after following a highlight from the very top of the issue returns to the top', async () => {
  const { context, page, errors } = await openPage('');
  assert.equal(await scrollY(page), 0);
  const highlights = page.getByRole('region', { name: '이번 주 주목할 흐름' });
  await highlights.getByRole('link').first().click();
  await page.waitForURL(/#paper-/);
  await page.waitForFunction(() => window.scrollY > 500);

  await page.goBack();
  await page.waitForURL((url) => url.hash === '');
  await page
    .waitForFunction(() => window.scrollY === 0, undefined, { timeout: 3000 })
    .catch(() => undefined);
  assert.equal(await scrollY(page), 0, 'Back left the reader down the page');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a paper page, j and k go to the next and previous paper, and r marks it read', async () => {
  const { context, page, errors } = await openPage(`${ISSUE}/papers/optpipe`);
  await page.getByRole('heading', { level: 1, name: /^OptPipe/ }).waitFor();
  const read = page.getByRole('button', { name: /^읽음 표시: OptPipe/ });
  await read.waitFor();
  assert.equal(await read.getAttribute('aria-pressed'), 'false');
  await nextFrames(page);
  await page.keyboard.press('r');
  await page.getByRole('button', { name: /^읽음 표시: OptPipe/, pressed: true }).waitFor();

  // (After each page shows, a frame for its keys to be its own: they are set up right after it renders.)
  await page.keyboard.press('j');
  await page.getByRole('heading', { level: 1, name: /^드래곤 해칭/ }).waitFor();
  assert.match(page.url(), /papers\/the-dragon-hatchling$/);
  await nextFrames(page);
  await page.keyboard.press('k');
  await page.getByRole('heading', { level: 1, name: /^OptPipe/ }).waitFor();
  await nextFrames(page);
  await page.keyboard.press('k');
  await page.getByRole('heading', { level: 1, name: /^LLM은 "브레인 로트"/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the issue page, r marks the current card read, and the help lists r and /', async () => {
  // NOTE: no smooth scrolling, so the second j starts from where the first one landed.
  const { context, page, errors } = await openPage(ISSUE, undefined, { reducedMotion: 'reduce' });
  // The page's keys come with its reading tools, right after the first paint.
  await page.getByRole('group', { name: '보기 설정' }).waitFor();
  await nextFrames(page);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.waitForFunction(() => document.activeElement?.id === 'paper-optpipe');
  await page.keyboard.press('r');
  const read = page
    .getByRole('article', { name: /^OptPipe/ })
    .getByRole('button', { name: /^읽음 표시/ });
  await page
    .getByRole('article', { name: /^OptPipe/ })
    .getByRole('button', { name: /^읽음 표시/, pressed: true })
    .waitFor();
  assert.equal(await read.getAttribute('aria-pressed'), 'true');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: '키보드 단축키' });
  await help.waitFor();
  const rows = (await help.getByRole('definition').allInnerTexts()).map((row) => row.trim());
  const keys = (await help.getByRole('term').allInnerTexts()).map((key) => key.trim());
  assert.equal(rows[keys.indexOf('r')], '읽음 표시');
  assert.equal(rows[keys.indexOf('/')], '논문 검색');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a phone has a back-to-top button once the reader is a screen down', async () => {
  const { context, page, errors } = await openPage(ISSUE, { width: 390, height: 844 });
  const toTop = page.getByRole('button', { name: '맨 위로' });
  assert.equal(await toTop.isVisible(), false, 'the button shows at the top of the page');
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('PageDown');
  await toTop.waitFor();
  assert.ok((await scrollY(page)) > 844);
  await toTop.click();
  await page.waitForFunction(() => window.scrollY === 0);
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  assert.deepEqual(errors, []);
  await context.close();
});

test('papers already read can be hidden, and stay hidden after a reload', async () => {
  const { context, page, errors } = await openPage(ISSUE);
  const optPipe = page.getByRole('article', { name: /^OptPipe/ });
  await optPipe.getByRole('button', { name: /^읽음 표시/ }).click();
  const hide = page.getByRole('button', { name: '읽은 논문 숨기기' });
  assert.equal(await hide.getAttribute('aria-pressed'), 'false');
  await hide.click();
  assert.equal(await hide.getAttribute('aria-pressed'), 'true');
  await optPipe.waitFor({ state: 'detached' });
  await page.getByText('읽은 논문 1편을 숨겼습니다.').waitFor();
  assert.equal(await page.getByRole('article').count(), 9);

  await page.reload();
  await waitForApp(page);
  await page.getByText('읽은 논문 1편을 숨겼습니다.').waitFor();
  assert.equal(await page.getByRole('article', { name: /^OptPipe/ }).count(), 0);
  assert.equal(
    await page.getByRole('button', { name: '읽은 논문 숨기기' }).getAttribute('aria-pressed'),
    'true',
  );

  // A link to a hidden paper still shows it.
  await page
    .getByRole('navigation', { name: '이번 호 논문 목차' })
    .getByRole('link', { name: /^OptPipe/ })
    .click();
  await page.getByRole('article', { name: /^OptPipe/ }).waitFor();

  await page.getByRole('button', { name: '읽은 논문 숨기기' }).click();
  assert.equal(await page.getByRole('article').count(), 10);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in English too, a paper already read is hidden from sight, not only from the keys', async () => {
  const { context, page, errors } = await openPage(`${ISSUE}?lang=en`);
  const optPipe = page.locator('article[data-paper-id="optpipe"]');
  await optPipe.getByRole('button', { name: /^Mark as read: OptPipe/ }).click();
  await page.getByRole('button', { name: 'Hide read papers' }).click();
  await optPipe.waitFor({ state: 'hidden' });
  assert.equal(await page.getByRole('article').count(), 9);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the compact view shows titles and summaries, and each abstract on demand', async () => {
  const { context, page, errors } = await openPage(ISSUE);
  const card = page.getByRole('article', { name: /^OptPipe/ });
  const compact = page.getByRole('button', { name: '간단히 보기' });
  const summary = card.getByRole('heading', { name: '논문 소개' });
  const abstractHeading = card.getByRole('heading', { name: '초록' });
  const abstractText = card.locator('.abstracts');
  assert.equal(await abstractText.isVisible(), true);
  const before = await page.evaluate(() => document.documentElement.scrollHeight);

  await compact.click();
  assert.equal(await compact.getAttribute('aria-pressed'), 'true');
  await abstractText.waitFor({ state: 'hidden' });
  assert.equal(await summary.isVisible(), true, 'the summary is still shown');
  assert.equal(await abstractHeading.isVisible(), true);
  const after = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(after < before * 0.7, `the issue got shorter (${before} → ${after} px)`);

  const show = card.getByRole('button', { name: /^초록 펼치기/ });
  assert.equal(await show.getAttribute('aria-expanded'), 'false');
  await show.click();
  await abstractText.waitFor({ state: 'visible' });
  const hideAbstract = card.getByRole('button', { name: /^초록 접기/ });
  assert.equal(await hideAbstract.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await seriousAxeViolations(page), []);

  await page.reload();
  await waitForApp(page);
  await page
    .getByRole('article', { name: /^OptPipe/ })
    .getByRole('button', { name: /^초록 펼치기/ })
    .waitFor();
  assert.equal(
    await page.getByRole('button', { name: '간단히 보기' }).getAttribute('aria-pressed'),
    'true',
  );
  assert.equal(
    await page
      .getByRole('article', { name: /^OptPipe/ })
      .locator('.abstracts')
      .isVisible(),
    false,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('the contents list stays at hand beside the text and shows read and bookmarked papers', async () => {
  const { context, page, errors } = await openPage(ISSUE);
  const optPipe = page.getByRole('article', { name: /^OptPipe/ });
  await optPipe.getByRole('button', { name: /^읽음 표시/ }).click();
  await optPipe.getByRole('button', { name: /^북마크/ }).click();
  // Far down the issue, the list is still on screen.
  await page.getByRole('article', { name: /^AI의 공간/ }).scrollIntoViewIfNeeded();
  const rail = page.getByRole('navigation', { name: '논문 바로 가기', exact: true });
  assert.ok(await rail.isVisible(), 'the list is not on screen');
  const box = await rail.boundingBox();
  assert.ok(box && box.y >= 0 && box.y < 800, `the list is off screen (y=${box?.y})`);
  // Its entry says so, to the eye (✓ ★) and by name.
  const entry = rail.getByRole('link', { name: /^OptPipe.*\(읽음\).*\(북마크함\)/ });
  await entry.waitFor();
  assert.match(await entry.innerText(), /✓[^★]*★/);
  // The paper being read is marked.
  await page.waitForFunction(() =>
    document.querySelector('[data-current] a')?.textContent?.includes('AI의 공간'),
  );
  await entry.click();
  await page.waitForURL(/#paper-optpipe$/);
  await page.waitForFunction(() => document.activeElement?.id === 'paper-optpipe');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a phone the contents list opens from a button and closes once a paper is chosen', async () => {
  const { context, page, errors } = await openPage(ISSUE, { width: 390, height: 844 });
  const button = page.getByRole('button', { name: '목차', exact: true });
  const rail = page.getByRole('navigation', { name: '논문 바로 가기', exact: true });
  assert.equal(await rail.isVisible(), false);
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await rail.waitFor();
  // The keyboard lands in the list, which comes before the button in the page.
  assert.ok(
    await rail.evaluate((nav) => nav.contains(document.activeElement)),
    'focus moved into the opened list',
  );
  assert.deepEqual(await seriousAxeViolations(page), []);
  await page.keyboard.press('Escape');
  await rail.waitFor({ state: 'hidden' });
  assert.equal(await button.evaluate((element) => element === document.activeElement), true);
  await button.click();
  await rail.getByRole('link', { name: /^Fast-dLLM/ }).click();
  await page.waitForURL(/#paper-fast-dllm$/);
  await rail.waitFor({ state: 'hidden' });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  const card = await page.getByRole('article', { name: /^Fast-dLLM/ }).boundingBox();
  assert.ok(card && card.y > -2 && card.y < 200, `the card is not on screen (y=${card?.y})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back to the issue after marking the paper read, with read papers hidden, returns to the same place', async () => {
  const { context, page, errors } = await openPage(ISSUE);
  await page.getByRole('button', { name: '읽은 논문 숨기기' }).click();
  // The reader is on ChunkLLM's card, at the top of the screen.
  const card = page.getByRole('article', { name: /^ChunkLLM/ });
  await card.evaluate((element) =>
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 10),
  );
  await nextFrames(page);
  const before = await scrollY(page);
  await card.getByRole('heading', { level: 3 }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: /^ChunkLLM/ }).waitFor();
  await page.getByRole('button', { name: /^읽음 표시/ }).click();
  await page.goBack();
  // Its card is hidden now (it was read); the page comes back to where it was, and stays there.
  await page.getByText('읽은 논문 1편을 숨겼습니다.').waitFor();
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, before, { timeout: 5000 });
  await page.waitForTimeout(500);
  assert.ok(Math.abs((await scrollY(page)) - before) < 2, 'the page moved after it came back');
  assert.deepEqual(errors, []);
  await context.close();
});
