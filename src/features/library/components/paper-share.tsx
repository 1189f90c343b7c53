import { useState } from 'react';
import type { Issue, Paper } from '../../../data/schema';
import { useLibraryText } from '../library-text';

interface PaperShareProps {
  issue: Pick<Issue, 'id' | 'title'>;
  paper: Paper;
}

/**
 * "Copy citation" (the paper's BibTeX, as the library exports it) and "Share" (the system's share
 * sheet where the browser has one, else the link copied). What happened is said in a polite status
 * line beside them. Their code and messages load on the first click (../paper-share-actions.ts).
 */
export function PaperShare({ issue, paper }: PaperShareProps) {
  const [text, language] = useLibraryText();
  const [message, setMessage] = useState('');
  const title = paper.titleEn || paper.titleKo || paper.id;

  const run = async (action: 'cite' | 'share') => {
    setMessage('');
    try {
      const { sharePaper } = await import('../paper-share-actions');
      setMessage(await sharePaper(action, issue, paper, language));
    } catch {
      // The code could not load (offline before it was ever cached).
      setMessage(text.shareFailed);
    }
  };

  return (
    <div className="library-actions library-share" lang={language}>
      <button
        type="button"
        className="library-toggle"
        aria-label={text.copyCitationName(title)}
        onClick={() => void run('cite')}
      >
        <span aria-hidden="true">{text.copyCitation}</span>
      </button>
      <button
        type="button"
        className="library-toggle"
        aria-label={text.shareName(title)}
        onClick={() => void run('share')}
      >
        <span aria-hidden="true">{text.share}</span>
      </button>
      {/* A live region, not role=status: ten cards would make ten status landmarks. */}
      <span aria-live="polite" className="library-share__status">
        {message}
      </span>
    </div>
  );
}
