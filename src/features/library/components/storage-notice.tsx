import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { numberEn, numberKo } from '../../../lib/interface-text';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { localDateStamp } from '../../../lib/format-date/compact';
import { downloadText } from '../download-text';
import { MAX_LIBRARY_ENTRIES } from '../library-schema';
import { libraryStore, type StorageNoticeKind } from '../library-store';
import { useLibrary } from '../use-library';
import '../library-actions.css';

const ko = {
  recovered:
    '저장된 서재(좋아요·북마크·읽음 표시)의 일부를 읽을 수 없었어요. 읽을 수 있는 항목은 그대로 복구했고, 읽지 못한 원본은 지우지 않고 따로 보관해 두었습니다.',
  downloadKept: '보관된 원본 내려받기',
  dismiss: '알림 닫기',
  storageOff: (library: ReactNode) => (
    <>
      이 브라우저에서는 지금 저장을 할 수 없어요 (저장 공간이 꺼져 있거나 가득 찼어요). 방금 바꾼
      좋아요와 북마크는 이 탭에만 있어서, 새로고침하거나 탭을 닫으면 사라집니다. 저장이 다시 되면 이
      알림은 사라지고 함께 저장돼요. 잃고 싶지 않다면 {library}에서 백업을 내려받아 두세요.
    </>
  ),
  full: (library: ReactNode) => (
    <>
      서재가 가득 찼어요: 논문을 {numberKo(MAX_LIBRARY_ENTRIES)}편까지 담을 수 있습니다. 새로
      담으려면 {library}에서 필요 없는 항목을 지워 주세요.
    </>
  ),
};

const en: typeof ko = {
  recovered:
    'Part of your saved library (likes, bookmarks, read marks) could not be read. Everything readable was restored, and the unreadable original was kept aside, not deleted.',
  downloadKept: 'Download the kept copy',
  dismiss: 'Dismiss',
  storageOff: (library) => (
    <>
      This browser cannot save right now (storage is turned off or full). The likes and bookmarks
      you just changed are only in this tab: reloading or closing it loses them. Once saving works
      again, this notice goes away and they are saved too. To be safe, download a backup from{' '}
      {library}.
    </>
  ),
  full: (library) => (
    <>
      Your library is full: it holds at most {numberEn(MAX_LIBRARY_ENTRIES)} papers. To save more,
      remove what you no longer need in {library}.
    </>
  ),
};

/** The once-only notices about where the library is kept: storage off, or a stored value that could
 * not be read and was kept aside. Each can be dismissed and does not come back in this visit. Shown
 * on every page, in the interface language. */
export function StorageNotice() {
  const { notices } = useLibrary();
  const [interfaceText, language] = useInterfaceText();
  if (notices.length === 0) return null;
  const text = language === 'en' ? en : ko;
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
