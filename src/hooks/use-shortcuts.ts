import { useEffect, useRef } from 'react';
import { shortcutKey } from '../lib/keyboard';

/**
 * Binds single-key shortcuts on the document while the calling component is mounted. Handlers may
 * change every render; the listener is attached once.
 */
export function useShortcuts(handlers: Record<string, (() => void) | undefined>) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = shortcutKey(event);
      // While a modal dialog is open (the shortcut help), keys belong to it, not to the page behind.
      if (document.querySelector('[aria-modal="true"]')) return;
      const handler = key === null ? undefined : latest.current[key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
