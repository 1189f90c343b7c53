/**
 * The labels of the library's small pieces on reader pages, in the interface language the reader
 * chose (Korean unless they read in English). They load with every reading page, so the library
 * page's own text is elsewhere (library-page-text.ts).
 */
import type { InterfaceLanguage } from '../../lib/reading-language';

const ko = {
  like: '좋아요',
  bookmark: '북마크',
  read: '읽음',
  /** What the read toggle does, where its short label ("read") would not say: its name starts so. */
  readLong: '읽음 표시',
  issueLikeSuffix: '(이번 호)',
  /** The reader's own like of a week stays in this browser; the forum's count is shown apart. */
  issueLikeHint: '내 좋아요: 이 브라우저에만 저장되고 포럼에는 보내지 않아요',
  progress: (read: number, total: number) => `${read} / ${total} 읽음`,
  copyCitation: '인용 복사',
  copyCitationLong: '인용 복사 (BibTeX)',
  share: '공유',
  shareFailed: '지금은 할 수 없어요',
};

export type LibraryText = typeof ko;

const en: LibraryText = {
  like: 'Like',
  bookmark: 'Bookmark',
  read: 'Read',
  readLong: 'Mark as read',
  issueLikeSuffix: '(this issue)',
  issueLikeHint: 'Your like: kept in this browser only, never sent to the forum',
  progress: (read, total) => `${read} / ${total} read`,
  copyCitation: 'Copy citation',
  copyCitationLong: 'Copy citation (BibTeX)',
  share: 'Share',
  shareFailed: 'Not available right now',
};

export function libraryText(language: InterfaceLanguage): LibraryText {
  return language === 'en' ? en : ko;
}
