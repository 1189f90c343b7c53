/**
 * Real parts for end-to-end specs: a static server over the production build (SPA fallback, like a
 * static host configured per docs/architecture.md) and Debian's Chromium driven by playwright-core.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export { startStaticServer, type StaticServer };

/**
 * A production build of its own in a new temporary folder, without the static pages: for a spec that
 * changes the data and then runs the prerender over it (`prerenderSite`), as `vite build` would.
 */
export function buildWithoutPages(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'],
    { stdio: 'inherit', env: { ...process.env, PRERENDER: '0' } },
  );
  assert.equal(build.status, 0, 'the client build succeeded');
  return dir;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
}

/** Collects uncaught page errors and console errors, so a spec can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Runs axe and returns the serious and critical violations, formatted for an assertion message. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // label-content-name-mismatch (WCAG 2.5.3) is experimental in axe but Lighthouse audits it: enable it.
  // target-size (WCAG 2.2 AA, 2.5.8: targets of at least 24×24 CSS px or spaced that far apart) is off
  // by default in axe 4.13: enable it too, next to every default rule (WCAG 2.0/2.1 A/AA, best practice).
  const results = await new AxeBuilder({ page })
    .options({
      rules: {
        'label-content-name-mismatch': { enabled: true },
        'target-size': { enabled: true },
      },
    })
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/**
 * A fresh browser profile in Korean. Service workers are blocked unless a spec asks for them
 * (offline.spec.ts does): requests a worker answers never reach `page.route`, so the specs that
 * delay or break a request to prove what a reader then sees would test the worker's cache instead.
 */
export async function newContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({ locale: 'ko-KR', serviceWorkers: 'block', ...options });
}

/**
 * The usual spec setup: the production build served on 127.0.0.1 and one Chromium, started before the
 * file's tests and closed after them. Read `app.server` / `app.browser` inside tests.
 */
export function serveAppInBrowser(): { server: StaticServer; browser: Browser } {
  const app = {} as { server: StaticServer; browser: Browser };
  before(async () => {
    app.server = await startStaticServer();
    app.browser = await launchBrowser();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * Waits until the app runs the page: the shell rendered, or a prerendered page hydrated (its root has
 * dropped data-prerendered, no card is still the prerender's (data-static), every element is React's,
 * and every card of a long issue is rendered in full (none is pending).
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    if (
      root === null ||
      root.childElementCount === 0 ||
      root.hasAttribute('data-prerendered') ||
      root.querySelector('[data-static], .paper-card--pending') !== null
    )
      return false;
    // Each part of a page inside a Suspense boundary hydrates in a pass of its own, some after the rest.
    // NOTE: React marks every element it renders or hydrates with its fiber (`__reactFiber$…`), an
    // internal detail, but the only sign there is that no part of the page is still the prerender's.
    // (The compact view's toggles are portals into hosts the app adds to the cards itself.)
    return Array.from(root.querySelectorAll('*')).every(
      (element) =>
        element.matches('.abstract-toggle') ||
        Object.keys(element).some((key) => key.startsWith('__reactFiber$')),
    );
  });
  await page.getByRole('banner').getByRole('radio').first().waitFor();
  // Hydrated is not yet listening: the effects (keyboard shortcuts, the reader's own settings) run after
  // the commit. An idle moment after a frame means they have.
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestAnimationFrame(() => requestIdleCallback(() => done(), { timeout: 1000 })),
      ),
  );
}
