import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, watchErrors, serveAppInBrowser } from './harness';

const app = serveAppInBrowser();

test('the built app loads in Chromium and shows the site header', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.server.url);
  await page.getByRole('link', { name: 'AI/ML 논문 모음' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
