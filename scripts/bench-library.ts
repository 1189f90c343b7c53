/**
 * `npm run bench:library`: a reader with a very large library, in Chromium on the production build.
 * Imports a 20,000-entry backup (about 5 MB, just under the import limit) on /library, then likes and
 * unlikes papers on the issue page with those 20,000 saved, and opens /library again. Prints medians
 * and spreads; asserts nothing. Targets (issue 15): import ≤ 2 s with no task over 200 ms, a like
 * ≤ 16 ms.
 *
 *   npm run bench:library -- [--entries N] [--runs N] [--no-build] [--dist DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT } from './ingest/run-ingest';
import { median, numberOption, spread, watchLongTasks } from './lib/bench-stats';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { startStaticServer } from './lib/static-server';

const ENTRIES = numberOption('--entries', 20_000);
const RUNS = numberOption('--runs', 3);
// --dist DIR measures another build (e.g. of an earlier commit, alternated with this one's).
const distIndex = process.argv.indexOf('--dist');
const dist = path.resolve(
  distIndex >= 0
    ? (process.argv[distIndex + 1] ?? '.bench-dist')
    : path.join(PROJECT_ROOT, '.bench-dist'),
);
const work = path.join(PROJECT_ROOT, '.bench-library');

if (!process.argv.includes('--no-build') && distIndex < 0) {
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: PROJECT_ROOT, stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A backup as the app exports it, with short titles so that 20,000 entries fit the 5 MB import limit. */
function backupText(count: number): string {
  const papers: Record<string, unknown> = {};
  const at = '2025-10-21T00:00:00.000Z';
  for (let i = 0; i < count; i++) {
    const week = new Date(Date.UTC(2021, 0, 4) + Math.floor(i / 10) * 7 * 86_400_000);
    const issueId = week.toISOString().slice(0, 10);
    const paperId = `p${i}`;
    papers[`${issueId}/${paperId}`] = {
      paper: {
        issueId,
        issueTitle: '',
        paperId,
        titleKo: '',
        titleEn: `Paper ${i}`,
        paperUrl: null,
        savedAt: at,
      },
      likedAt: null,
      bookmarkedAt: at,
      readAt: null,
    };
  }
  return JSON.stringify({
    kind: 'paper-digest-library-backup',
    version: 1,
    exportedAt: at,
    papers,
    issueLikes: {},
  });
}

mkdirSync(work, { recursive: true });
const backupFile = path.join(work, 'backup.json');
const text = backupText(ENTRIES);
writeFileSync(backupFile, text);

const server = await startStaticServer(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const imports: number[] = [];
const importTasks: number[] = [];
const likes: number[] = [];
const likeTasks: number[] = [];
const opens: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}library`);
    await page.getByRole('heading', { level: 1, name: '내 서재' }).waitFor();
    const longest = await watchLongTasks(page);
    const start = Date.now();
    await page.getByLabel('백업 파일 가져오기').setInputFiles(backupFile);
    await page.getByText(/^가져오(기 완료|지 못했어요)/).waitFor({ timeout: 120_000 });
    const failed = await page
      .getByText(/^가져오지 못했어요/)
      .textContent({ timeout: 100 })
      .catch(() => null);
    if (failed) throw new Error(failed);
    imports.push(Date.now() - start);
    importTasks.push(await longest());

    // A like with the whole library saved: from the click to the next frame painted.
    await page.goto(`${server.url}issues/2025-10-20`);
    await page
      .getByRole('button', { name: /^좋아요: / })
      .first()
      .waitFor();
    await page.waitForTimeout(500);
    const longestOnIssue = await watchLongTasks(page);
    for (let i = 0; i < 6; i++) {
      likes.push(
        await page.evaluate(
          (index) =>
            new Promise<number>((resolve) => {
              // The like toggles (their names are written in their content, in both languages).
              const buttons = [
                ...document.querySelectorAll<HTMLButtonElement>('button.library-toggle--like'),
              ];
              const t0 = performance.now();
              buttons[index % buttons.length]?.click();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
            }),
          i,
        ),
      );
      await page.waitForTimeout(300);
    }
    likeTasks.push(await longestOnIssue());

    const openStart = Date.now();
    await page.goto(`${server.url}library`);
    await page.getByRole('tabpanel').getByRole('listitem').first().waitFor({ timeout: 120_000 });
    opens.push(Date.now() - openStart);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(
  `library of ${ENTRIES.toLocaleString('en-US')} entries (backup ${(text.length / 1024 / 1024).toFixed(1)} MB), medians of ${RUNS} runs (spread)`,
);
console.log(
  `  import                   ${median(imports).toFixed(0)} ms (${spread(imports)})   target ≤ 2000 ms`,
);
console.log(
  `    longest task           ${median(importTasks).toFixed(0)} ms (${spread(importTasks)})   target ≤ 200 ms`,
);
console.log(
  `  a like, click to paint   ${median(likes).toFixed(1)} ms (${spread(likes)}) of ${likes.length}   target ≤ 16 ms`,
);
console.log(`    longest task           ${median(likeTasks).toFixed(0)} ms (${spread(likeTasks)})`);
console.log(`  open /library            ${median(opens).toFixed(0)} ms (${spread(opens)})`);
