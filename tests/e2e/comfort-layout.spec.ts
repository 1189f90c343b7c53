/**
 * Reading comfort (issue 14), items 3, 4, 9 and 10, measured as a reader sees them in Chromium: English
 * mode leads with the English abstract; lines keep one measure (about 35–45 Hangul syllables or 60–75
 * Latin characters) and "both" puts two such columns side by side with the contents list as wide as the
 * cards; on a phone, targets are at least 24 px, section labels at least 13 px and the header is shorter;
 * every title and abstract carries its language, and `<html lang>` follows the interface language.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { newContext, serveAppInBrowser, waitForApp } from './harness';

const app = serveAppInBrowser();
const ISSUE = 'issues/2025-10-20';
const PAPER = `${ISSUE}/papers/chunkllm`;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

async function openPage(path: string, viewport: { width: number; height: number }) {
  const context = await newContext(app.browser, { viewport });
  const page = await context.newPage();
  await page.goto(`${app.server.url}${path}`);
  await waitForApp(page);
  await page.evaluate(() => document.fonts.ready);
  return { context, page };
}

/** The first paper card of the page (an article named by its title). */
function firstCard(page: Page): Locator {
  return page.getByRole('article').first();
}

async function top(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  assert.ok(box, 'not laid out');
  return box.y;
}

async function fontSize(locator: Locator): Promise<number> {
  return locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

/**
 * The median line of a block of prose, as the reader sees it: its lines are found from where each
 * character lands (text in CSS columns included), the last line of each paragraph and formulas are left
 * out. `hangul` counts Hangul syllables, each Latin letter or digit as half of one (it is about half as
 * wide), so a Korean line full of "LLM" and "QK" is not taken for a short one; `latin` counts characters.
 */
async function medianLine(block: Locator): Promise<{ hangul: number; latin: number }> {
  return block.evaluate((root) => {
    const lines: string[] = [];
    const range = document.createRange();
    for (const paragraph of Array.from(root.querySelectorAll('p, li'))) {
      // Characters in reading order; a new line starts where one lands on another line (or column).
      const ofParagraph: string[] = [];
      let lastTop = Number.NaN;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest('.katex')) continue;
        const text = node.textContent ?? '';
        for (let index = 0; index < text.length; index += 1) {
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          if (!(Math.abs(rect.top - lastTop) < rect.height / 2)) ofParagraph.push('');
          lastTop = rect.top;
          ofParagraph.push(`${ofParagraph.pop() ?? ''}${text.charAt(index)}`);
        }
      }
      lines.push(...ofParagraph.slice(0, -1));
    }
    const hangul = lines
      .map(
        (line) =>
          (line.match(/[\uAC00-\uD7A3]/g) ?? []).length +
          (line.match(/[A-Za-z0-9]/g) ?? []).length / 2,
      )
      .sort((a, b) => a - b);
    const latin = lines.map((line) => line.trim().length).sort((a, b) => a - b);
    return {
      hangul: hangul[Math.floor(hangul.length / 2)] ?? 0,
      latin: latin[Math.floor(latin.length / 2)] ?? 0,
    };
  });
}

test('English mode leads with the English abstract; the Korean summary follows, labelled and smaller', async () => {
  for (const path of ['', PAPER]) {
    const { context, page } = await openPage(`${path}?lang=en`, DESKTOP);
    const card = firstCard(page);
    const abstractLabel = card.getByRole('heading', { name: 'Abstract', exact: true });
    const summaryLabel = card.getByRole('heading', { name: 'Summary (Korean)' });
    const english = card.locator('.markdown[lang="en"]').filter({ visible: true }).first();
    const korean = card
      .locator('section', { has: page.getByRole('heading', { name: 'Summary (Korean)' }) })
      .locator('.markdown[lang="ko"]');
    await english.waitFor();
    assert.ok(
      (await top(abstractLabel)) < (await top(summaryLabel)),
      `/${path}: the English abstract's heading comes before the Korean summary's`,
    );
    assert.ok(
      (await top(english)) < (await top(korean)),
      `/${path}: the English abstract is above the Korean summary`,
    );
    const englishSize = await fontSize(english);
    assert.ok(
      englishSize > (await fontSize(korean)),
      `/${path}: the English abstract (${englishSize}px) is set larger than the Korean summary`,
    );
    assert.equal(englishSize, await fontSize(page.locator('body')), 'English reads at body size');
    await context.close();
  }
  // Korean keeps its order: the summary first.
  const { context, page } = await openPage('', DESKTOP);
  const card = firstCard(page);
  assert.ok(
    (await top(card.getByRole('heading', { name: '논문 소개' }))) <
      (await top(card.getByRole('heading', { name: '초록', exact: true }))),
  );
  await context.close();
});

test('one measure: 35–45 Hangul or 60–75 Latin a line, "both" side by side, contents as wide as the cards', async () => {
  const inRange = (value: number, low: number, high: number, what: string) =>
    assert.ok(value >= low && value <= high, `${what}: ${value} a line, wanted ${low}–${high}`);

  for (const path of ['', PAPER]) {
    // One language: the card's text in its measure.
    for (const language of ['ko', 'en'] as const) {
      const { context, page } = await openPage(`${path}?lang=${language}`, DESKTOP);
      const card = firstCard(page);
      const prose = card.locator(`.markdown[lang="${language}"]`).filter({ visible: true });
      const line = await medianLine(prose.first());
      if (language === 'ko') inRange(line.hangul, 33, 45, `/${path} Korean summary`);
      else inRange(line.latin, 60, 75, `/${path} English abstract`);
      await context.close();
    }
    // Both: two columns, each in the measure, using the width a 1280 px screen has.
    const { context, page } = await openPage(`${path}?lang=both`, DESKTOP);
    const card = firstCard(page);
    const korean = card.locator('.abstracts__column', { has: page.getByText('한국어 초록') });
    const english = card.locator('.abstracts__column', { has: page.getByText(/^영어 초록/) });
    const [koBox, enBox] = [await korean.boundingBox(), await english.boundingBox()];
    assert.ok(koBox && enBox);
    assert.ok(Math.abs(koBox.y - enBox.y) < 2, `/${path}: the abstracts sit side by side`);
    inRange((await medianLine(korean)).hangul, 33, 45, `/${path} Korean abstract beside English`);
    inRange((await medianLine(english)).latin, 60, 75, `/${path} English abstract beside Korean`);
    // The Korean summary uses the same two columns instead of leaving half the card empty.
    const summary = card
      .locator('section', { has: page.getByRole('heading', { name: '논문 소개' }) })
      .locator('.markdown');
    const summaryBox = await summary.boundingBox();
    const cardBox = await card.boundingBox();
    assert.ok(summaryBox && cardBox);
    assert.ok(summaryBox.width > cardBox.width * 0.9, `/${path}: the summary spans the card`);
    inRange((await medianLine(summary)).hangul, 33, 45, `/${path} Korean summary in two columns`);

    if (path === '') {
      const contents = page.getByRole('navigation', { name: '이번 호 논문 목차' });
      const contentsBox = await contents.boundingBox();
      assert.ok(contentsBox);
      assert.ok(
        Math.abs(contentsBox.width - cardBox.width) < 1,
        `the contents list (${contentsBox.width}px) is as wide as the cards (${cardBox.width}px)`,
      );
    }
    await context.close();
  }
});

test('phones: targets of 24 px and more, section labels of 13 px and more, a header under 148 px', async () => {
  const { context, page } = await openPage('', PHONE);
  const banner = page.getByRole('banner');
  const header = await banner.boundingBox();
  assert.ok(header && header.height <= 128, `the header is ${header?.height}px tall`);

  const contents = page.getByRole('navigation', { name: '이번 호 논문 목차' }).getByRole('link');
  assert.ok((await contents.count()) >= 10);
  for (const link of await contents.all()) {
    const box = await link.boundingBox();
    assert.ok(
      box && box.height >= 24 && box.width >= 24,
      `${await link.innerText()}: ${box?.height}px`,
    );
  }

  // The card's own language switch: as easy to hit with a thumb as the header's.
  const card = firstCard(page);
  const cardSwitch = card.getByRole('group', { name: '이 논문만' });
  for (const option of await cardSwitch.locator('label').all()) {
    const box = await option.boundingBox();
    assert.ok(box && box.height >= 32 && box.width >= 32, `card switch option: ${box?.height}px`);
  }

  const labels = [
    page.getByRole('heading', { name: '이번 주 주목할 흐름' }),
    page.getByRole('heading', { name: '이번 호 논문 목차' }),
    card.getByRole('heading', { name: '논문 소개' }),
    card.getByRole('heading', { name: '초록', exact: true }),
    cardSwitch.getByText('이 논문만'),
  ];
  for (const label of labels) {
    const size = await fontSize(label);
    assert.ok(size >= 13, `${await label.innerText()}: ${size}px`);
  }
  await context.close();
});

/**
 * Every visible text in one language sits inside an element that says so: Korean (two Hangul syllables
 * or more, more Hangul than Latin letters) under lang="ko", English (four words or more, no Hangul)
 * under lang="en". A phrase quoted inside a sentence of the other language (an English title named in a
 * Korean highlight, a Korean query in "Results for “모델”") belongs to that sentence. Formulas and code
 * are left out.
 */
async function textsInTheWrongLanguage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const blocks = 'p, li, h1, h2, h3, h4, h5, h6, dt, dd, td, th, figcaption, blockquote';
    const wrong: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const text = (node.textContent ?? '').trim();
      if (!element || text === '' || element.closest('.katex, code, kbd, script, style')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const block = element.closest(blocks) ?? element;
      const [language, blockLanguage] = [text, block.textContent ?? ''].map((value) => {
        const hangul = (value.match(/[\uAC00-\uD7A3]/g) ?? []).length;
        const latin = (value.match(/[A-Za-z]/g) ?? []).length;
        if (hangul >= 2 && hangul * 2 >= latin) return 'ko';
        if (hangul === 0 && /[A-Za-z]+(\s+[A-Za-z'-]+){3,}/.test(value)) return 'en';
        return null;
      });
      const marked = element.closest('[lang]')?.getAttribute('lang');
      if (!language || language === marked || blockLanguage === marked) continue;
      wrong.push(`${language} marked ${marked}: ${text}`);
    }
    return wrong.slice(0, 10);
  });
}

test('language of parts: titles and abstracts carry their lang on every route, <html lang> follows the interface', async () => {
  const { context, page } = await openPage('', DESKTOP);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ko');
  // Something to list in the library.
  await page
    .getByRole('button', { name: /^북마크: LLMs Can Get "Brain Rot"!/ })
    .first()
    .click();
  const routes = ['', PAPER, 'archive', 'library', `search?q=${encodeURIComponent('모델')}`];
  for (const language of ['ko', 'en', 'both'] as const) {
    for (const route of routes) {
      const separator = route.includes('?') ? '&' : '?';
      await page.goto(`${app.server.url}${route}${separator}lang=${language}`);
      await waitForApp(page);
      if (route.startsWith('search')) await page.getByRole('listitem').first().waitFor();
      if (route === 'library') await page.getByRole('tabpanel').getByRole('link').first().waitFor();
      if (route === 'archive') await page.getByRole('heading', { level: 3 }).first().waitFor();
      if (route === '' || route === PAPER) await page.getByRole('article').first().waitFor();
      const expected = language === 'en' ? 'en' : 'ko';
      assert.equal(
        await page.evaluate(() => document.documentElement.lang),
        expected,
        `<html lang> on /${route} in ${language}`,
      );
      assert.deepEqual(await textsInTheWrongLanguage(page), [], `/${route} in ${language}`);
    }
  }
  // Switching in the header changes <html lang> with the interface, and back.
  await page.goto(`${app.server.url}?lang=en`);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByRole('banner').getByRole('radio', { name: '한국어' }).check();
  await page.waitForFunction(() => document.documentElement.lang === 'ko');
  await context.close();
});
