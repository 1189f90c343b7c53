import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newContext, serveAppInBrowser, waitForApp } from './harness';

const ISSUE = 'issues/2025-10-20';
const LIBRARY_KEY = 'paper-digest.library.v1';
const app = serveAppInBrowser();

/** The accessible-name prefix of each tab's button ("좋아요: <title>", "북마크: …", "읽음 표시: …"). */
const ACTIONS = [
  { prefix: '좋아요: ', field: 'likedAt' },
  { prefix: '북마크: ', field: 'bookmarkedAt' },
  { prefix: '읽음 표시: ', field: 'readAt' },
] as const;

/**
 * Clicks every paper's button of one kind, in the page itself, 0–5 ms apart: as fast as a script and
 * at the same time as the other tabs, which no reader beats.
 */
async function clickAll(page: Page, prefix: string, seed: number): Promise<number> {
  // Found by their accessible names; clicked in the page.
  const found = await page.getByRole('button', { name: new RegExp(`^${prefix}`) }).elementHandles();
  const buttons = await page.evaluateHandle((elements) => elements as HTMLElement[], found);
  return page.evaluate(
    async ([buttons, seed]) => {
      let state = seed;
      for (const button of buttons) {
        button.click();
        state = (state * 1103515245 + 12345) % 2147483648;
        await new Promise((resolve) => setTimeout(resolve, state % 6));
      }
      return buttons.length;
    },
    [buttons, seed] as const,
  );
}

async function storedMarks(page: Page): Promise<Record<string, number>> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), LIBRARY_KEY);
  const papers = Object.values(
    (JSON.parse(raw ?? '{"papers":{}}') as { papers: Record<string, Record<string, unknown>> })
      .papers,
  );
  return Object.fromEntries(
    ACTIONS.map(({ field }) => [field, papers.filter((entry) => entry[field] !== null).length]),
  );
}

/** The buttons of one kind shown pressed, by their accessible names. */
function pressed(page: Page, prefix: string) {
  return page.getByRole('button', { name: new RegExp(`^${prefix}`), pressed: true });
}

for (const count of [2, 3]) {
  test(`${count} tabs marking papers at the same moment keep every change, on disk and on screen`, async () => {
    const context = await newContext(app.browser);
    const pages = await Promise.all(Array.from({ length: count }, () => context.newPage()));
    for (const page of pages) {
      await page.goto(app.server.url + ISSUE);
      await waitForApp(page);
    }
    const clicked = await Promise.all(
      pages.map((page, index) => clickAll(page, ACTIONS[index]!.prefix, 17 + index)),
    );
    assert.ok(
      clicked.every((n) => n === 10),
      `every tab clicked 10 buttons: ${clicked}`,
    );

    const expected = Object.fromEntries(
      ACTIONS.map(({ field }, index) => [field, index < count ? 10 : 0]),
    );
    // Changes travel between tabs as storage events: give them a moment, then every tab agrees.
    for (const page of pages) {
      await page.waitForFunction(
        ({ key, count }) => {
          const data = JSON.parse(localStorage.getItem(key) ?? '{"papers":{}}') as {
            papers: Record<string, Record<string, unknown>>;
          };
          const entries = Object.values(data.papers);
          return (
            entries.length === 10 &&
            ['likedAt', 'bookmarkedAt', 'readAt']
              .slice(0, count)
              .every((field) => entries.every((entry) => entry[field] !== null))
          );
        },
        { key: LIBRARY_KEY, count },
        { timeout: 5_000 },
      );
    }
    for (const page of pages) {
      assert.deepEqual(await storedMarks(page), expected);
      for (const [index, { prefix }] of ACTIONS.entries()) {
        if (index >= count) continue;
        // (The tenth pressed one is there once every change has reached this tab.)
        await pressed(page, prefix).nth(9).waitFor({ timeout: 5_000 });
        assert.equal(await pressed(page, prefix).count(), 10, `${prefix} on screen`);
      }
    }
    // A fresh tab reads the same.
    const later = await context.newPage();
    await later.goto(app.server.url + ISSUE);
    await waitForApp(later);
    assert.deepEqual(await storedMarks(later), expected);
    await context.close();
  });
}
