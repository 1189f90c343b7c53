// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEAD_SCRIPT, HEAD_SCRIPT_HASH } from '../../scripts/head-script';
import { CONTENT_SECURITY_POLICY } from '../../scripts/content-security-policy';
import { storageKeys } from '../../src/config/storage-keys';
import { EARLY_CLICKS_GLOBAL, EN_PLACEHOLDER_ATTRIBUTE } from '../../src/config/prerender-contract';
import { parseThemeChoice } from '../../src/lib/theme';
import { parseReadingLanguage, resolveReadingLanguage } from '../../src/lib/reading-language';

/** Runs the inline head script as the browser does: its text, in this page. */
function runHeadScript(search = '') {
  window.history.replaceState(null, '', `/issues/2025-10-20${search}`);
  new Function(HEAD_SCRIPT)();
}

const root = document.documentElement;

beforeEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  delete root.dataset.readingLanguage;
  root.lang = 'ko';
});
afterEach(() => vi.restoreAllMocks());

describe('the head script that applies the reader’s settings before the first paint', () => {
  it('applies the remembered theme, and leaves "system" (nothing stored) to the stylesheet', () => {
    localStorage.setItem(storageKeys.theme, 'dark');
    runHeadScript();
    expect(root.dataset.theme).toBe('dark');
    localStorage.removeItem(storageKeys.theme);
    delete root.dataset.theme;
    runHeadScript();
    expect(root.dataset.theme).toBeUndefined();
  });

  it('puts the reading language on <html>: the address first, then the stored choice, then Korean', () => {
    localStorage.setItem(storageKeys.language, 'en');
    runHeadScript();
    expect(root.dataset.readingLanguage).toBe('en');
    expect(root.lang).toBe('en');
    runHeadScript('?lang=both');
    expect(root.dataset.readingLanguage).toBe('both');
    expect(root.lang).toBe('ko');
    localStorage.clear();
    runHeadScript('?lang=fr');
    expect(root.dataset.readingLanguage).toBe('ko');
  });

  it('accepts exactly what the app accepts, for any stored value and any ?lang=', () => {
    const values = [
      null,
      '',
      'ko',
      'en',
      'both',
      'EN',
      ' en ',
      'Both\n',
      'fr',
      'english',
      'light',
      'dark',
      'system',
      'DARK',
      '{"x":1}',
      'ko;en',
      '\u0000',
      'e\u0301n',
    ];
    for (const stored of values) {
      for (const param of [null, ...values]) {
        localStorage.clear();
        delete root.dataset.theme;
        if (stored !== null) {
          localStorage.setItem(storageKeys.language, stored);
          localStorage.setItem(storageKeys.theme, stored);
        }
        runHeadScript(param === null ? '' : `?lang=${encodeURIComponent(param)}`);
        expect(root.dataset.readingLanguage).toBe(
          resolveReadingLanguage(param, parseReadingLanguage(stored)),
        );
        const theme = parseThemeChoice(stored);
        expect(root.dataset.theme).toBe(theme === 'system' || theme === null ? undefined : theme);
      }
    }
  });

  it('never throws when storage is blocked: the address and the defaults still apply', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => runHeadScript('?lang=en')).not.toThrow();
    expect(root.dataset.readingLanguage).toBe('en');
    expect(root.dataset.theme).toBeUndefined();
  });

  it('is self-contained: nothing from the build leaks into its text', () => {
    expect(HEAD_SCRIPT).not.toMatch(/__name|require\(|import\b/);
  });

  it('is allowed by its hash in the Content-Security-Policy, and by nothing looser', () => {
    const hash = `'sha256-${createHash('sha256').update(HEAD_SCRIPT).digest('base64')}'`;
    expect(HEAD_SCRIPT_HASH).toBe(hash);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' ${hash};`);
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((rule) =>
      rule.startsWith('script-src'),
    );
    expect(scriptSrc).toBe(`script-src 'self' ${hash}`);
    // index.html keeps <meta charset> first, where the build puts the policy and the script after it.
    expect(readFileSync('index.html', 'utf8')).toMatch(/<head>\s*<meta charset="UTF-8" \/>/);
  });
});

describe('the taps the head script keeps on a prerendered page until the app runs', () => {
  /** Runs the head script as a prerendered page's: its element names the entry (scripts/prerender.ts). */
  function runOnPrerenderedPage(): () => { control: Element; pressed: string | null }[] {
    const script = document.createElement('script');
    script.dataset.entry = '/assets/index-test.js';
    vi.spyOn(document, 'currentScript', 'get').mockReturnValue(script);
    document.body.innerHTML = `
      <div id="root" data-prerendered>
        <button type="button" aria-pressed="false">좋아요</button>
        <label><input type="radio" name="language" value="en" /> English</label>
        <a href="#x">링크</a>
      </div>
      <button type="button" id="outside">밖</button>`;
    runHeadScript();
    const take = (window as unknown as Record<string, unknown>)[EARLY_CLICKS_GLOBAL];
    expect(typeof take).toBe('function');
    return take as () => { control: Element; pressed: string | null }[];
  }

  afterEach(() => {
    document.body.innerHTML = '';
    delete (window as unknown as Record<string, unknown>)[EARLY_CLICKS_GLOBAL];
  });

  it('keeps a tap on a button of the page with the state it showed, and a radio from changing', () => {
    const take = runOnPrerenderedPage();
    const like = document.querySelector<HTMLButtonElement>('#root button')!;
    const english = document.querySelector<HTMLInputElement>('#root input')!;
    like.click();
    english.click();
    expect(english.checked).toBe(false);
    document.querySelector<HTMLAnchorElement>('#root a')!.click();
    document.getElementById('outside')!.click();
    expect(take()).toEqual([
      { control: like, pressed: 'false' },
      { control: english, pressed: null },
    ]);
  });

  it('stops keeping taps once the app has taken them: later ones are the app’s own', () => {
    const take = runOnPrerenderedPage();
    const like = document.querySelector<HTMLButtonElement>('#root button')!;
    like.click();
    expect(take()).toHaveLength(1);
    like.click();
    const english = document.querySelector<HTMLInputElement>('#root input')!;
    english.click();
    expect(english.checked).toBe(true);
    expect(take()).toEqual([]);
  });

  it('keeps nothing on a page the app renders itself (the shell names no entry)', () => {
    document.body.innerHTML = '<div id="root"><button type="button">x</button></div>';
    runHeadScript();
    expect((window as unknown as Record<string, unknown>)[EARLY_CLICKS_GLOBAL]).toBeUndefined();
  });
});

describe('the search box placeholder before the app, which no style can translate', () => {
  afterEach(() => (document.body.innerHTML = ''));
  const field = () => {
    document.body.innerHTML = `<input type="search" placeholder="제목·요약·초록 검색" ${EN_PLACEHOLDER_ATTRIBUTE}="Search titles and abstracts">`;
    return document.querySelector('input')!;
  };

  it('is put in English for a reader in English', () => {
    const input = field();
    localStorage.setItem(storageKeys.language, 'en');
    runHeadScript();
    expect(input.placeholder).toBe('Search titles and abstracts');
  });

  it('stays Korean for a reader in Korean or both', () => {
    for (const language of ['ko', 'both']) {
      const input = field();
      runHeadScript(`?lang=${language}`);
      expect(input.placeholder).toBe('제목·요약·초록 검색');
    }
  });
});
