import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newContext, watchErrors, serveAppInBrowser } from './harness';
import { HOSTILE_MARKERS, hostileIndex, hostileIssue } from './hostile-data';

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
    // The one inline script is ours: the head script the policy allows by its hash.
    dataScripts: [...document.querySelectorAll('script')].filter(
      (s) => !s.src && !s.textContent?.startsWith('(function applyReaderSettings('),
    ).length,
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
