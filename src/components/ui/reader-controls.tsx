import { Suspense, lazy, useCallback, useState } from 'react';
import { nextReadingLanguage } from '../../lib/reading-language';
import { useInterfaceText } from '../../hooks/use-interface-text';
import { useReadingLanguage } from '../../hooks/use-reading-language';
import { useShortcuts } from '../../hooks/use-shortcuts';
import { useTheme } from '../../hooks/use-theme';
import { LanguageSwitch } from './language-switch';
import { ThemeSwitch } from './theme-switch';

// The keyboard help loads when it is first opened: it is on every page's first load otherwise.
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((module) => ({ default: module.ShortcutsDialog })),
);

/** The header's reading language, theme and keyboard help; also the app-wide `t` and `?` keys. */
export function ReaderControls() {
  const [language, setLanguage] = useReadingLanguage();
  const [theme, setTheme] = useTheme();
  const [text, uiLanguage] = useInterfaceText();
  const [helpOpen, setHelpOpen] = useState(false);
  const closeHelp = useCallback(() => setHelpOpen(false), []);

  useShortcuts({
    t: () => setLanguage(nextReadingLanguage(language)),
    '?': () => setHelpOpen(true),
  });

  return (
    <div className="reader-controls">
      <LanguageSwitch
        value={language}
        onChange={setLanguage}
        text={text}
        hideLegend
        className="language-switch"
      />
      <ThemeSwitch value={theme} onChange={setTheme} text={text} />
      <button
        type="button"
        className="icon-button"
        aria-label={text.shortcuts}
        title={text.shortcuts}
        aria-haspopup="dialog"
        onClick={() => setHelpOpen(true)}
      >
        <span aria-hidden="true">?</span>
      </button>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog open onClose={closeHelp} language={uiLanguage} />
        </Suspense>
      )}
    </div>
  );
}
