/**
 * The prerendered pages (scripts/prerender.ts): readable before and without JavaScript, taken over by
 * the app in place, never showing a reader state that is not theirs, and only where they belong.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { newContext, serveAppInBrowser, waitForApp, watchErrors } from './harness';

const app = serveAppInBrowser();
const ISSUE = 'issues/2025-10-20';
const PAPER = `${ISSUE}/papers/chunkllm`;

/** The app's code after its entry (what starts the app), and its entry (the one script a page names). */
const APP_CODE = {
  boot: /\/assets\/boot-[^/]*\.js$/,
  entry: /\/assets\/index-[^/]*\.js$/,
} as const;

/**
 * Holds back the app's code (a slow network), so a spec can look at the page before it takes over: the
 * boot chunk by default (the entry has run), or the entry itself (nothing of the app has run).
 */
async function holdBackTheApp(
  page: Page,
  part: keyof typeof APP_CODE = 'boot',
): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((done) => (release = done));
  await page.route(APP_CODE[part], async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('without JavaScript, the newest issue, a paper and the archive are complete, readable pages', async () => {
  const context = await newContext(app.browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(app.server.url);
  assert.match(await page.title(), /^2025년 10월 20일 ~ 26일 · 이번 주에 살펴볼 만한/);
  await page.getByRole('heading', { level: 1, name: /이번 주에 살펴볼 만한/ }).waitFor();
  assert.equal(await page.getByRole('article').count(), 10);
  await page.getByText('데이터 품질과 LLM 성능의 관계').waitFor();
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  assert.match(description ?? '', /데이터 품질/);
  // Controls that need the app are not offered when it cannot run.
  assert.equal(await page.getByRole('button', { name: /좋아요|북마크/ }).count(), 0);

  // Plain links lead to the other prerendered pages. (Waiting for the address from before the click:
  // without scripts the navigation may be over before a wait started after the click would see it.)
  await Promise.all([
    page.waitForURL(new RegExp(`${PAPER}$`)),
    page
      .getByRole('article')
      .getByRole('link', { name: /^ChunkLLM/ })
      .first()
      .click(),
  ]);
  await page.getByRole('heading', { level: 1, name: /ChunkLLM/ }).waitFor();
  assert.match(await page.title(), /^ChunkLLM/);
  // Every paper's own page is complete, its formulas typeset (the issue page renders the papers further
  // down as their titles and summaries until the app fills them in).
  await page.goto(`${app.server.url}${ISSUE}/papers/the-dragon-hatchling`);
  assert.ok((await page.locator('.katex').count()) > 0, 'math is typeset');
  await page.goto(`${app.server.url}archive`);
  await page
    .getByRole('link', { name: /이번 주에 살펴볼 만한/ })
    .first()
    .waitFor();
  await context.close();
});

test('a prerendered page requests nothing but its print styles before it is on screen', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const requests: { path: string; at: number }[] = [];
  page.on('request', (request) =>
    requests.push({ path: new URL(request.url()).pathname, at: Date.now() }),
  );
  await page.goto(app.server.url + ISSUE);
  await waitForApp(page);
  // The page's clock: when the browser reported the first contentful paint, and when each request left.
  const { paintedAt, timeOrigin } = await page.evaluate(() => ({
    paintedAt: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    timeOrigin: performance.timeOrigin,
  }));
  const before = requests
    .filter(({ at }) => at - timeOrigin < paintedAt)
    .map(({ path }) => path)
    .filter((path) => !/^\/issues\/[^/]+$/.test(path) && !/\/assets\/print-[^/]+\.css$/.test(path));
  assert.deepEqual(before, [], 'requested before the first contentful paint');
  // No request for the icon at all (it is in the page), and the manifest is linked once the app runs.
  assert.ok(!requests.some(({ path }) => path.endsWith('favicon.svg')));
  assert.equal(
    await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href')),
    '/manifest.webmanifest',
  );
  await context.close();
});

test('the app takes over a prerendered page where it stands: nothing moves, then the buttons work', async () => {
  const headingTops = async (javaScriptEnabled: boolean) => {
    const context = await newContext(app.browser, {
      javaScriptEnabled,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    // The app says so if it ever stops waiting for the page's code and data (it gives up after 10 s).
    // (Playwright itself warns that it blocked the service worker, as the harness asks it to.)
    page.on('console', (message) => {
      if (message.type() === 'warning' && !message.text().includes('blocked by Playwright'))
        errors.push(`warning: ${message.text()}`);
    });
    await page.goto(app.server.url + ISSUE);
    if (javaScriptEnabled) await waitForApp(page);
    // What the reader has on screen (cards further down are not laid out until the app takes over).
    const tops = await page.evaluate(() =>
      Array.from(document.querySelectorAll('main h2, main h3'), (heading) =>
        Math.round(heading.getBoundingClientRect().top),
      ).filter((top) => top < window.innerHeight),
    );
    // (Timers never run in a page without JavaScript, so only the app's run is asked for its shifts.)
    const shift = !javaScriptEnabled
      ? 0
      : await page.evaluate(
          () =>
            new Promise<number>((done) => {
              let total = 0;
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries())
                  total += (entry as unknown as { value: number }).value;
              }).observe({ type: 'layout-shift', buffered: true });
              setTimeout(() => done(total), 100);
            }),
        );
    if (javaScriptEnabled) {
      const like = page
        .getByRole('article')
        .first()
        .getByRole('button', { name: /좋아요/ });
      await like.click();
      assert.equal(await like.getAttribute('aria-pressed'), 'true');
    }
    assert.deepEqual(errors, []);
    await context.close();
    return { tops, shift };
  };
  const before = await headingTops(false);
  const after = await headingTops(true);
  assert.ok(before.tops.length >= 3, `headings measured (${before.tops.length})`);
  assert.deepEqual(after.tops, before.tops);
  assert.equal(after.shift, 0, 'no layout shift while loading and taking over');
});

for (const [part, when] of [
  ['entry', 'before any of its code has run'],
  ['boot', 'after its entry, before the rest of its code'],
] as const) {
  test(`a prerendered page shows its controls from the first paint; a tap ${when} is kept`, async () => {
    // The reader liked a paper on an earlier visit...
    const earlier = await newContext(app.browser);
    const visit = await earlier.newPage();
    await visit.goto(`${app.server.url}${ISSUE}/papers/llms-can-get-brain-rot`);
    await waitForApp(visit);
    await visit
      .getByRole('button', { name: /좋아요/ })
      .first()
      .click();
    // The like is written a moment after the click (under the cross-tab lock): wait for it to be stored.
    await visit.waitForFunction(() =>
      /"likedAt":"\d/.test(localStorage.getItem('paper-digest.library.v1') ?? ''),
    );
    const storageState = await earlier.storageState();
    await earlier.close();

    // ...and comes back on a slow connection (a new context: nothing of the app in its memory cache).
    const context = await newContext(app.browser, { storageState });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const release = await holdBackTheApp(page, part);
    await page.goto(app.server.url + ISSUE);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('데이터 품질과 LLM 성능의 관계').waitFor();
    // The controls are there already: the header's language and theme, each card's like and bookmark.
    await page.getByRole('banner').getByRole('radio', { name: '한국어' }).waitFor();
    // (The first cards of an issue are complete in its HTML; further down, the app fills them in.)
    const card = page.locator('article[data-paper-id="llms-can-get-brain-rot"]');
    const bookmark = card.getByRole('button', { name: /북마크/ });
    await bookmark.waitFor();
    // The reader taps "bookmark" before the app's code has arrived.
    await bookmark.click();
    assert.equal(
      await page.locator('#root[data-prerendered]').count(),
      1,
      'the app is not running yet',
    );

    release();
    await waitForApp(page);
    await card.getByRole('button', { name: /북마크/, pressed: true }).waitFor();
    assert.equal(await bookmark.getAttribute('aria-pressed'), 'true', 'the early tap counted');
    assert.equal(
      await card.getByRole('button', { name: /좋아요/ }).getAttribute('aria-pressed'),
      'true',
      'the earlier like shows',
    );
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const [what, request] of [
  ['its code', /\/assets\/take-over-[^/]*\.js$/],
  ['its data', /\/data\/issues\/[^/]*\.json$/],
] as const) {
  test(`if ${what} cannot load, the prerendered page stays readable and offers to try again`, async () => {
    const context = await newContext(app.browser);
    const page = await context.newPage();
    await page.route(request, (route) => route.abort());
    await page.goto(app.server.url);
    const notice = page.getByRole('status').filter({ hasText: '불러오지 못했습니다' });
    await notice.waitFor();
    // The page is the one the reader was reading: nothing replaced it, nothing covers it.
    await page.getByRole('heading', { level: 1, name: /이번 주에 살펴볼 만한/ }).waitFor();
    assert.equal(await page.getByRole('article').count(), 10);
    assert.equal(await page.locator('#root[data-prerendered]').count(), 1);

    // The connection is back: "try again" starts the app over the same page.
    await page.unroute(request);
    await notice.getByRole('button', { name: '다시 시도' }).click();
    await waitForApp(page);
    assert.equal(await notice.count(), 0);
    const like = page
      .getByRole('article')
      .first()
      .getByRole('button', { name: /^좋아요/ });
    await like.click();
    assert.equal(await like.getAttribute('aria-pressed'), 'true');
    await context.close();
  });
}

test('a tap on a menu link that begins before the app takes over and ends after it still follows the link', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const release = await holdBackTheApp(page);
  await page.goto(`${app.server.url}${PAPER}`);
  const archive = page.getByRole('banner').getByRole('link', { name: '지난 호', exact: true });
  const box = await archive.boundingBox();
  assert.ok(box, 'the menu link is on screen');
  // The finger goes down on the prerendered link...
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  // ...the app takes the page over meanwhile, and the finger lifts: the browser fires the click only
  // if the element under it is still the one it went down on.
  release();
  await waitForApp(page);
  await page.mouse.up();
  await page.waitForURL(/\/archive$/);
  await page.getByRole('heading', { level: 1, name: '지난 호' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a keyboard user who starts tabbing before the app takes over keeps their place', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const release = await holdBackTheApp(page);
  await page.goto(app.server.url + ISSUE);
  await page.getByRole('heading', { level: 1 }).waitFor();
  for (let i = 0; i < 8; i += 1) await page.keyboard.press('Tab');
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      return element && element !== document.body
        ? `${element.tagName} ${element.getAttribute('href')} ${element.textContent?.trim()}`
        : 'nothing';
    });
  const before = await focused();
  // (The controls are on screen from the first paint, so Tab reaches them as well as links.)
  assert.match(before, /^(A|BUTTON|INPUT) /);

  release();
  await waitForApp(page);
  assert.equal(await focused(), before);
  await context.close();
});

test('a link to a paper card lands on it, before the app and once the app has filled it in', async () => {
  const context = await newContext(app.browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const release = await holdBackTheApp(page);
  await page.goto(`${app.server.url}${ISSUE}#paper-fast-dllm`);
  const card = page.locator('article[data-paper-id="fast-dllm"]');
  const topOf = async () => Math.round((await card.boundingBox())?.y ?? NaN);
  // The prerendered page names the paper further down by its title (its full card comes with the app):
  // the link shows it, as high on the screen as the page is long enough to scroll.
  const before = await topOf();
  assert.ok(before >= 0 && before < 450, `the paper is on screen (y=${before})`);
  assert.equal(
    await card.getByRole('heading', { level: 3 }).innerText(),
    'Fast-dLLM: KV 캐시 및 병렬 디코딩을 통한 디퓨전 LLM의 학습 없는 가속화',
  );

  release();
  await waitForApp(page);
  // The full card, at the top of the screen where a link puts it (its scroll margin: 1rem).
  await card.getByRole('button', { name: /^좋아요/ }).waitFor();
  const after = await topOf();
  assert.ok(after >= 0 && after <= 24, `the card is at the top of the screen (y=${after})`);
  await context.close();
});

test('a highlight followed before the app has started still lands on its paper once the app fills the page in', async () => {
  const context = await newContext(app.browser, { viewport: { width: 390, height: 800 } });
  const page = await context.newPage();
  const release = await holdBackTheApp(page);
  await page.goto(`${app.server.url}${ISSUE}`);
  const card = page.locator('article[data-paper-id="fast-dllm"]');
  // A plain same-page link while the app is held back: the browser jumps to the title-only placeholder.
  await page
    .getByRole('region', { name: '이번 주 주목할 흐름' })
    .locator('a[href$="#paper-fast-dllm"]')
    .first()
    .click();
  assert.match(page.url(), /#paper-fast-dllm$/);

  release();
  await waitForApp(page);
  // Every card above it is now full (taller than its placeholder): the card is still where the link put it.
  await card.getByRole('button', { name: /^좋아요/ }).waitFor();
  const top = Math.round((await card.boundingBox())?.y ?? NaN);
  assert.ok(top >= 0 && top <= 24, `the card is at the top of the screen (y=${top})`);
  await context.close();
});

test('a reader who reads in English never sees the page in Korean first', async () => {
  const context = await newContext(app.browser);
  await context.addInitScript(() => localStorage.setItem('paper-digest.language.v1', 'en'));
  const page = await context.newPage();
  const errors = watchErrors(page);
  const release = await holdBackTheApp(page);
  await page.goto(app.server.url + ISSUE);
  // Before any of the app's code: the page is shown, in English.
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const card = page.locator('article[data-paper-id="llms-can-get-brain-rot"]');
  const english = card.locator('.markdown[lang="en"]').first();
  const korean = card.locator('.abstracts .markdown[lang="ko"]').first();
  assert.ok(await english.isVisible(), 'the English abstract is on screen');
  assert.ok(!(await korean.isVisible()), 'the Korean abstract is not');
  // The English title is the card's heading, the Korean one beneath it.
  // (By its accessible name: the card may be off screen, not laid out yet, and innerText empty.)
  await card
    .getByRole('heading', { level: 3, name: 'LLMs Can Get "Brain Rot"!', exact: true })
    .waitFor();
  await card
    .getByRole('paragraph')
    .filter({ hasText: 'LLM은 "브레인 로트"에 걸릴 수 있다!', visible: true })
    .waitFor();
  // Its buttons are named in English, and the search box asks in English.
  await card.getByRole('button', { name: /^Like: LLMs Can Get/ }).waitFor();
  await card.getByRole('button', { name: /^Mark as read: LLMs Can Get/ }).waitFor();
  assert.equal(
    await page.getByRole('searchbox').getAttribute('placeholder'),
    'Search titles and abstracts',
  );
  // The page's own words are English too: the menu, the headings, the contents, the card's labels.
  const banner = page.getByRole('banner');
  await banner.getByRole('link', { name: 'Archive', exact: true }).waitFor();
  await banner.getByRole('link', { name: 'Library', exact: true }).waitFor();
  for (const name of ['Trends this week', 'Papers in this issue', '10 papers']) {
    await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  }
  await page
    .getByRole('navigation', { name: 'Papers in this issue' })
    .getByRole('link', { name: 'The Dragon Hatchling: The Missing Link', exact: false })
    .waitFor();
  for (const name of ['Summary (Korean)', 'Abstract']) {
    await card.getByRole('heading', { level: 4, name, exact: true }).waitFor();
  }
  await card.getByRole('link', { name: /^Read the paper/ }).waitFor();
  const before = await card.boundingBox();

  release();
  await waitForApp(page);
  await page
    .getByRole('article')
    .getByRole('link', { name: /^LLMs Can Get "Brain Rot"/ })
    .waitFor();
  await page.getByRole('banner').getByRole('radio', { name: 'English', checked: true }).waitFor();
  assert.ok(await english.isVisible());
  assert.ok(!(await korean.isVisible()));
  // Nothing above the card changed its words, so nothing moved it.
  const after = await card.boundingBox();
  assert.ok(
    before && after && Math.abs(after.y - before.y) < 2,
    `the card stayed (${before?.y} → ${after?.y})`,
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('paths without a page of their own get the empty shell, never the newest issue', async () => {
  const prerendered = ['', ISSUE, PAPER, 'archive'];
  const shell = [
    'library',
    'search?q=kv',
    'issues/2019-01-07',
    'issues/2025-10-20/papers/nope',
    'x',
  ];
  const check = async (base: string) => {
    for (const path of prerendered) {
      const html = await (await fetch(base + path)).text();
      assert.match(html, /<div id="root" data-prerendered/, `${path || '/'} is prerendered`);
    }
    for (const path of shell) {
      const response = await fetch(base + path);
      assert.equal(response.status, 200, path);
      assert.match(await response.text(), /<div id="root"><\/div>/, `${path} gets the shell`);
    }
  };
  // The e2e server, and `vite preview` (what `npm start` runs) with the same build.
  await check(app.server.url);
  const server = await preview({
    logLevel: 'silent',
    build: { outDir: resolve(process.env.E2E_DIST ?? '.e2e-dist') },
    preview: { port: 0, host: '127.0.0.1' },
  });
  try {
    await check(server.resolvedUrls?.local[0] ?? 'missing');
  } finally {
    await server.close();
  }

  // In the browser: the library never flashes this week's issue on its way in.
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const release = await holdBackTheApp(page);
  await page.goto(`${app.server.url}library`);
  assert.equal(await page.getByRole('article').count(), 0);
  release();
  await page.getByRole('heading', { level: 1, name: /내 서재/ }).waitFor();
  await context.close();
});
