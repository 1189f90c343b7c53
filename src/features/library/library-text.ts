/**
 * The labels of the library's small pieces on reader pages, in the interface language the reader
 * chose (Korean unless they read in English). The library page itself is Korean.
 */
import type { InterfaceLanguage } from '../../lib/reading-language';
import { useInterfaceText } from '../../lib/use-interface-text';

const ko = {
  like: '좋아요',
  bookmark: '북마크',
  read: '읽음',
  likeName: (title: string) => `좋아요: ${title}`,
  bookmarkName: (title: string) => `북마크: ${title}`,
  readName: (title: string) => `읽음 표시: ${title}`,
  issueLikeSuffix: '(이번 호)',
  issueLikeDetail: (forum: number | null, liked: boolean) =>
    forum === null
      ? liked
        ? '내가 좋아요를 눌렀어요 (포럼 좋아요 수는 알 수 없음)'
        : '포럼 좋아요 수는 알 수 없음'
      : `포럼 ${forum.toLocaleString('ko-KR')}개${liked ? ' + 내 좋아요 1개' : ''}`,
  progress: (read: number, total: number) => `${read} / ${total} 읽음`,
  number: (n: number) => n.toLocaleString('ko-KR'),
};

const en: typeof ko = {
  like: 'Like',
  bookmark: 'Bookmark',
  read: 'Read',
  likeName: (title) => `Like: ${title}`,
  bookmarkName: (title) => `Bookmark: ${title}`,
  readName: (title) => `Mark as read: ${title}`,
  issueLikeSuffix: '(this issue)',
  issueLikeDetail: (forum, liked) =>
    forum === null
      ? liked
        ? 'You liked it (the forum count is unknown)'
        : 'The forum count is unknown'
      : `${forum.toLocaleString('en-US')} on the forum${liked ? ' + your like' : ''}`,
  progress: (read, total) => `${read} / ${total} read`,
  number: (n) => n.toLocaleString('en-US'),
};

export type LibraryText = typeof ko;

export function libraryText(language: InterfaceLanguage): LibraryText {
  return language === 'en' ? en : ko;
}

export function useLibraryText(): [LibraryText, InterfaceLanguage] {
  const [, language] = useInterfaceText();
  return [libraryText(language), language];
}
