/**
 * Real parts for end-to-end specs: a static server over the production build (SPA fallback, like a
 * static host configured per docs/architecture.md) and Debian's Chromium driven by playwright-core.
 */
import { after, before } from 'node:test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export { startStaticServer, type StaticServer };

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
 * Waits until the app has taken over the page. A prerendered page is readable at once, but its
 * controls stay invisible until they work; the header's language switch appearing is the sign a reader
 * gets that the page is live (and its links navigate within the app).
 */
export async function waitForApp(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('radio').first().waitFor();
}
