import { useState } from 'react';
import type * as ShareActions from '../paper-share-actions';
import type { Issue, Paper } from '../../../data/schema';
import { interfaceLanguageOf } from '../../../lib/reading-language';
import { shownReadingLanguage } from '../../../lib/shown-language';
import { libraryText } from '../library-text';
import { ActionName } from './paper-actions';

interface PaperShareProps {
  issue: Pick<Issue, 'id' | 'title'>;
  paper: Paper;
}

/**
 * "Copy citation" (the paper's BibTeX, as the library exports it) and "Share" (the system's share
 * sheet where the browser has one, else the link copied). What happened is said in a polite status
 * line beside them. Their code and messages load when the reader reaches for a button (pointer down,
 * hover or focus: ../paper-share-actions.ts), so that the click itself can call the clipboard or the
 * share sheet at once; Safari refuses both once the click has waited for a download.
 */
let loaded: typeof ShareActions | null = null;
let loading: Promise<typeof ShareActions> | null = null;
function loadShareActions(): Promise<typeof ShareActions> {
  loading ??= import('../paper-share-actions').then((module) => (loaded = module));
  // A failed download (offline before it was ever cached) is tried again next time.
  loading.catch(() => (loading = null));
  return loading;
}

export function PaperShare({ issue, paper }: PaperShareProps) {
  const [message, setMessage] = useState({ text: '', lang: 'ko' });

  const run = async (action: 'cite' | 'share') => {
    // What happened is said in the language the page shows now (the buttons are written in both).
    const lang = interfaceLanguageOf(shownReadingLanguage());
    setMessage({ text: '', lang });
    try {
      const actions = loaded ?? (await loadShareActions());
      setMessage({ text: await actions.sharePaper(action, issue, paper, lang), lang });
    } catch {
      setMessage({ text: libraryText(lang).shareFailed, lang });
    }
  };
  const prepare = () => void loadShareActions().catch(() => undefined);

  return (
    <div className="library-actions library-share">
      <button
        type="button"
        className="library-toggle"
        onPointerDown={prepare}
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={() => void run('cite')}
      >
        <ActionName of={(text) => [text.copyCitation, text.copyCitationLong]} paper={paper} />
      </button>
      <button
        type="button"
        className="library-toggle"
        onPointerDown={prepare}
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={() => void run('share')}
      >
        <ActionName of={(text) => [text.share]} paper={paper} />
      </button>
      {/* A live region, not role=status: ten cards would make ten status landmarks. */}
      <span aria-live="polite" className="library-share__status" lang={message.lang}>
        {message.text}
      </span>
    </div>
  );
}
