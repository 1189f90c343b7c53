/**
 * The prerender when the data is bad: a build without prerendered pages gets a second week whose file
 * is broken (and made the newest), then the real `prerenderSite` runs over it as `vite build` would. The build must go on, say
 * which file it left out, and leave exactly that issue (and `/`, which shows it) to the browser, where
 * the app explains what is wrong. The good week keeps its static pages.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { prerenderSite } from '../../scripts/prerender';
import {
  buildWithoutPages,
  launchBrowser,
  newContext,
  startStaticServer,
  type StaticServer,
} from './harness';

const GOOD = '2025-10-20';
const BROKEN = '2025-10-27';

let dir: string;
let server: StaticServer;
let browser: Browser;
const logged: string[] = [];

before(async () => {
  dir = buildWithoutPages('prerender-faults-');
  const indexFile = join(dir, 'data', 'index.json');
  const index = JSON.parse(readFileSync(indexFile, 'utf8')) as {
    issues: Array<Record<string, unknown>>;
  };
  const good = index.issues.find((issue) => issue.id === GOOD);
  assert.ok(good, 'the seed week is in the build');
  index.issues.unshift({ ...good, id: BROKEN, period: { start: BROKEN, end: '2025-11-02' } });
  writeFileSync(indexFile, JSON.stringify(index));
  // A file cut off half way, as a failed upload leaves it.
  writeFileSync(join(dir, 'data', 'issues', `${BROKEN}.json`), '{"version": 1, "id": "2025-10');
  await prerenderSite({
    root: process.cwd(),
    outDir: dir,
    base: '/',
    log: (message) => logged.push(message),
  });
  server = await startStaticServer(dir);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a broken issue file is named in the build log and gets no page; the good week keeps its pages', () => {
  assert.ok(
    logged.some((line) => line.includes('left to the browser') && line.includes(BROKEN)),
    `the log names the broken file: ${logged.join(' | ')}`,
  );
  assert.equal(existsSync(join(dir, 'issues', `${BROKEN}.html`)), false);
  assert.equal(existsSync(join(dir, 'issues', `${GOOD}.html`)), true);
  assert.equal(existsSync(join(dir, 'issues', GOOD, 'papers', 'optpipe.html')), true);
  // `/` shows the newest week, which is the broken one: the shell, with no issue in it.
  const home = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.equal(home, readFileSync(join(dir, '200.html'), 'utf8'));
  assert.doesNotMatch(home, /<h1/);
});

test('in the browser, the broken week explains itself and the good week reads as before', async () => {
  const context = await newContext(browser);
  const page = await context.newPage();
  for (const path of ['', `issues/${BROKEN}`]) {
    await page.goto(server.url + path);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /올바른 JSON이 아닙니다/);
    await alert.getByRole('button', { name: '다시 시도' }).waitFor();
  }

  // Without JavaScript the good week is still a complete page: it was prerendered.
  const noScript = await newContext(browser, { javaScriptEnabled: false });
  const staticPage = await noScript.newPage();
  await staticPage.goto(`${server.url}issues/${GOOD}`);
  await staticPage
    .getByRole('heading', { level: 1, name: '이번 주에 살펴볼 만한 AI/ML 논문 모음' })
    .waitFor();
  assert.equal(await staticPage.getByRole('article').count(), 10);
  await noScript.close();
  await context.close();
});
