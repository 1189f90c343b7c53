/**
 * Following and citing (issue 13), on the real build: the feeds a feed reader finds from any page,
 * the tags Zotero reads on every prerendered paper page, the links to arXiv and the sites built on
 * it, "Copy citation" and "Share", and the forum's like count apart from the reader's own like.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { newContext, seriousAxeViolations, serveAppInBrowser, waitForApp } from './harness';

const app = serveAppInBrowser();
const DIST = resolve(process.env.E2E_DIST ?? '.e2e-dist');
const ISSUE = 'issues/2025-10-20';

test('a feed reader finds the feeds from any page and reads the seed week, its highlights and papers', async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  for (const path of ['', ISSUE, `${ISSUE}/papers/chunkllm`, 'archive', 'library']) {
    await page.goto(app.server.url + path);
    const types = await page
      .locator('head link[rel="alternate"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('type')));
    assert.deepEqual(
      types.sort(),
      ['application/atom+xml', 'application/feed+json', 'application/rss+xml'],
      `/${path} advertises the three feeds`,
    );
  }
  // Fetched as a feed reader would: over HTTP, from the address the page advertises.
  const href = (type: string) =>
    page.locator(`head link[rel="alternate"][type="${type}"]`).getAttribute('href');
  const fetchText = async (type: string) => {
    const response = await page.request.get(new URL((await href(type))!, app.server.url).href);
    assert.equal(response.status(), 200);
    return response.text();
  };
  const atom = parseAtomFeed(await fetchText('application/atom+xml'));
  const rss = parseRssFeed(await fetchText('application/rss+xml'));
  const json = parseJsonFeed(await fetchText('application/feed+json'));

  const entry = atom.entries?.[0];
  assert.match(
    entry?.title?.value ?? '',
    /이번 주에 살펴볼 만한 AI\/ML 논문 모음.*2025년 10월 20일/,
  );
  assert.match(entry?.links?.[0]?.href ?? '', /\/issues\/2025-10-20$/);
  const content = entry?.content?.value ?? '';
  for (const highlight of ['데이터 품질과 LLM 성능의 관계', '멀티모달 처리의 필요성'])
    assert.ok(content.includes(highlight), `the entry has the highlight ${highlight}`);
  assert.match(content, /href="[^"]*\/issues\/2025-10-20\/papers\/llms-can-get-brain-rot"/);
  assert.match(content, /href="[^"]*\/issues\/2025-10-20\/papers\/chunkllm"/);
  assert.equal(rss.items?.[0]?.link, entry?.links?.[0]?.href);
  assert.equal(json.items?.[0]?.url, entry?.links?.[0]?.href);
  await context.close();
});

test('every prerendered paper page carries the citation_* tags Zotero reads, and keeps them current in the app', async () => {
  const papers = readdirSync(join(DIST, ISSUE, 'papers')).filter((file) => file.endsWith('.html'));
  assert.equal(papers.length, 10);
  for (const file of papers) {
    const html = readFileSync(join(DIST, ISSUE, 'papers', file), 'utf8');
    const meta = (name: string) =>
      [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)"`, 'g'))].map(
        (match) => match[1],
      );
    assert.equal(meta('citation_title').length, 1, `${file}: one citation_title`);
    assert.match(meta('citation_arxiv_id')[0] ?? '', /^\d{4}\.\d{4,5}$/, `${file}: arXiv id`);
    assert.match(meta('citation_pdf_url')[0] ?? '', /^https:\/\/arxiv\.org\/pdf\//);
    assert.match(meta('citation_publication_date')[0] ?? '', /^\d{4}\/\d{2}/);
  }

  // In the app: the tags follow the paper shown and leave with the paper page.
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.goto(`${app.server.url}${ISSUE}/papers/chunkllm`);
  await waitForApp(page);
  const titles = () =>
    page
      .locator('head meta[name="citation_title"]')
      .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
  assert.deepEqual(await titles(), [
    'ChunkLLM: A Lightweight Pluggable Framework for Accelerating LLMs Inference',
  ]);
  await page.getByRole('link', { name: /다음 논문/ }).click();
  await page.waitForURL(/fast-dllm$/);
  await page.getByRole('heading', { level: 1, name: /^Fast-dLLM/ }).waitFor();
  // The tags are swapped right after the new page is painted.
  await page.waitForFunction(
    () =>
      document.querySelector('meta[name="citation_title"]')?.getAttribute('content') !== null &&
      !document
        .querySelector('meta[name="citation_title"]')
        ?.getAttribute('content')
        ?.startsWith('ChunkLLM'),
  );
  assert.deepEqual(await titles(), [
    'Fast-dLLM: Training-free Acceleration of Diffusion LLM by Enabling KV Cache and Parallel Decoding',
  ]);
  await page
    .getByRole('link', { name: /이번 주에 살펴볼 만한/ })
    .first()
    .click();
  await page.waitForURL(/2025-10-20#/);
  await page.getByRole('heading', { level: 1, name: /이번 주에 살펴볼 만한/ }).waitFor();
  await page.waitForFunction(() => !document.querySelector('meta[name^="citation_"]'));
  assert.deepEqual(await titles(), [], 'no paper tags on the issue page');
  await context.close();
});

test('each card links arXiv, the PDF, Hugging Face and alphaXiv, and copies its citation', async () => {
  const context = await newContext(app.browser, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.goto(app.server.url + ISSUE);
  await waitForApp(page);
  const card = page.getByRole('article', { name: /^LLM은 "브레인 로트"/ });
  // (Introduced by "… 읽을 곳" for a screen reader, said just before the list.)
  await card.getByText(/읽을 곳$/).waitFor({ state: 'attached' });
  const readOn = card.locator('.paper-card__read-on').getByRole('list');
  const hrefs = await readOn
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
  assert.deepEqual(hrefs, [
    ['arXiv', 'https://arxiv.org/abs/2510.13928'],
    ['PDF', 'https://arxiv.org/pdf/2510.13928'],
    ['Hugging Face', 'https://huggingface.co/papers/2510.13928'],
    ['alphaXiv', 'https://www.alphaxiv.org/abs/2510.13928'],
  ]);

  await card.getByRole('button', { name: /^인용 복사 \(BibTeX\): LLMs Can Get/ }).click();
  await card.getByText('BibTeX 인용을 복사했어요').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const library = parseBibtex(copied, { sentenceCase: false, caseProtection: false });
  assert.deepEqual(library.errors, []);
  assert.equal(library.entries[0]?.fields.eprint, '2510.13928');

  // Headless Chromium has no share sheet: the link is copied instead.
  await card.getByRole('button', { name: /^공유: LLMs Can Get/ }).click();
  await card.getByText('링크를 복사했어요').waitFor();
  assert.equal(
    await page.evaluate(() => navigator.clipboard.readText()),
    `${app.server.url}${ISSUE}/papers/llms-can-get-brain-rot`,
  );
  assert.deepEqual(await seriousAxeViolations(page), []);
  await context.close();
});

test("the week's forum likes stay the forum's: the reader's own like is a toggle beside them", async () => {
  const context = await newContext(app.browser);
  const page = await context.newPage();
  await page.goto(app.server.url + ISSUE);
  await waitForApp(page);
  const header = page.locator('.issue-header');
  const own = header.getByRole('button', { name: /^좋아요.*\(이번 호\)$/ });
  await header.getByText('포럼 좋아요 2개').waitFor();
  assert.equal(await own.getAttribute('aria-pressed'), 'false');
  await own.click();
  assert.equal(await own.getAttribute('aria-pressed'), 'true');
  await page.reload();
  await waitForApp(page);
  assert.equal(await own.getAttribute('aria-pressed'), 'true');
  assert.equal(await header.getByText('포럼 좋아요 2개').count(), 1, 'still 2, not 3');
  assert.doesNotMatch((await own.textContent()) ?? '', /\d/);
  await context.close();
});
