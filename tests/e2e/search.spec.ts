import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Worker } from 'playwright-core';
import { newContext, seriousAxeViolations, watchErrors, serveAppInBrowser } from './harness';

const app = serveAppInBrowser();

const results = (page: Page) => page.getByRole('list', { name: '검색 결과' });
const resultTitles = (page: Page) =>
  results(page).getByRole('heading', { level: 2 }).allTextContents();

/**
 * Starts on the home page (the latest issue, another feature's page) and keeps only what happens from
 * the search on: this spec answers for the search page's console, not for the issue page's.
 */
async function openHome(page: Page, errors: string[]) {
  await page.goto(app.server.url);
  await page.getByRole('searchbox', { name: '논문 검색' }).waitFor();
  await page.waitForLoadState('networkidle');
  errors.length = 0;
}

async function typeInHeader(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: '논문 검색' });
  await box.click();
  await box.fill('');
  // Real key presses, like a reader typing (fill would skip the input events in between).
  await box.pressSequentially(text, { delay: 30 });
}

test('디퓨전 finds Fast-dLLM and the Elastic-Cache paper, highlighted, in a worker', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));

  await openHome(page, errors);
  assert.ok(
    !requested.some((path) => /search-index|search\.worker|search-engine/.test(path)),
    `search code loaded before the first search: ${requested.join(', ')}`,
  );

  await typeInHeader(page, '디퓨전');
  await results(page).waitFor();
  const titles = await resultTitles(page);
  assert.ok(
    titles.some((title) => title.startsWith('Fast-dLLM')),
    titles.join('\n'),
  );
  assert.ok(
    titles.some((title) => title.includes('디퓨전 대규모 언어 모델에서 KV 캐시를 위한')),
    titles.join('\n'),
  );
  const english = await results(page)
    .getByText('Attention Is All You Need for KV Cache in Diffusion LLMs')
    .count();
  assert.equal(english, 1);
  const marks = await results(page).locator('mark').allTextContents();
  assert.ok(marks.length > 0 && marks.every((mark) => mark === '디퓨전'), marks.join(','));
  assert.equal(new URL(page.url()).searchParams.get('q'), '디퓨전');
  assert.match((await page.getByRole('status').textContent()) ?? '', /논문 \d+편을 찾았습니다/);
  assert.match(await page.title(), /“디퓨전” 검색/);
  assert.ok(
    workers.some((url) => url.includes('search.worker')),
    `no search worker: ${workers}`,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('파이프라인 finds OptPipe; a result opens and Back brings the query back', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openHome(page, errors);
  await typeInHeader(page, '파이프라인');
  await results(page).waitFor();
  assert.ok((await resultTitles(page)).some((title) => title.startsWith('OptPipe')));

  // Keyboard: ↓ from the box to the first result, Enter opens it.
  // The paper page is another feature's; this spec holds the search page to zero console errors.
  assert.deepEqual(errors, []);
  await page.getByRole('searchbox', { name: '논문 검색' }).press('ArrowDown');
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  assert.match(focused, /^OptPipe/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/issues\/2025-10-20\/papers\/optpipe$/);

  await page.goBack();
  await page.waitForURL(/\/search\?q=/);
  await results(page).waitFor();
  assert.equal(await page.getByRole('searchbox', { name: '논문 검색' }).inputValue(), '파이프라인');
  assert.ok((await resultTitles(page)).some((title) => title.startsWith('OptPipe')));
  await context.close();
});

test('a shared link with particles and mixed scripts works, and /search has no serious axe issues', async () => {
  const context = await newContext(app.browser, { viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.server.url}search?q=${encodeURIComponent('KV 캐시를')}`);
  await results(page).waitFor();
  const titles = await resultTitles(page);
  assert.ok(
    titles.some((title) => title.startsWith('Fast-dLLM')),
    titles.join('\n'),
  );
  assert.equal(await page.getByRole('searchbox', { name: '논문 검색' }).inputValue(), 'KV 캐시를');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await page.screenshot({ path: '/tmp/shots/search-results.png', fullPage: true });

  await page.goto(`${app.server.url}search?q=${encodeURIComponent('존재하지않는말')}`);
  await page.getByText('해당하는 논문이 없습니다').waitFor();
  assert.equal(
    await page.getByRole('navigation', { name: '이렇게 찾아보세요' }).getByRole('link').count(),
    6,
  );
  assert.deepEqual(await seriousAxeViolations(page), []);
  await page.screenshot({ path: '/tmp/shots/search-nothing.png', fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a search worker that dies after it was ready: the next search still answers, never with a stale count', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const workers: Worker[] = [];
  page.on('worker', (worker) => workers.push(worker));
  await openHome(page, []);
  await typeInHeader(page, '디퓨전');
  await results(page).waitFor();
  const before = await page.locator('.search-page__status').textContent();
  assert.match(before ?? '', /\d/);

  // The worker goes away without a word, as when the browser reclaims its memory.
  assert.equal(workers.length, 1);
  await workers[0]!.evaluate(() => (self as unknown as { close: () => void }).close());

  await typeInHeader(page, 'OptPipe');
  // Until the answer comes, the status says it is searching: never the previous query's count.
  await page.locator('.search-page__status').filter({ hasText: '찾는 중…' }).waitFor();
  await page.locator('.search-page__status').filter({ hasText: /\d/ }).waitFor({ timeout: 10_000 });
  const after = await page.locator('.search-page__status').textContent();
  assert.notEqual(after, before);
  const titles = await resultTitles(page);
  assert.ok(
    titles.some((title) => title.startsWith('OptPipe')),
    titles.join('\n'),
  );
  await context.close();
});
