/**
 * Reading comfort (issue 14), items 1, 11 and 13: an unknown `?lang=` goes away instead of travelling
 * in every link, the printed issue reads well, and the archive previews each week's themes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newContext, serveAppInBrowser, waitForApp } from './harness';

const app = serveAppInBrowser();
const ISSUE = 'issues/2025-10-20';

test('an unknown ?lang= is dropped: not kept in the address, not copied into any link, not saved', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.goto(`${app.server.url}${ISSUE}?lang=fr#paper-chunkllm`);
  await waitForApp(page);
  await page.waitForURL((url) => !url.searchParams.has('lang'));
  // The anchor stays: the link still lands on its paper.
  assert.equal(new URL(page.url()).hash, '#paper-chunkllm');
  const carrying = await page
    .locator('main a[href]')
    .evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')!).filter((href) => href.includes('lang=')),
    );
  assert.deepEqual(carrying, [], 'no contents, highlight or paper link carries lang=');
  // Following a highlight's link keeps the address clean too.
  await page.locator('.highlight a[href^="#"], .highlights a').first().click();
  assert.ok(!new URL(page.url()).searchParams.has('lang'));
  assert.equal(await page.evaluate(() => localStorage.getItem('paper-digest.language.v1')), null);
  await context.close();
});

/** Computed style of an element (or its ::after) as printed. */
function printedStyle(page: Page, selector: string, pseudo: string | null = null) {
  return page
    .locator(selector)
    .first()
    .evaluate((element, pseudoElement) => {
      const style = getComputedStyle(element, pseudoElement);
      return {
        color: style.color,
        content: style.content,
        outlineStyle: style.outlineStyle,
        breakAfter: style.breakAfter,
        display: style.display,
      };
    }, pseudo);
}

test('printed, the issue keeps headings with their text, shows link addresses, a dark "논문 보기" and no focus ring', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.goto(app.server.url + ISSUE);
  await waitForApp(page);
  // The reader had tabbed to a link before printing.
  const paperLink = page.getByRole('link', { name: /^논문 보기/ }).first();
  await paperLink.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.emulateMedia({ media: 'print' });

  for (const heading of ['.paper-card__header', '.paper-card h3', '.highlights h2'])
    assert.equal(
      (await printedStyle(page, heading)).breakAfter,
      'avoid',
      `${heading} keeps with the next`,
    );

  const button = await printedStyle(page, '.paper-card__links .button--primary');
  assert.equal(
    button.color,
    'rgb(0, 0, 0)',
    '"논문 보기" prints black, not white on an unprinted fill',
  );
  // Chromium reports the generated content as written: the address comes from attr(href).
  const address = await page
    .locator('.paper-card__links .button--primary')
    .first()
    .evaluate((element) => getComputedStyle(element, '::after').content);
  assert.match(
    address,
    /attr\(href\)|https:\/\/arxiv\.org\/abs\//,
    `the address is printed: ${address}`,
  );

  const focused = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    return { tag: element.tagName, outline: getComputedStyle(element).outlineStyle };
  });
  assert.equal(focused.tag, 'A');
  assert.equal(focused.outline, 'none', 'no focus ring on paper');
  assert.equal((await printedStyle(page, '.paper-card__read-on')).display, 'none');
  await context.close();
});

test('each week in the archive previews its three highlight themes', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.goto(`${app.server.url}archive`);
  const themes = page.getByRole('list', { name: '이번 주 주목할 흐름' }).first();
  const items = await themes.getByRole('listitem').allInnerTexts();
  assert.deepEqual(items, [
    '데이터 품질과 LLM 성능의 관계',
    '멀티모달 처리의 필요성',
    '효율적인 학습 및 추론 기술 개발',
  ]);
  await context.close();
});
