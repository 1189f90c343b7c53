import { useEffect, useRef } from 'react';
import type { InterfaceLanguage } from '../../lib/reading-language';
import { shortcutsText } from './shortcuts-text';
import './shortcuts-dialog.css';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
  /** The interface language its words are in. */
  language: InterfaceLanguage;
}

/**
 * The keyboard help. A small modal of our own (jsdom has no <dialog>.showModal): focus moves in,
 * Tab stays inside, Escape or the close button returns focus to where it was.
 */
export function ShortcutsDialog({ open, onClose, language }: ShortcutsDialogProps) {
  const text = shortcutsText(language);
  const closeButton = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const previous = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      } else if (event.key === 'Tab') {
        // Only one focusable control inside: keep focus on it.
        event.preventDefault();
        closeButton.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      previous?.focus?.();
    };
  }, [open, onClose]);

  if (!open) return null;
  const rows: Array<[string, string]> = [
    ['j', text.shortcutNext],
    ['k', text.shortcutPrevious],
    ['l', text.shortcutLike],
    ['b', text.shortcutBookmark],
    ['r', text.shortcutRead],
    ['/', text.shortcutSearch],
    ['t', text.shortcutLanguage],
    ['?', text.shortcutHelp],
  ];
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="shortcuts-title">{text.shortcutsTitle}</h2>
        <dl className="shortcut-list">
          {rows.map(([key, label]) => (
            <div key={key} className="shortcut-list__row">
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{label}</dd>
            </div>
          ))}
        </dl>
        <p className="dialog__note">{text.shortcutsNote}</p>
        <button ref={closeButton} type="button" className="button" onClick={onClose}>
          {text.close}
        </button>
      </div>
    </div>
  );
}
