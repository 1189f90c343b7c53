/**
 * Reading without a connection (scripts/service-worker.ts, src/features/offline): the service worker
 * keeps the newest week, the archive, the library and every page read, and a new version waits for the
 * reader. The connection is really cut (the browser context goes offline); nothing is mocked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser, newContext, startStaticServer, waitForApp, watchErrors } from './harness';

const ISSUE = 'issues/2025-10-20';
const PAPER = `${ISSUE}/papers/chunkllm`;
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';

/** Waits until the page is served by the installed worker (it claims open pages once active). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/**
 * Runs `spec` against a copy of the build served on its own (so a spec can change a file, as a deploy
 * would, without touching other specs), in a browser context that lets service workers run.
 */
async function withOwnCopy(
  spec: (site: { dir: string; url: string; context: BrowserContext }) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'offline-'));
  cpSync(resolve(process.env.E2E_DIST ?? '.e2e-dist'), dir, { recursive: true });
  const server = await startStaticServer(dir);
  const browser = await launchBrowser();
  try {
    const context = await newContext(browser, { serviceWorkers: 'allow' });
    await spec({ dir, url: server.url, context });
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const likeChunkLlm = (page: Page) =>
  page.getByRole('button', { name: /^좋아요: ChunkLLM/ }).first();

test('offline: the newest week, a paper, the archive, the library and a visited search still work, and a like made offline is kept', async () => {
  await withOwnCopy(async ({ url, context }) => {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await waitForApp(page);
    await waitForServiceWorker(page);
    // A search, read once online: its code and the data it searched are kept.
    await page.goto(`${url}search?q=${encodeURIComponent('캐시')}`);
    await page
      .getByRole('link', { name: /KV 캐시/ })
      .first()
      .waitFor();

    await context.setOffline(true);
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: /이번 주에 살펴볼 만한/ }).waitFor();
    await page.getByText('오프라인이에요').waitFor();
    await page.screenshot({ path: `${SHOTS}/offline-issue.png` });

    await page.goto(url + PAPER);
    await page.getByRole('heading', { level: 1, name: /ChunkLLM/ }).waitFor();
    await waitForApp(page);
    await likeChunkLlm(page).click();
    assert.equal(await likeChunkLlm(page).getAttribute('aria-pressed'), 'true');

    await page.goto(`${url}archive`);
    await page
      .getByRole('link', { name: /이번 주에 살펴볼 만한/ })
      .first()
      .waitFor();

    // Never prerendered: the app's shell, from the worker's cache, renders it from saved data.
    await page.goto(`${url}library`);
    await page.getByRole('heading', { level: 1, name: '내 서재' }).waitFor();
    await page.getByRole('tab', { name: /좋아요/ }).click();
    await page
      .getByRole('link', { name: /ChunkLLM/ })
      .first()
      .waitFor();

    await page.goto(`${url}search?q=${encodeURIComponent('캐시')}`);
    await page
      .getByRole('link', { name: /KV 캐시/ })
      .first()
      .waitFor();

    await context.setOffline(false);
    await page.goto(url + PAPER);
    await waitForApp(page);
    assert.equal(await likeChunkLlm(page).getAttribute('aria-pressed'), 'true');
    assert.equal(await page.getByText('오프라인이에요').count(), 0, 'the offline notice is gone');
    // Offline, the browser reports the failed requests it tried first; nothing else may go wrong.
    assert.deepEqual(
      errors.filter((error) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(error)),
      [],
    );
  });
});

test("online, a reader always gets the newest data: the worker's copy is only for offline", async () => {
  await withOwnCopy(async ({ dir, url, context }) => {
    const page = await context.newPage();
    await page.goto(url + ISSUE);
    await waitForApp(page);
    await waitForServiceWorker(page);
    await page.getByText('포럼 좋아요 2개').waitFor();

    // A sync without a new build: the week's like count changed on the server.
    const file = join(dir, 'data', 'issues', '2025-10-20.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"likes": 2', '"likes": 5'));
    await page.reload();
    await waitForApp(page);
    await page.getByText('포럼 좋아요 5개').waitFor();
  });
});

const MARKER = '__beforeTheUpdate';
const setMarker = (page: Page) =>
  page.evaluate((name) => ((window as unknown as Record<string, number>)[name] = 1), MARKER);
const hasMarker = (page: Page) => page.evaluate((name) => name in window, MARKER);

test('a new version waits for the reader in every tab: a prompt, and a reload only when asked', async () => {
  await withOwnCopy(async ({ dir, url, context }) => {
    const first = await context.newPage();
    await first.goto(url + ISSUE);
    await waitForApp(first);
    await waitForServiceWorker(first);
    const second = await context.newPage();
    await second.goto(`${url}archive`);
    await waitForServiceWorker(second);
    await setMarker(first);
    await setMarker(second);

    // A deploy: the worker script changes (as a new precache list changes it).
    appendFileSync(join(dir, 'sw.js'), '\n// the next deploy\n');
    await first.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    for (const page of [first, second]) await page.getByText('새 버전이 준비됐어요').waitFor();
    // Nothing reloads by itself.
    assert.ok(await hasMarker(first));
    assert.ok(await hasMarker(second));

    await first.getByRole('button', { name: '새로고침' }).click();
    await first.waitForFunction((name) => !(name in window), MARKER);
    await waitForApp(first);
    assert.equal(await first.getByText('새 버전이 준비됐어요').count(), 0, 'the new version runs');

    // The other tab now runs the old code under the new worker: it still asks before reloading.
    await second.getByText('새 버전이 준비됐어요').waitFor();
    assert.ok(await hasMarker(second));
    await second.getByRole('button', { name: '새로고침' }).click();
    await second.waitForFunction((name) => !(name in window), MARKER);
    await second
      .getByRole('link', { name: /이번 주에 살펴볼 만한/ })
      .first()
      .waitFor();
  });
});
