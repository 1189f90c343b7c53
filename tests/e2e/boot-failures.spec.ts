/**
 * When the app's own files do not arrive: the empty shell says so without needing any script, a page
 * whose code failed once opens on the next visit without a reload, and a stylesheet that failed gets
 * the same words as a script that failed. (A prerendered page whose code or data fails keeps its text:
 * prerender.spec.ts.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, serveAppInBrowser, waitForApp } from './harness';

const app = serveAppInBrowser();

test('the shell says the app could not start, and offers a reload, when its code fails', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.route(/\/assets\/boot-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`${app.server.url}library`);
  const message = page.getByRole('alert');
  await message.getByText('페이지를 불러오지 못했습니다').waitFor();
  // In the reader's language only: the English words are there for English readers.
  assert.equal(await message.getByText('The page could not load').isVisible(), false);
  const reload = message.getByRole('link', { name: '다시 불러오기' });
  await reload.waitFor();

  // The connection is back: the link reloads the same address, and the app starts.
  await page.unroute(/\/assets\/boot-[^/]*\.js$/);
  await reload.click();
  await waitForApp(page);
  await page.getByRole('heading', { level: 1, name: '내 서재' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await context.close();
});

test('without any script at all (the entry failed), the shell still says so after a moment', async () => {
  const context = await newContext(app.browser);
  await context.addInitScript(() => localStorage.setItem('paper-digest.language.v1', 'en'));
  const page = await context.newPage();
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`${app.server.url}search?q=kv`);
  const message = page.getByRole('alert');
  // Written in the static page itself, shown by its stylesheet after a few seconds (in English: the
  // inline head script still knew the reader's language).
  await message.getByText('The page could not load').waitFor({ timeout: 15_000 });
  assert.equal(await message.getByText('페이지를 불러오지 못했습니다').isVisible(), false);
  assert.equal(
    await message.getByRole('link', { name: 'Reload' }).getAttribute('href'),
    '',
    'the link leads to this very address',
  );
  await context.close();
});

test('a prerendered page whose code never arrives stays readable and offers no dead controls', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await page.goto(`${app.server.url}issues/2025-10-20`);
  await page.getByRole('heading', { level: 1, name: /이번 주에 살펴볼 만한/ }).waitFor();
  await page.waitForFunction(() => 'bootFailed' in document.documentElement.dataset);
  assert.equal(await page.getByRole('button', { name: /좋아요|북마크/ }).count(), 0);
  assert.equal(await page.getByRole('radio').count(), 0);
  // Its text and links are all there; the search box is a plain form that still opens the search page.
  assert.equal(await page.getByRole('article').count(), 10);
  await page.getByRole('searchbox').waitFor();
  await context.close();
});

test('a page whose code failed to download opens on the next visit, without a reload', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.goto(app.server.url);
  await waitForApp(page);
  // The reader is offline for a moment while opening the library.
  let failing = true;
  await page.route(/\/assets\/library-[^/]*\.js$/, (route) =>
    failing ? route.abort() : route.continue(),
  );
  await page.getByRole('navigation').getByRole('link', { name: '내 서재' }).click();
  const alert = page.getByRole('alert');
  await alert.getByText(/페이지 코드를 불러오지 못했습니다/).waitFor();

  // Back online: going to another page and to the library again just works.
  failing = false;
  await page.getByRole('navigation').getByRole('link', { name: '지난 호' }).click();
  await page.getByRole('heading', { level: 1, name: '지난 호' }).waitFor();
  await page.getByRole('navigation').getByRole('link', { name: '내 서재' }).click();
  await page.getByRole('heading', { level: 1, name: '내 서재' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await context.close();
});

test('a stylesheet that fails to download gets the same words as a script that fails', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.goto(app.server.url);
  await waitForApp(page);
  await page.route(/\/assets\/library-[^/]*\.css$/, (route) => route.abort());
  await page.getByRole('navigation').getByRole('link', { name: '내 서재' }).click();
  const alert = page.getByRole('alert');
  await alert.getByText(/페이지 코드를 불러오지 못했습니다/).waitFor();
  assert.doesNotMatch(await alert.innerText(), /Unable to preload|\.css/);
  await context.close();
});
