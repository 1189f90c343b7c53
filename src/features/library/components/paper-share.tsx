import { useState } from 'react';
import type * as ShareActions from '../paper-share-actions';
import type { Issue, Paper } from '../../../data/schema';
import type { InterfaceLanguage } from '../../../lib/reading-language';
import { libraryText } from '../library-text';
import { Bilingual } from '../../../components/ui/bilingual';

const english = libraryText('en');

interface PaperShareProps {
  issue: Pick<Issue, 'id' | 'title'>;
  paper: Paper;
  /** The interface language, from the card (see PaperActions). */
  language: InterfaceLanguage;
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

export function PaperShare({ issue, paper, language }: PaperShareProps) {
  const text = libraryText(language);
  const [message, setMessage] = useState('');
  const title = paper.titleEn || paper.titleKo || paper.id;

  const run = async (action: 'cite' | 'share') => {
    setMessage('');
    try {
      const actions = loaded ?? (await loadShareActions());
      setMessage(await actions.sharePaper(action, issue, paper, language));
    } catch {
      setMessage(text.shareFailed);
    }
  };
  const prepare = () => void loadShareActions().catch(() => undefined);

  return (
    <div className="library-actions library-share" lang={language}>
      <button
        type="button"
        className="library-toggle"
        aria-label={text.copyCitationName(title)}
        onPointerDown={prepare}
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={() => void run('cite')}
      >
        <span aria-hidden="true">
          <Bilingual en={english.copyCitation}>{text.copyCitation}</Bilingual>
        </span>
      </button>
      <button
        type="button"
        className="library-toggle"
        aria-label={text.shareName(title)}
        onPointerDown={prepare}
        onPointerEnter={prepare}
        onFocus={prepare}
        onClick={() => void run('share')}
      >
        <span aria-hidden="true">
          <Bilingual en={english.share}>{text.share}</Bilingual>
        </span>
      </button>
      {/* A live region, not role=status: ten cards would make ten status landmarks. */}
      <span aria-live="polite" className="library-share__status">
        {message}
      </span>
    </div>
  );
}
