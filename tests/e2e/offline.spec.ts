/**
 * Reading without a connection (scripts/service-worker.ts, src/features/offline): the service worker
 * keeps the newest week, the archive, the library and every page read, and a new version waits for the
 * reader. The connection is really cut (the browser context goes offline); nothing is mocked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
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

test('a new version waits for the reader: a prompt, and the reload only when asked', async () => {
  await withOwnCopy(async ({ dir, url, context }) => {
    const page = await context.newPage();
    await page.goto(url + ISSUE);
    await waitForApp(page);
    await waitForServiceWorker(page);

    // A deploy: the worker script changes (as a new precache list would change it).
    appendFileSync(join(dir, 'sw.js'), '\n// the next deploy\n');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByText('새 버전이 준비됐어요');
    await prompt.waitFor({ timeout: 30_000 });
    // Nothing reloads by itself: a marker set on this page survives while the prompt is shown.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    assert.equal(await page.evaluate(() => (window as unknown as { marker?: number }).marker), 1);

    await page.getByRole('button', { name: '새로고침' }).click();
    await page.waitForFunction(
      () => !(window as unknown as { marker?: number }).marker,
      undefined,
      {
        timeout: 30_000,
      },
    );
    await waitForApp(page);
    assert.equal(await prompt.count(), 0, 'the new version is running, no prompt left');
  });
});
