/**
 * The library page's text in the interface language (Korean unless the reader reads in English). Only
 * the library page loads this module: library-text.ts, which every reading page loads, holds the
 * labels of the small pieces shown on those pages.
 *
 * Counts: Korean says "없습니다" rather than "0개"; English says "1 paper", "2 papers".
 */
import { numberEn, numberKo } from '../../lib/interface-text';
import type { InterfaceLanguage } from '../../lib/reading-language';
import type { ImportNote, ImportProblem, RejectionProblem } from './library-import';
import { MAX_LIBRARY_ENTRIES } from './library-schema';
import type { LibraryTab } from './library-view';

interface TabText {
  label: string;
  /** Before the date a paper got the tab's mark: "북마크 2025. 10. 22.", "Bookmarked Oct 22, 2025". */
  markedOn: string;
  empty: string;
  hint: string;
  remove: string;
  removed: (title: string) => string;
}

const ko = {
  title: '내 서재',
  lede: '북마크·좋아요·읽음 표시는 계정 없이 이 브라우저에만 저장돼요. 다른 기기로 옮기거나 잃지 않으려면 아래에서 백업을 내려받아 두세요.',
  inMemory:
    '지금은 브라우저에 저장할 수 없어 이 탭에만 보관 중이에요. 새로고침하거나 탭을 닫으면 사라지니, 그 전에 JSON 백업을 내려받아 두세요.',
  tabsLabel: '서재 목록',
  tabs: {
    bookmarks: {
      label: '북마크',
      markedOn: '북마크',
      empty: '아직 북마크한 논문이 없어요.',
      hint: '나중에 읽고 싶은 논문 카드에서 ‘북마크’를 누르면 여기에 모입니다.',
      remove: '북마크 해제',
      removed: (title) => `‘${title}’ 북마크를 해제했어요.`,
    },
    likes: {
      label: '좋아요',
      markedOn: '좋아요',
      empty: '아직 좋아요를 누른 논문이 없어요.',
      hint: '마음에 든 논문 카드에서 ‘좋아요’를 누르면 여기에 모입니다.',
      remove: '좋아요 취소',
      removed: (title) => `‘${title}’ 좋아요를 취소했어요.`,
    },
    read: {
      label: '읽음',
      markedOn: '읽음',
      empty: '아직 읽음으로 표시한 논문이 없어요.',
      hint: '다 읽은 논문 카드에서 ‘읽음’을 누르면 여기에 기록되고, 각 호에 몇 편을 읽었는지 보여 드려요.',
      remove: '읽음 표시 해제',
      removed: (title) => `‘${title}’ 읽음 표시를 해제했어요.`,
    },
  } satisfies Record<LibraryTab, TabText> as Record<LibraryTab, TabText>,
  /** How many papers a tab holds, beside its name. */
  tabCount: numberKo,
  browseLatest: '최신 호 둘러보기',
  browseArchive: '지난 호',
  sort: '정렬',
  sortIssue: '호별로 묶기',
  sortSaved: '저장한 순서',
  /** The week's date, which tells issues apart (they share a title): "2025.10.20 호". */
  issueOf: (date: string) => `${date} 호`,
  paperLink: '논문 원문',
  newWindow: ' (새 창)',
  showMore: (count: number) => `${numberKo(count)}편 더 보기`,
  shown: (shown: number, total: number) => `${numberKo(total)}편 중 ${numberKo(shown)}편 표시`,
  undo: '되돌리기',

  transferTitle: '백업과 내보내기',
  backupTitle: 'JSON 백업',
  backupHint: (total: number): string =>
    total === 0
      ? '아직 저장한 것이 없어요. 좋아요·북마크·읽음 표시를 하면 여기서 한 파일로 내려받아, 다른 브라우저에서 ‘가져오기’로 합칠 수 있어요.'
      : '좋아요·북마크·읽음 표시 전체. 다른 브라우저에서 ‘가져오기’로 합칠 수 있어요.',
  backupDownload: 'JSON 백업 내려받기',
  exportTitle: '북마크 목록',
  exportHint: (count: number) =>
    count === 0
      ? '북마크한 논문이 없습니다. 북마크하면 BibTeX·RIS·CSL-JSON(arXiv 저자 포함, Zotero·EndNote·Mendeley 등에서 가져오기) 또는 Markdown 읽기 목록으로 내려받을 수 있어요.'
      : `북마크한 논문 ${numberKo(count)}편을 BibTeX·RIS·CSL-JSON(arXiv 저자 포함, Zotero·EndNote·Mendeley 등에서 가져오기) 또는 Markdown 읽기 목록으로.`,
  exportBibtex: 'BibTeX 내려받기',
  exportRis: 'RIS 내려받기',
  exportCslJson: 'CSL-JSON 내려받기',
  exportMarkdown: 'Markdown 내려받기',
  importTitle: '가져오기',
  importHint:
    '이 사이트에서 내려받은 JSON 백업을 지금 서재에 합쳐요. 지금 있는 것은 지워지지 않아요.',
  importFile: '백업 파일 가져오기',
  importing: '백업을 확인하는 중…',
  keptAside: '예전에 읽지 못해 따로 보관해 둔 원본이 있어요.',
  keptAsideDownload: '보관된 원본 내려받기',
  total: (total: number) =>
    total === 0 ? '서재에 저장된 항목이 없습니다.' : `서재에 저장된 항목 ${numberKo(total)}개`,

  importFailed: (problem: string) => `가져오지 못했어요: ${problem} 서재는 그대로예요.`,
  importProblem: (problem: ImportProblem): string => {
    switch (problem.kind) {
      case 'too-big':
        return '파일이 너무 큽니다. 5MB 이하의 서재 백업만 가져올 수 있어요.';
      case 'not-json':
        return 'JSON 파일이 아닙니다. 이 사이트에서 내려받은 서재 백업(.json)을 골라 주세요.';
      case 'not-library':
        return {
          'not-object':
            '서재 백업 형식이 아닙니다. 이 사이트에서 내려받은 서재 백업을 골라 주세요.',
          'no-version': '서재 백업 형식이 아닙니다. 버전 정보도, 좋아요·북마크·읽음 목록도 없어요.',
          'bad-version': '서재 백업 형식이 아닙니다. 이 앱이 모르는 버전이에요.',
          none: '서재 백업 형식이 아닙니다.',
        }[problem.why ?? 'none'];
      case 'too-many':
        return `서재에는 논문을 ${numberKo(MAX_LIBRARY_ENTRIES)}편까지 담을 수 있어요. 이 백업을 더하면 ${numberKo(problem.total)}편이 됩니다.`;
    }
  },
  /** "가져오기 완료: 1개 추가, 1개는 이미 있어 건너뜀." Only the counts that are not zero. */
  imported: (added: number, skipped: number, rejected: number): string => {
    const rest = [
      skipped > 0 && `${numberKo(skipped)}개는 이미 있어 건너뜀`,
      rejected > 0 && `${numberKo(rejected)}개는 형식이 맞지 않아 제외`,
    ].filter(Boolean);
    if (added > 0) return `가져오기 완료: ${[`${numberKo(added)}개 추가`, ...rest].join(', ')}.`;
    return `새로 더할 항목이 없었어요: ${rest.length > 0 ? rest.join(', ') : '백업이 비어 있어요'}.`;
  },
  importNote: (note: ImportNote) =>
    `참고: 이 앱의 더 새로운 버전(${note.version})에서 만든 백업이라, 이 버전이 아는 내용만 읽었어요.`,
  rejectedShow: '제외된 항목 보기',
  rejection: (problem: RejectionProblem): string => {
    if (Array.isArray(problem))
      return problem.length > 0 ? '값이 없거나 형식이 맞지 않음:' : '항목의 형식이 맞지 않음';
    return {
      'not-a-list': '항목 목록이어야 하는데 다른 값이 있음',
      'issue-id': '호 날짜가 YYYY-MM-DD 형식이 아님',
      version: '알 수 없는 버전이라 지금 버전으로 읽음',
    }[problem];
  },
  rejectedMore: (shown: number, rest: number) =>
    `처음 ${numberKo(shown)}개만 보여 드려요. 나머지 ${numberKo(rest)}개도 같은 이유일 가능성이 높습니다.`,
};

export type LibraryPageText = typeof ko;

const plural = (count: number, one: string, many: string) =>
  `${numberEn(count)} ${count === 1 ? one : many}`;

const en: LibraryPageText = {
  title: 'Your library',
  lede: 'Bookmarks, likes and read marks are kept in this browser only, with no account. To move them to another device or keep them safe, download a backup below.',
  inMemory:
    'This browser cannot save right now, so your library is kept in this tab only. Reloading or closing the tab loses it: download a JSON backup before that.',
  tabsLabel: 'Library lists',
  tabs: {
    bookmarks: {
      label: 'Bookmarked',
      markedOn: 'Bookmarked',
      empty: 'No bookmarked papers yet.',
      hint: 'Press ‘Bookmark’ on the card of a paper you want to read later and it will be kept here.',
      remove: 'Remove bookmark',
      removed: (title) => `Removed the bookmark from ‘${title}’.`,
    },
    likes: {
      label: 'Liked',
      markedOn: 'Liked',
      empty: 'No liked papers yet.',
      hint: 'Press ‘Like’ on the card of a paper you enjoyed and it will be kept here.',
      remove: 'Unlike',
      removed: (title) => `Unliked ‘${title}’.`,
    },
    read: {
      label: 'Read',
      markedOn: 'Read',
      empty: 'No papers marked as read yet.',
      hint: 'Press ‘Read’ on the card of a paper you have finished: it is recorded here, and each issue shows how many of its papers you have read.',
      remove: 'Mark as unread',
      removed: (title) => `Marked ‘${title}’ as unread.`,
    },
  },
  tabCount: numberEn,
  browseLatest: 'Browse the latest issue',
  browseArchive: 'Archive',
  sort: 'Sort',
  sortIssue: 'By issue',
  sortSaved: 'By date saved',
  issueOf: (date) => `Issue of ${date}`,
  paperLink: 'Paper',
  newWindow: ' (opens in a new tab)',
  showMore: (count) => `Show ${plural(count, 'more paper', 'more papers')}`,
  shown: (shown, total) => `${numberEn(shown)} of ${plural(total, 'paper', 'papers')} shown`,
  undo: 'Undo',

  transferTitle: 'Backup and export',
  backupTitle: 'JSON backup',
  backupHint: (total) =>
    total === 0
      ? 'Nothing saved yet. Once you like, bookmark or mark papers as read, download them here as one file and merge it into another browser with ‘Import’.'
      : 'All your likes, bookmarks and read marks. Another browser can merge them in with ‘Import’.',
  backupDownload: 'Download JSON backup',
  exportTitle: 'Bookmarked papers',
  exportHint: (count) =>
    count === 0
      ? 'No bookmarked papers yet. Once you bookmark papers, download them as BibTeX, RIS or CSL-JSON (with arXiv’s authors, for Zotero, EndNote, Mendeley and others) or as a Markdown reading list.'
      : `Your ${plural(count, 'bookmarked paper', 'bookmarked papers')} as BibTeX, RIS or CSL-JSON (with arXiv’s authors, for Zotero, EndNote, Mendeley and others) or as a Markdown reading list.`,
  exportBibtex: 'Download BibTeX',
  exportRis: 'Download RIS',
  exportCslJson: 'Download CSL-JSON',
  exportMarkdown: 'Download Markdown',
  importTitle: 'Import',
  importHint:
    'Merges a JSON backup downloaded from this site into your library. Nothing you have now is removed.',
  importFile: 'Import a backup file',
  importing: 'Checking the backup…',
  keptAside: 'A stored copy that could not be read earlier is kept aside.',
  keptAsideDownload: 'Download the kept copy',
  total: (total) =>
    total === 0
      ? 'Nothing is saved in your library.'
      : `${plural(total, 'entry', 'entries')} saved in your library`,

  importFailed: (problem) => `Nothing was imported: ${problem} Your library is unchanged.`,
  importProblem: (problem) => {
    switch (problem.kind) {
      case 'too-big':
        return 'The file is too large: a library backup is at most 5 MB.';
      case 'not-json':
        return 'This is not a JSON file. Choose a library backup (.json) downloaded from this site.';
      case 'not-library':
        return {
          'not-object':
            'This is not a library backup. Choose a library backup downloaded from this site.',
          'no-version':
            'This is not a library backup: it has no version and no list of likes, bookmarks or read marks.',
          'bad-version': 'This is not a library backup: its version is unknown to this app.',
          none: 'This is not a library backup.',
        }[problem.why ?? 'none'];
      case 'too-many':
        return `Your library holds at most ${plural(MAX_LIBRARY_ENTRIES, 'paper', 'papers')}; with this backup it would hold ${numberEn(problem.total)}.`;
    }
  },
  imported: (added, skipped, rejected) => {
    const rest = [
      skipped > 0 && `${numberEn(skipped)} already here and skipped`,
      rejected > 0 &&
        `${numberEn(rejected)} left out (${rejected === 1 ? 'it is' : 'they are'} not in the expected form)`,
    ].filter(Boolean);
    if (added > 0)
      return `Imported: ${[`${plural(added, 'entry', 'entries')} added`, ...rest].join(', ')}.`;
    return `Nothing new to add: ${rest.length > 0 ? rest.join(', ') : 'the backup is empty'}.`;
  },
  importNote: (note) =>
    `Note: this backup was made by a newer version of the app (${note.version}); only what this version knows was read.`,
  rejectedShow: 'Show the entries left out',
  rejection: (problem) => {
    if (Array.isArray(problem))
      return problem.length > 0 ? 'missing or malformed:' : 'not an entry of the expected form';
    return {
      'not-a-list': 'should hold a list of entries but holds something else',
      'issue-id': 'the issue date is not in the form YYYY-MM-DD',
      version: 'unknown version, read as the current one',
    }[problem];
  },
  rejectedMore: (shown, rest) =>
    `Only the first ${numberEn(shown)} are shown; the other ${numberEn(rest)} are likely left out for the same reasons.`,
};

export function libraryPageText(language: InterfaceLanguage): LibraryPageText {
  return language === 'en' ? en : ko;
}
