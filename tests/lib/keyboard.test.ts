import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutKey } from '../../src/lib/keyboard';

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.querySelector('[data-target]') as HTMLElement;
}

const press = (
  key: string,
  target: EventTarget | null,
  extra: Partial<Parameters<typeof shortcutKey>[0]> = {},
) =>
  shortcutKey({
    key,
    target,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    defaultPrevented: false,
    ...extra,
  });

describe('single-key shortcuts', () => {
  it.each([
    ['<input data-target>', true],
    ['<input type="search" data-target>', true],
    ['<textarea data-target></textarea>', true],
    ['<select data-target><option>a</option></select>', true],
    ['<div contenteditable="true"><span data-target>x</span></div>', true],
    ['<input type="radio" data-target>', false],
    ['<input type="checkbox" data-target>', false],
    ['<button data-target>b</button>', false],
    ['<article tabindex="-1" data-target></article>', false],
  ])('%s is a typing target: %s', (html, typing) => {
    expect(isTypingTarget(element(html))).toBe(typing);
  });

  it('maps plain keys, lower-cased, and ? with Shift', () => {
    const body = document.body;
    expect(press('j', body)).toBe('j');
    expect(press('J', body)).toBe('j');
    expect(press('?', body)).toBe('?');
    expect(press('ArrowDown', body)).toBeNull();
  });

  it('leaves modified keys, IME composition, handled events and fields alone', () => {
    const body = document.body;
    expect(press('l', body, { ctrlKey: true })).toBeNull();
    expect(press('b', body, { metaKey: true })).toBeNull();
    expect(press('t', body, { altKey: true })).toBeNull();
    expect(press('ㅓ', body, { isComposing: true })).toBeNull();
    expect(press('j', body, { defaultPrevented: true })).toBeNull();
    expect(press('j', element('<input data-target>'))).toBeNull();
    expect(press('j', null)).toBe('j');
  });
});
