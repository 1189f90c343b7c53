import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import {
  newContext,
  seriousAxeViolations,
  serveAppInBrowser,
  waitForApp,
  watchErrors,
} from './harness';

const ISSUE = 'issues/2025-10-20';
const LIBRARY_KEY = 'paper-digest.library.v1';
const SHOTS = process.env.E2E_SHOTS ?? '/tmp/shots';

const app = serveAppInBrowser();

const likeButton = (page: Page) =>
  page.getByRole('button', { name: /^좋아요: LLMs Can Get "Brain Rot"!/ }).first();
const bookmarkButton = (page: Page) =>
  page.getByRole('button', { name: /^북마크: LLMs Can Get "Brain Rot"!/ }).first();

/**
 * NOTE: on the issue page KaTeX's HTML carries inline style attributes and small fonts are inlined as
 * data: URLs, which the build's CSP (style-src/font-src 'self') refuses. That belongs to the reader's
 * Markdown rendering and is reported there; this spec only guards the library's own errors.
 */
function withoutCspReports(errors: string[]): string[] {
  return errors.filter((error) => !error.includes('Content Security Policy'));
}

async function pressed(locator: ReturnType<typeof likeButton>): Promise<string | null> {
  return locator.getAttribute('aria-pressed');
}

test('a like and a bookmark made on the issue page survive a reload and show in the library', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.server.url + ISSUE);
  await waitForApp(page);
  await likeButton(page).click();
  await bookmarkButton(page).click();
  assert.equal(await pressed(likeButton(page)), 'true');
  assert.equal(await pressed(bookmarkButton(page)), 'true');

  await page.reload();
  // The buttons show from the first paint; the reader's marks once the app has hydrated the page.
  await waitForApp(page);
  assert.equal(await pressed(likeButton(page)), 'true');
  assert.equal(await pressed(bookmarkButton(page)), 'true');
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.screenshot({ path: `${SHOTS}/issue-with-actions.png` });
  await page
    .locator('article')
    .filter({ has: likeButton(page) })
    .first()
    .screenshot({ path: `${SHOTS}/paper-card-actions.png` });

  await page
    .getByRole('navigation', { name: '주 메뉴' })
    .getByRole('link', { name: '내 서재' })
    .click();
  await page.getByRole('heading', { level: 1, name: '내 서재' }).waitFor();
  const link = page.getByRole('tabpanel').getByRole('link', { name: /브레인 로트/ });
  await link.waitFor();
  assert.match(
    (await link.getAttribute('href')) ?? '',
    /^\/issues\/2025-10-20\/papers\/[a-z0-9-]+$/,
  );
  assert.equal(await page.getByRole('tabpanel').getByRole('listitem').count(), 1);

  await page.setViewportSize({ width: 900, height: 900 });
  await page.screenshot({ path: `${SHOTS}/library-populated.png`, fullPage: true });
  assert.deepEqual(await seriousAxeViolations(page), []);

  await link.click();
  await bookmarkButton(page).waitFor();
  assert.equal(await pressed(bookmarkButton(page)), 'true');
  assert.deepEqual(withoutCspReports(errors), []);
  await context.close();
});

test('a second page in the same browser sees a like made in the first without a reload', async () => {
  const context = await newContext(app.browser);
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(app.server.url + ISSUE);
  await second.goto(app.server.url + ISSUE);
  await likeButton(second).waitFor();
  assert.equal(await pressed(likeButton(second)), 'false');

  await likeButton(first).click();
  await second
    .getByRole('button', { name: /^좋아요: LLMs Can Get/, pressed: true })
    .first()
    .waitFor({ timeout: 5000 });
  // And both tabs keep each other's changes when they toggle different papers.
  await bookmarkButton(second).click();
  await first
    .getByRole('button', { name: /^북마크: LLMs Can Get/, pressed: true })
    .first()
    .waitFor({ timeout: 5000 });
  const stored = JSON.parse(
    (await first.evaluate((key) => localStorage.getItem(key), LIBRARY_KEY)) ?? '{}',
  );
  const [entry] = Object.values(stored.papers ?? {}) as {
    likedAt: string | null;
    bookmarkedAt: string | null;
  }[];
  assert.ok(entry?.likedAt && entry.bookmarkedAt, 'both marks are stored');
  await context.close();
});

test('garbage in the stored library: the app loads, says so, and the original is downloadable', async () => {
  const context = await newContext(app.browser, { acceptDownloads: true });
  const garbage = '{"version":1,"papers":{"2025-10-20/x":{"paper": nope';
  // Only on the first load of this tab: the app must clean it up itself afterwards.
  await context.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(key, value);
    },
    [LIBRARY_KEY, garbage] as const,
  );
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.server.url + ISSUE);
  await waitForApp(page);
  await page.getByRole('link', { name: 'AI/ML 논문 모음' }).first().waitFor();
  const notice = page.getByRole('status').filter({ hasText: '읽을 수 없었어요' });
  await notice.waitFor();
  await page.screenshot({ path: `${SHOTS}/library-notice.png` });
  await likeButton(page).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    notice.getByRole('button', { name: '보관된 원본 내려받기' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^paper-digest-library-kept-aside-.*\.json$/);
  const kept = JSON.parse(await readFile((await download.path())!, 'utf8'));
  assert.equal(kept.items[0].raw, garbage);

  // The app keeps working on a clean value, and the notice does not come back on the next visit.
  await likeButton(page).click();
  await page.reload();
  // The buttons show from the first paint; the reader's marks once the app has hydrated the page.
  await waitForApp(page);
  assert.equal(await pressed(likeButton(page)), 'true');
  assert.equal(await page.getByText('읽을 수 없었어요').count(), 0);
  assert.deepEqual(withoutCspReports(errors), []);
  await context.close();
});

test('the library lists saved papers while issue data cannot be fetched', async () => {
  const context = await newContext(app.browser);
  await context.route('**/data/**', (route) => route.abort());
  const at = (day: number) => `2025-10-${day}T09:00:00.000Z`;
  const saved = (
    issueId: string,
    issueTitle: string,
    paperId: string,
    titleKo: string,
    titleEn: string,
    arxiv: string | null,
  ) => ({
    issueId,
    issueTitle,
    paperId,
    titleKo,
    titleEn,
    paperUrl: arxiv && `https://arxiv.org/abs/${arxiv}`,
    savedAt: at(21),
  });
  // The ingest's issue title carries no date; every issue has the same one.
  const october = '이번 주에 살펴볼 만한 AI/ML 논문 모음';
  const library = {
    version: 1,
    papers: {
      a: {
        paper: saved(
          '2025-10-20',
          october,
          'llms-can-get-brain-rot',
          'LLM은 "브레인 로트"에 걸릴 수 있다!',
          'LLMs Can Get "Brain Rot"!',
          '2510.13928',
        ),
        likedAt: at(22),
        bookmarkedAt: at(22),
        readAt: null,
      },
      b: {
        paper: saved(
          '2025-10-20',
          october,
          'optpipe',
          'OptPipe: LLM 학습을 위한 메모리 및 스케줄링 최적화 파이프라인 병렬 처리',
          'OptPipe: Memory- and Scheduling-Optimized Pipeline Parallelism for LLM Training',
          '2510.05186',
        ),
        likedAt: null,
        bookmarkedAt: at(23),
        readAt: at(24),
      },
      c: {
        paper: saved(
          '2025-10-13',
          october,
          'an-older-paper',
          '지난주에 저장한 논문',
          'A Paper Saved the Week Before',
          null,
        ),
        likedAt: null,
        bookmarkedAt: at(15),
        readAt: null,
      },
    },
    issueLikes: {},
  };
  await context.addInitScript(
    ([key, value]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    },
    [LIBRARY_KEY, JSON.stringify(library)] as const,
  );
  const page = await context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(app.server.url + 'library');
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('link', { name: /브레인 로트/ }).waitFor();
  assert.equal(await panel.getByRole('listitem').count(), 3);
  assert.deepEqual(await panel.getByRole('heading', { level: 2 }).allTextContents(), [
    `2025.10.20 · ${october}`,
    `2025.10.13 · ${october}`,
  ]);
  await page.screenshot({ path: `${SHOTS}/library-populated-offline.png`, fullPage: true });
  assert.deepEqual(await seriousAxeViolations(page), []);

  await page.getByRole('button', { name: /^북마크 해제: OptPipe/ }).click();
  assert.equal(await panel.getByRole('listitem').count(), 2);
  await page.getByRole('button', { name: '되돌리기' }).click();
  assert.equal(await panel.getByRole('listitem').count(), 3);
  await context.close();
});

test('the empty library is helpful and accessible', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 900, height: 800 });
  await page.goto(app.server.url + 'library');
  await page.getByText('아직 북마크한 논문이 없어요.').waitFor();
  await page.screenshot({ path: `${SHOTS}/library-empty.png`, fullPage: true });
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});
