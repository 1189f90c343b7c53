import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/chromium';
import { startStaticServer } from './lib/static-server';
const server = await startStaticServer('/work/main/.bench-archive/dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const variants: Record<string, string> = {
  none: '',
  nowrap: '.archive__highlights li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis }',
  normalbreak: '.archive__item { word-break: normal; overflow-wrap: normal }',
  sysfont: '.archive__item { font-family: sans-serif }',
  contain: '.archive__item { contain: content }',
};
for (const [name, css] of Object.entries(variants)) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true })).newPage();
    await page.goto(server.url);
    await page.waitForSelector('#root:not([data-prerendered])');
    if (css) await page.addStyleTag({ content: css });
    await page.click('nav a[href$="archive"]'); await page.waitForSelector('.archive__item');
    await page.goBack(); await page.waitForSelector('.paper-card');
    const t = await page.evaluate(async () => {
      const t0 = performance.now();
      document.querySelector<HTMLAnchorElement>('nav a[href$="archive"]')?.click();
      while (document.querySelectorAll('.archive__item').length < 260) await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      return performance.now() - t0;
    });
    times.push(t);
    await page.context().close();
  }
  times.sort((a, b) => a - b);
  console.log(name, times.map((t) => t.toFixed(0)).join(' '));
}
await browser.close(); await server.close();
