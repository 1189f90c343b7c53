import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { localDateStamp } from '../../../lib/format-date/compact';
import { downloadText } from '../download-text';
import { libraryStore, type StorageNoticeKind } from '../library-store';
import { storageNoticeText } from '../storage-notice-text';
import { useLibrary } from '../use-library';
import '../library-actions.css';

/** The once-only notices about where the library is kept: storage off, or a stored value that could
 * not be read and was kept aside. Each can be dismissed and does not come back in this visit. Shown
 * on every page, in the interface language. */
export function StorageNotice() {
  const { notices } = useLibrary();
  const [interfaceText, language] = useInterfaceText();
  if (notices.length === 0) return null;
  const text = storageNoticeText(language);
  const library = <Link to={paths.library()}>{interfaceText.navLibrary}</Link>;
  return (
    <div className="library-notices" role="status">
      {notices.includes('recovered') && (
        <div className="library-notice">
          <p>{text.recovered}</p>
          <div className="library-notice__actions">
            <button type="button" onClick={downloadBackup}>
              {text.downloadKept}
            </button>
            <button type="button" onClick={() => libraryStore.dismissNotice('recovered')}>
              {text.dismiss}
            </button>
          </div>
        </div>
      )}
      {notices.includes('storage-off') && (
        <Notice kind="storage-off" dismiss={text.dismiss}>
          {text.storageOff(library)}
        </Notice>
      )}
      {notices.includes('full') && (
        <Notice kind="full" dismiss={text.dismiss}>
          {text.full(library)}
        </Notice>
      )}
    </div>
  );
}

/** One notice: what happened and what to do, and a way to close it. */
function Notice({
  kind,
  dismiss,
  children,
}: {
  kind: StorageNoticeKind;
  dismiss: string;
  children: ReactNode;
}) {
  return (
    <div className="library-notice">
      <p>{children}</p>
      <div className="library-notice__actions">
        <button type="button" onClick={() => libraryStore.dismissNotice(kind)}>
          {dismiss}
        </button>
      </div>
    </div>
  );
}

export function downloadBackup(): void {
  const text = libraryStore.getBackupText();
  if (text === null) return;
  downloadText(
    `paper-digest-library-kept-aside-${localDateStamp(new Date())}.json`,
    text,
    'application/json',
  );
}
