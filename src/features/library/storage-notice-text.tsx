/**
 * The storage notices' words (components/storage-notice.tsx), in the interface language. Two of them
 * name the library page in the middle of a sentence: they take the link to it and return the sentence.
 */
import type { ReactNode } from 'react';
import { numberEn, numberKo } from '../../lib/interface-text';
import type { InterfaceLanguage } from '../../lib/reading-language';
import { MAX_LIBRARY_ENTRIES } from './library-schema';

const ko = {
  recovered:
    '저장된 서재(좋아요·북마크·읽음 표시)의 일부를 읽을 수 없었어요. 읽을 수 있는 항목은 그대로 복구했고, 읽지 못한 원본은 지우지 않고 따로 보관해 두었습니다.',
  downloadKept: '보관된 원본 내려받기',
  dismiss: '알림 닫기',
  storageOff: (library: ReactNode): ReactNode => (
    <>
      이 브라우저에서는 지금 저장을 할 수 없어요 (저장 공간이 꺼져 있거나 가득 찼어요). 방금 바꾼
      좋아요와 북마크는 이 탭에만 있어서, 새로고침하거나 탭을 닫으면 사라집니다. 저장이 다시 되면 이
      알림은 사라지고 함께 저장돼요. 잃고 싶지 않다면 {library}에서 백업을 내려받아 두세요.
    </>
  ),
  full: (library: ReactNode): ReactNode => (
    <>
      서재가 가득 찼어요: 논문을 {numberKo(MAX_LIBRARY_ENTRIES)}편까지 담을 수 있습니다. 새로
      담으려면 {library}에서 필요 없는 항목을 지워 주세요.
    </>
  ),
};

export type StorageNoticeText = typeof ko;

const en: StorageNoticeText = {
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

export function storageNoticeText(language: InterfaceLanguage): StorageNoticeText {
  return language === 'en' ? en : ko;
}
