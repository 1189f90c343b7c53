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
  likeName: (title: string) => `좋아요: ${title}`,
  bookmarkName: (title: string) => `북마크: ${title}`,
  readName: (title: string) => `읽음 표시: ${title}`,
  issueLikeSuffix: '(이번 호)',
  /** The reader's own like of a week stays in this browser; the forum's count is shown apart. */
  issueLikeHint: '내 좋아요: 이 브라우저에만 저장되고 포럼에는 보내지 않아요',
  progress: (read: number, total: number) => `${read} / ${total} 읽음`,
  copyCitation: '인용 복사',
  copyCitationName: (title: string) => `인용 복사 (BibTeX): ${title}`,
  share: '공유',
  shareName: (title: string) => `공유: ${title}`,
  shareFailed: '지금은 할 수 없어요',
};

export type LibraryText = typeof ko;

const en: LibraryText = {
  like: 'Like',
  bookmark: 'Bookmark',
  read: 'Read',
  likeName: (title) => `Like: ${title}`,
  bookmarkName: (title) => `Bookmark: ${title}`,
  readName: (title) => `Mark as read: ${title}`,
  issueLikeSuffix: '(this issue)',
  issueLikeHint: 'Your like: kept in this browser only, never sent to the forum',
  progress: (read, total) => `${read} / ${total} read`,
  copyCitation: 'Copy citation',
  copyCitationName: (title) => `Copy citation (BibTeX): ${title}`,
  share: 'Share',
  shareName: (title) => `Share: ${title}`,
  shareFailed: 'Not available right now',
};

export function libraryText(language: InterfaceLanguage): LibraryText {
  return language === 'en' ? en : ko;
}
