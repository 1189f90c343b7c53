/**
 * Reading comfort on /library (issue 14): one interface language everywhere (the page, its import
 * messages and the storage notices shown on every page), the app's link colour, titles that open
 * their paper, exports disabled with nothing saved, and counts that read naturally in both languages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { newContext, seriousAxeViolations, serveAppInBrowser, watchErrors } from './harness';

const LIBRARY_KEY = 'paper-digest.library.v1';
const HANGUL = /[\u3131-\u318e\uac00-\ud7a3]/;

const app = serveAppInBrowser();

const at = (day: number) => `2025-10-${day}T09:00:00.000Z`;
const paper = (paperId: string, titleKo: string, titleEn: string) => ({
  issueId: '2025-10-20',
  issueTitle: '이번 주에 살펴볼 만한 AI/ML 논문 모음',
  paperId,
  titleKo,
  titleEn,
  paperUrl: `https://arxiv.org/abs/2510.13928`,
  savedAt: at(21),
});
const BRAIN_ROT = {
  paper: paper(
    'llms-can-get-brain-rot',
    'LLM은 "브레인 로트"에 걸릴 수 있다!',
    'LLMs Can Get "Brain Rot"!',
  ),
  likedAt: null,
  bookmarkedAt: at(22),
  readAt: null,
};
const OPTPIPE = {
  paper: paper(
    'optpipe',
    'OptPipe: LLM 학습을 위한 메모리 및 스케줄링 최적화 파이프라인 병렬 처리',
    'OptPipe: Memory- and Scheduling-Optimized Pipeline Parallelism for LLM Training',
  ),
  likedAt: at(23),
  bookmarkedAt: at(23),
  readAt: null,
};

/** A browser whose stored library holds `papers` when the first page opens. */
async function withLibrary(
  papers: Record<string, unknown>,
  options: Parameters<typeof newContext>[1] = {},
): Promise<BrowserContext> {
  const context = await newContext(app.browser, options);
  const value = JSON.stringify({ version: 1, papers, issueLikes: {} });
  await context.addInitScript(
    ([key, stored]) => {
      if (!localStorage.getItem(key)) localStorage.setItem(key, stored);
    },
    [LIBRARY_KEY, value] as const,
  );
  return context;
}

async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel(/백업 파일 가져오기|Import a backup file/)
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The import's report, once it has one (the status region also says "checking…" meanwhile). */
async function importReport(page: Page): Promise<string> {
  const report = page.locator('.library-report p').first();
  await page.waitForFunction(() => {
    const text = document.querySelector('.library-report')?.textContent ?? '';
    return text !== '' && !/확인하는 중|Checking/.test(text);
  });
  return (await report.textContent()) ?? '';
}

test('in English, /library is in English: tabs, empty state, backup and export, import messages', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.server.url}library?lang=en`);
  await page.getByRole('heading', { level: 1, name: 'Your library' }).waitFor();
  for (const name of [/^Bookmarked/, /^Liked/, /^Read/])
    await page.getByRole('tab', { name }).waitFor();
  assert.equal(
    await page.getByRole('tablist').getAttribute('aria-label'),
    'Library lists',
    'the tab list is named in English',
  );
  await page.getByRole('tabpanel').getByText('No bookmarked papers yet.').waitFor();
  await page.getByRole('link', { name: 'Browse the latest issue' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Backup and export' }).waitFor();
  await page.getByRole('button', { name: 'Download JSON backup' }).waitFor();
  await page.getByText('Nothing is saved in your library.').waitFor();
  assert.equal(await page.title(), 'Your library · AI/ML 논문 모음');

  await importFile(page, 'hello.json', '{"hello":1}');
  assert.equal(
    await importReport(page),
    'Nothing was imported: This is not a library backup: it has no version and no list of likes, bookmarks or read marks. Your library is unchanged.',
  );
  const main = (await page.getByRole('main').innerText()).trim();
  assert.doesNotMatch(main, HANGUL, `no Korean left on the English page:\n${main}`);
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('import messages are worded for readers in both languages, with no developer English in Korean', async () => {
  const context = await withLibrary({ a: BRAIN_ROT });
  const page = await context.newPage();
  await page.goto(`${app.server.url}library`);
  await page.getByRole('heading', { level: 1, name: '내 서재' }).waitFor();

  await importFile(page, 'hello.json', '{"hello":1}');
  const refused = await importReport(page);
  assert.equal(
    refused,
    '가져오지 못했어요: 서재 백업 형식이 아닙니다. 버전 정보도, 좋아요·북마크·읽음 목록도 없어요. 서재는 그대로예요.',
  );
  assert.doesNotMatch(refused, /[a-z]{3,}/i, 'no English words in the Korean message');

  // A backup of a newer version with one broken entry: the note and the reason are in Korean too.
  await importFile(
    page,
    'backup.json',
    JSON.stringify({ version: 2, papers: { a: BRAIN_ROT, broken: { paper: { paperId: 'x' } } } }),
  );
  assert.equal(
    await importReport(page),
    '새로 더할 항목이 없었어요: 1개는 이미 있어 건너뜀, 1개는 형식이 맞지 않아 제외.',
  );
  const report = page.locator('.library-report');
  await report.getByText(/^참고: 이 앱의 더 새로운 버전\(2\)에서 만든 백업이라/).waitFor();
  await report.getByText('제외된 항목 보기').click();
  const item = await report.getByRole('listitem').first().innerText();
  assert.match(item, /^papers\.broken: 값이 없거나 형식이 맞지 않음: paper\.\w+/);
  assert.doesNotMatch(item, /invalid|expected|received|version/i);
  await context.close();
});

test('in English, the storage notice shown on every page is in English', async () => {
  const context = await newContext(app.browser);
  await context.addInitScript(
    ([key]) => {
      if (sessionStorage.getItem('e2e-seeded')) return;
      sessionStorage.setItem('e2e-seeded', '1');
      localStorage.setItem(key, '{"version":1,"papers": nope');
    },
    [LIBRARY_KEY] as const,
  );
  const page = await context.newPage();
  await page.goto(`${app.server.url}archive?lang=en`);
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await notice.waitFor();
  assert.match(
    await notice.innerText(),
    /^Part of your saved library \(likes, bookmarks, read marks\) could not be read\./,
  );
  await notice.getByRole('button', { name: 'Download the kept copy' }).waitFor();
  assert.doesNotMatch(await notice.innerText(), HANGUL);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  assert.equal(await page.getByText('could not be read').count(), 0);
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`links on /library use the app's link colour (${colorScheme})`, async () => {
    const context = await withLibrary({ a: BRAIN_ROT }, { colorScheme });
    const page = await context.newPage();
    await page.goto(`${app.server.url}library?sort=saved`);
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('link', { name: /브레인 로트/ }).waitFor();
    // The colour every other page gives a link (styles.css `a`), read from a link of the page's own.
    const appLink = await page.evaluate(() => {
      const probe = document.createElement('a');
      probe.href = '#';
      document.querySelector('.app')!.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    });
    const colourOf = (name: string | RegExp) =>
      panel
        .getByRole('link', { name })
        .first()
        .evaluate((link) => getComputedStyle(link).color);
    assert.equal(await colourOf('2025.10.20 호'), appLink);
    assert.equal(await colourOf(/^논문 원문/), appLink);
    await context.close();

    const empty = await newContext(app.browser, { colorScheme });
    const emptyPage = await empty.newPage();
    await emptyPage.goto(`${app.server.url}library`);
    const latest = emptyPage.getByRole('link', { name: '최신 호 둘러보기' });
    await latest.waitFor();
    assert.equal(
      await latest.evaluate((link) => getComputedStyle(link).color),
      appLink,
      'the empty state links too',
    );
    await empty.close();
  });
}

test("a title opens its paper's page, titled in the interface language", async () => {
  const context = await withLibrary({ a: BRAIN_ROT });
  const page = await context.newPage();
  await page.goto(`${app.server.url}library?lang=en`);
  const title = page.getByRole('tabpanel').getByRole('link', { name: 'LLMs Can Get "Brain Rot"!' });
  await title.waitFor();
  assert.equal(await title.getAttribute('lang'), 'en');
  await page.getByRole('tabpanel').getByText('LLM은 "브레인 로트"에 걸릴 수 있다!').waitFor();
  await title.click();
  await page.waitForURL(/\/issues\/2025-10-20\/papers\/llms-can-get-brain-rot(\?|$)/);
  await page.getByRole('heading', { level: 1, name: /Brain Rot|브레인 로트/ }).waitFor();
  await context.close();
});

test('with nothing saved every export is disabled, the JSON backup too', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.goto(`${app.server.url}library`);
  await page.getByText('아직 북마크한 논문이 없어요.').waitFor();
  for (const name of [
    'JSON 백업 내려받기',
    'BibTeX 내려받기',
    'RIS 내려받기',
    'CSL-JSON 내려받기',
    'Markdown 내려받기',
  ])
    assert.equal(await page.getByRole('button', { name }).isDisabled(), true, name);
  await context.close();

  // A like alone is something to back up, but nothing to cite.
  const liked = await withLibrary({ a: { ...BRAIN_ROT, likedAt: at(22), bookmarkedAt: null } });
  const likedPage = await liked.newPage();
  await likedPage.goto(`${app.server.url}library?tab=likes`);
  await likedPage
    .getByRole('tabpanel')
    .getByRole('link', { name: /브레인 로트/ })
    .waitFor();
  assert.equal(
    await likedPage.getByRole('button', { name: 'JSON 백업 내려받기' }).isDisabled(),
    false,
  );
  assert.equal(await likedPage.getByRole('button', { name: 'BibTeX 내려받기' }).isDisabled(), true);
  await liked.close();
});

test('counts read naturally: Korean says there are none, English says 1 paper and 2 papers', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.goto(`${app.server.url}library`);
  const transfer = page.getByRole('region', { name: '백업과 내보내기' });
  await transfer.getByText(/^북마크한 논문이 없습니다\./).waitFor();
  await transfer.getByText('서재에 저장된 항목이 없습니다.').waitFor();
  assert.doesNotMatch(await transfer.innerText(), /\b0\s*(편|개)/);
  await context.close();

  const one = await withLibrary({ a: BRAIN_ROT });
  const onePage = await one.newPage();
  await onePage.goto(`${app.server.url}library?lang=en`);
  const oneTransfer = onePage.getByRole('region', { name: 'Backup and export' });
  await oneTransfer.getByText(/^Your 1 bookmarked paper as BibTeX/).waitFor();
  await oneTransfer.getByText('1 entry saved in your library').waitFor();
  await onePage.goto(`${app.server.url}library`);
  await onePage
    .getByRole('region', { name: '백업과 내보내기' })
    .getByText(/^북마크한 논문 1편을 BibTeX/)
    .waitFor();
  await one.close();

  const two = await withLibrary({ a: BRAIN_ROT, b: OPTPIPE });
  const twoPage = await two.newPage();
  await twoPage.goto(`${app.server.url}library?lang=en`);
  const twoTransfer = twoPage.getByRole('region', { name: 'Backup and export' });
  await twoTransfer.getByText(/^Your 2 bookmarked papers as BibTeX/).waitFor();
  await twoTransfer.getByText('2 entries saved in your library').waitFor();
  await two.close();
});
