import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import {
  launchBrowser,
  newContext,
  startStaticServer,
  watchErrors,
  type StaticServer,
} from './harness';

let server: StaticServer;
let browser: Browser;

before(async () => {
  server = await startStaticServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the built app loads in Chromium and shows the site header', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await page.getByRole('link', { name: 'AI/ML 논문 모음' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
