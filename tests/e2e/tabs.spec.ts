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
function clickAll(page: Page, prefix: string, seed: number): Promise<number> {
  return page.evaluate(
    async ({ prefix, seed }) => {
      const buttons = [
        ...document.querySelectorAll<HTMLButtonElement>('button[aria-label]'),
      ].filter((button) => button.getAttribute('aria-label')?.startsWith(prefix));
      let state = seed;
      for (const button of buttons) {
        button.click();
        state = (state * 1103515245 + 12345) % 2147483648;
        await new Promise((resolve) => setTimeout(resolve, state % 6));
      }
      return buttons.length;
    },
    { prefix, seed },
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

async function pressedCount(page: Page, prefix: string): Promise<number> {
  return page.evaluate(
    (prefix) =>
      [...document.querySelectorAll('button[aria-label][aria-pressed="true"]')].filter((button) =>
        button.getAttribute('aria-label')?.startsWith(prefix),
      ).length,
    prefix,
  );
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
        await page.waitForFunction(
          ({ prefix }) =>
            [...document.querySelectorAll('button[aria-label][aria-pressed="true"]')].filter(
              (button) => button.getAttribute('aria-label')?.startsWith(prefix),
            ).length === 10,
          { prefix },
          { timeout: 5_000 },
        );
        assert.equal(await pressedCount(page, prefix), 10, `${prefix} on screen`);
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
