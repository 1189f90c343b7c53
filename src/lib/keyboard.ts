/**
 * True when a key press belongs to what the reader is typing or operating (a field, an editable
 * region, a select), so single-letter shortcuts must leave it alone.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  if (element.closest('[contenteditable=""], [contenteditable="true"]')) return true;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    // Radios, checkboxes and buttons take no text, so shortcuts still work while one has focus.
    const type = (element as HTMLInputElement).type;
    return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color'].includes(type);
  }
  return false;
}

export interface ShortcutKeyEvent {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
  defaultPrevented: boolean;
  isComposing?: boolean;
}

/**
 * The single-key shortcut an event stands for, or null. Modified keys (Ctrl/⌘/Alt) stay the
 * browser's; Shift is allowed because `?` needs it. IME composition (Korean input) never counts.
 */
export function shortcutKey(event: ShortcutKeyEvent): string | null {
  if (event.defaultPrevented || event.isComposing) return null;
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (isTypingTarget(event.target)) return null;
  if (event.key === '?') return '?';
  return event.key.length === 1 ? event.key.toLowerCase() : null;
}
