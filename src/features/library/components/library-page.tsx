import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { downloadText, localDateStamp } from '../download-text';
import type { ImportReport } from '../library-import';
import type { LibraryEntry, PaperMark } from '../library-schema';
import { toCslJson, toRis } from '../library-citations';
import { libraryStore } from '../library-store';
import { useLibraryExportText } from '../library-export-text';
import { groupByIssue, toBackupJson, toBibtex, toMarkdown } from '../library-transfer';
import {
  LIBRARY_TABS,
  TAB_MARK,
  countsByTab,
  entriesWith,
  markedAt,
  parseSort,
  parseTab,
  titleOf,
  type LibrarySort,
  type LibraryTab,
} from '../library-view';
import { useLibrary } from '../use-library';
import { downloadBackup } from './storage-notice';
import '../library-actions.css';
import '../library-page.css';

const TAB_TEXT: Record<
  LibraryTab,
  { label: string; empty: string; hint: string; remove: string; removed: string }
> = {
  bookmarks: {
    label: '북마크',
    empty: '아직 북마크한 논문이 없어요.',
    hint: '나중에 읽고 싶은 논문 카드에서 ‘북마크’를 누르면 여기에 모입니다.',
    remove: '북마크 해제',
    removed: '북마크를 해제했어요',
  },
  likes: {
    label: '좋아요',
    empty: '아직 좋아요를 누른 논문이 없어요.',
    hint: '마음에 든 논문 카드에서 ‘좋아요’를 누르면 여기에 모입니다.',
    remove: '좋아요 취소',
    removed: '좋아요를 취소했어요',
  },
  read: {
    label: '읽음',
    empty: '아직 읽음으로 표시한 논문이 없어요.',
    hint: '다 읽은 논문 카드에서 ‘읽음’을 누르면 여기에 기록되고, 각 호에 몇 편을 읽었는지 보여 드려요.',
    remove: '읽음 표시 해제',
    removed: '읽음 표시를 해제했어요',
  },
};

const dateFormat = new Intl.DateTimeFormat('ko-KR', { dateStyle: 'medium' });

export function LibraryPage() {
  const snapshot = useLibrary();
  const [params, setParams] = useSearchParams();
  const tab = parseTab(params.get('tab'));
  const sort = parseSort(params.get('sort'));
  const counts = countsByTab(snapshot.data);
  const allEntries = entriesWith(snapshot.data, TAB_MARK[tab]);
  // A library of thousands renders a page at a time: the list stays quick to open and to change.
  const [limit, setLimit] = useState({ key: `${tab}/${sort}`, count: PAGE_SIZE });
  const shownCount = limit.key === `${tab}/${sort}` ? limit.count : PAGE_SIZE;
  const entries = allEntries.slice(0, shownCount);
  const [undo, setUndo] = useState<{ entry: LibraryEntry; message: string } | null>(null);
  // Where focus goes once a removed item has left the list (its button is gone with it).
  const focusAfterRemove = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const baseId = useId();

  const setParam = (name: string, value: string, fallback: string) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === fallback) next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  };

  useEffect(() => {
    const index = focusAfterRemove.current;
    if (index === null) return;
    focusAfterRemove.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('[data-remove]') ?? [];
    const target = buttons[Math.min(index, buttons.length - 1)];
    (target ?? document.getElementById(`${baseId}-panel`))?.focus();
  });

  const remove = (entry: LibraryEntry, button: HTMLButtonElement) => {
    const buttons = [...(listRef.current?.querySelectorAll('[data-remove]') ?? [])];
    const mark: PaperMark = TAB_MARK[tab];
    const removed = libraryStore.remove(entry.paper, [mark]);
    if (removed)
      setUndo({ entry: removed, message: `‘${titleOf(entry)}’ ${TAB_TEXT[tab].removed}.` });
    focusAfterRemove.current = Math.max(0, buttons.indexOf(button));
  };

  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = LIBRARY_TABS.indexOf(tab);
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: LIBRARY_TABS.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = LIBRARY_TABS[(to + LIBRARY_TABS.length) % LIBRARY_TABS.length]!;
    setParam('tab', next, 'bookmarks');
    document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };

  const text = TAB_TEXT[tab];
  return (
    <section className="library-page" aria-labelledby={`${baseId}-title`}>
      <header className="library-page__header">
        <h1 id={`${baseId}-title`}>내 서재</h1>
        <p className="library-page__lede">
          북마크·좋아요·읽음 표시는 계정 없이 이 브라우저에만 저장돼요. 다른 기기로 옮기거나 잃지
          않으려면 아래에서 백업을 내려받아 두세요.
        </p>
        {snapshot.saving === 'memory' && (
          <p className="library-page__warning">
            지금은 브라우저에 저장할 수 없어 이 탭에만 보관 중이에요. 새로고침하거나 탭을 닫으면
            사라지니, 그 전에 JSON 백업을 내려받아 두세요.
          </p>
        )}
      </header>

      <div role="tablist" aria-label="서재 목록" className="library-tabs">
        {LIBRARY_TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`${baseId}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${baseId}-panel`}
            tabIndex={tab === name ? 0 : -1}
            className="library-tabs__tab"
            onClick={() => setParam('tab', name, 'bookmarks')}
            onKeyDown={onTabKey}
          >
            {TAB_TEXT[name].label}
            <span className="library-tabs__count">{counts[name]}</span>
          </button>
        ))}
      </div>

      <div
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${tab}`}
        tabIndex={-1}
        className="library-panel"
        ref={listRef}
      >
        {allEntries.length === 0 ? (
          <div className="library-empty">
            <p className="library-empty__title">{text.empty}</p>
            <p>{text.hint}</p>
            <p>
              <Link to={paths.home()}>최신 호 둘러보기</Link> ·{' '}
              <Link to={paths.archive()}>지난 호</Link>
            </p>
          </div>
        ) : (
          <>
            <SortChoice sort={sort} onChange={(next) => setParam('sort', next, 'issue')} />
            {sort === 'issue' ? (
              groupByIssue(entries).map((group) => (
                <section
                  key={group.issueId}
                  className="library-group"
                  aria-labelledby={`${baseId}-${group.issueId}`}
                >
                  <h2 id={`${baseId}-${group.issueId}`} className="library-group__title">
                    <Link to={paths.issue(group.issueId)}>
                      <span className="library-group__date">{issueDate(group.issueId)}</span>
                      {group.issueTitle && <span aria-hidden="true"> · </span>}
                      {group.issueTitle}
                    </Link>
                  </h2>
                  <EntryList
                    entries={group.entries}
                    tab={tab}
                    showIssue={false}
                    onRemove={remove}
                  />
                </section>
              ))
            ) : (
              <EntryList entries={entries} tab={tab} showIssue onRemove={remove} />
            )}
            {allEntries.length > entries.length && (
              <p className="library-more">
                <button
                  type="button"
                  onClick={() => setLimit({ key: `${tab}/${sort}`, count: shownCount + PAGE_SIZE })}
                >
                  {PAGE_SIZE}개 더 보기
                </button>{' '}
                ({allEntries.length.toLocaleString('ko-KR')}개 중{' '}
                {entries.length.toLocaleString('ko-KR')}개 표시)
              </p>
            )}
          </>
        )}
      </div>

      <div className="library-undo" role="status">
        {undo && (
          <p>
            {undo.message}{' '}
            <button
              type="button"
              onClick={() => {
                libraryStore.restore(undo.entry);
                setUndo(null);
              }}
            >
              되돌리기
            </button>
          </p>
        )}
      </div>

      <TransferSection />
    </section>
  );
}

function SortChoice({
  sort,
  onChange,
}: {
  sort: LibrarySort;
  onChange: (sort: LibrarySort) => void;
}) {
  const name = useId();
  return (
    <fieldset className="library-sort">
      <legend>정렬</legend>
      {(
        [
          ['issue', '호별로 묶기'],
          ['saved', '저장한 순서'],
        ] as const
      ).map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name={name}
            value={value}
            checked={sort === value}
            onChange={() => onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function EntryList(props: {
  entries: LibraryEntry[];
  tab: LibraryTab;
  showIssue: boolean;
  onRemove: (entry: LibraryEntry, button: HTMLButtonElement) => void;
}) {
  const mark = TAB_MARK[props.tab];
  return (
    <ul className="library-list">
      {props.entries.map((entry) => {
        const { paper } = entry;
        const title = titleOf(entry);
        const at = markedAt(entry, mark);
        return (
          <li key={`${paper.issueId}/${paper.paperId}`} className="library-item">
            <div className="library-item__text">
              <Link className="library-item__title" to={paths.paper(paper.issueId, paper.paperId)}>
                {title}
              </Link>
              {paper.titleEn && paper.titleEn !== title && (
                <p className="library-item__subtitle" lang="en">
                  {paper.titleEn}
                </p>
              )}
              <p className="library-item__meta">
                {props.showIssue && (
                  <>
                    <Link to={paths.issue(paper.issueId)}>{issueDate(paper.issueId)} 호</Link>
                    <span aria-hidden="true"> · </span>
                  </>
                )}
                {TAB_TEXT[props.tab].label}{' '}
                <time dateTime={at}>{dateFormat.format(new Date(at))}</time>
                {paper.paperUrl && (
                  <>
                    <span aria-hidden="true"> · </span>
                    <a href={paper.paperUrl} target="_blank" rel="noopener noreferrer">
                      논문 원문<span className="library-visually-hidden"> (새 창)</span>
                    </a>
                  </>
                )}
              </p>
            </div>
            <button
              type="button"
              className="library-item__remove"
              data-remove
              aria-label={`${TAB_TEXT[props.tab].remove}: ${title}`}
              onClick={(event) => props.onRemove(entry, event.currentTarget)}
            >
              {TAB_TEXT[props.tab].remove}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function TransferSection() {
  const snapshot = useLibrary();
  const [report, setReport] = useState<ImportReport | null>(null);
  const inputId = useId();
  const [text, language] = useLibraryExportText();
  const bookmarks = entriesWith(snapshot.data, 'bookmark');
  const total =
    Object.keys(snapshot.data.papers).length + Object.keys(snapshot.data.issueLikes).length;
  const stamp = () => localDateStamp(new Date());
  // The bookmark exports, in the order of their buttons: [label, file extension, MIME type, text].
  const citationFiles: [string, string, string, () => string][] = [
    [text.exportBibtex, 'bib', 'application/x-bibtex', () => toBibtex(bookmarks)],
    [text.exportRis, 'ris', 'application/x-research-info-systems', () => toRis(bookmarks)],
    [
      text.exportCslJson,
      'csl.json',
      'application/vnd.citationstyles.csl+json',
      () => toCslJson(bookmarks),
    ],
  ];

  const [importing, setImporting] = useState(false);
  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setImporting(true);
    setReport(null);
    try {
      setReport(await libraryStore.importBackup(await file.text()));
    } finally {
      setImporting(false);
    }
  };

  return (
    <section className="library-transfer" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>백업과 내보내기</h2>
      <div className="library-transfer__grid">
        <div>
          <h3>JSON 백업</h3>
          <p>좋아요·북마크·읽음 표시 전체. 다른 브라우저에서 ‘가져오기’로 합칠 수 있어요.</p>
          <button
            type="button"
            onClick={() =>
              downloadText(
                `paper-digest-library-${stamp()}.json`,
                toBackupJson(snapshot.data, new Date()),
                'application/json',
              )
            }
          >
            JSON 백업 내려받기
          </button>
        </div>
        <div lang={language}>
          <h3>{text.exportTitle}</h3>
          <p>{text.exportHint(bookmarks.length)}</p>
          <div className="library-transfer__buttons">
            {citationFiles.map(([label, extension, type, build]) => (
              <button
                key={extension}
                type="button"
                disabled={bookmarks.length === 0}
                onClick={() =>
                  downloadText(`paper-digest-bookmarks-${stamp()}.${extension}`, build(), type)
                }
              >
                {label}
              </button>
            ))}
            <button
              type="button"
              disabled={bookmarks.length === 0}
              onClick={() =>
                downloadText(
                  `paper-digest-reading-list-${stamp()}.md`,
                  toMarkdown(bookmarks, paths.paper, { appUrl, exportedAt: new Date() }),
                  'text/markdown',
                )
              }
            >
              {text.exportMarkdown}
            </button>
          </div>
        </div>
        <div>
          <h3>가져오기</h3>
          <p>
            이 사이트에서 내려받은 JSON 백업을 지금 서재에 합쳐요. 지금 있는 것은 지워지지 않아요.
          </p>
          <label className="library-file">
            <input
              type="file"
              accept=".json,application/json"
              onChange={(event) => {
                void onFile(event.currentTarget.files?.[0]);
                event.currentTarget.value = '';
              }}
            />
            <span>백업 파일 가져오기</span>
          </label>
        </div>
      </div>
      <div role="status" className="library-report">
        {importing && <p>백업을 확인하는 중…</p>}
        {report && <ImportSummary report={report} />}
      </div>
      {snapshot.hasBackup && (
        <p className="library-transfer__kept">
          예전에 읽지 못해 따로 보관해 둔 원본이 있어요.{' '}
          <button type="button" onClick={downloadBackup}>
            보관된 원본 내려받기
          </button>
        </p>
      )}
      <p className="library-transfer__total">서재에 저장된 항목 {total}개</p>
    </section>
  );
}

/** Entries shown at first, and added by each "더 보기". */
const PAGE_SIZE = 200;

/** A backup of 100,000 broken entries must not render 100,000 list items. */
const MAX_REJECTIONS_SHOWN = 100;

function ImportSummary({ report }: { report: ImportReport }) {
  if (!report.ok)
    return (
      <p className="library-report__error">가져오지 못했어요: {report.error} 서재는 그대로예요.</p>
    );
  const parts = [`${report.added}개 추가`, `${report.skipped}개는 이미 있어 건너뜀`];
  if (report.rejected.length > 0) parts.push(`${report.rejected.length}개는 형식이 맞지 않아 제외`);
  const shown = report.rejected.slice(0, MAX_REJECTIONS_SHOWN);
  return (
    <>
      <p>가져오기 완료: {parts.join(', ')}.</p>
      {report.notes.map((note) => (
        <p key={note}>참고: {note}</p>
      ))}
      {report.rejected.length > 0 && (
        <details>
          <summary>제외된 항목 보기</summary>
          <ul>
            {shown.map((r, index) => (
              <li key={`${index}-${r.where}`}>
                <code>{r.where}</code>: {r.reason}
              </li>
            ))}
          </ul>
          {report.rejected.length > shown.length && (
            <p>
              처음 {shown.length}개만 보여 드려요. 나머지{' '}
              {(report.rejected.length - shown.length).toLocaleString('ko-KR')}개도 같은 이유일
              가능성이 높습니다.
            </p>
          )}
        </details>
      )}
    </>
  );
}

/** Every issue has the same title, so the week's date is what tells them apart: 2025.10.20 */
function issueDate(issueId: string): string {
  return issueId.replaceAll('-', '.');
}

function appUrl(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return new URL(`${base}${path}`, window.location.origin).href;
}
