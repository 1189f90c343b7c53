import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { formatDayDotted, formatMoment } from '../../../lib/format-date/compact';
import type { InterfaceLanguage } from '../../../lib/reading-language';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { libraryPageText, type LibraryPageText } from '../library-page-text';
import type { LibraryEntry, PaperMark } from '../library-schema';
import { libraryStore } from '../library-store';
import { groupByIssue } from '../library-transfer';
import {
  LIBRARY_TABS,
  TAB_MARK,
  countsByTab,
  entriesWith,
  markedAt,
  parseSort,
  parseTab,
  type LibrarySort,
  type LibraryTab,
} from '../library-view';
import { useLibrary } from '../use-library';
import { TransferSection } from './library-transfer-section';
import '../library-actions.css';
import '../library-page.css';

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
  const [, language] = useInterfaceText();
  const text = libraryPageText(language);
  // The removed entry and the tab it left, worded on render (the language may change meanwhile).
  const [undo, setUndo] = useState<{ entry: LibraryEntry; tab: LibraryTab } | null>(null);
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
    if (removed) setUndo({ entry: removed, tab });
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

  const tabText = text.tabs[tab];
  return (
    <section className="library-page" aria-labelledby={`${baseId}-title`}>
      <header className="library-page__header">
        <h1 id={`${baseId}-title`}>{text.title}</h1>
        <p className="library-page__lede">{text.lede}</p>
        {snapshot.saving === 'memory' && <p className="library-page__warning">{text.inMemory}</p>}
      </header>

      <div role="tablist" aria-label={text.tabsLabel} className="library-tabs">
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
            {text.tabs[name].label}
            <span className="library-tabs__count">{text.tabCount(counts[name])}</span>
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
            <p className="library-empty__title">{tabText.empty}</p>
            <p>{tabText.hint}</p>
            <p>
              <Link to={paths.home()}>{text.browseLatest}</Link>
              <span aria-hidden="true"> · </span>
              <Link to={paths.archive()}>{text.browseArchive}</Link>
            </p>
          </div>
        ) : (
          <>
            <SortChoice
              sort={sort}
              text={text}
              onChange={(next) => setParam('sort', next, 'issue')}
            />
            {sort === 'issue' ? (
              groupByIssue(entries).map((group) => (
                <section
                  key={group.issueId}
                  className="library-group"
                  aria-labelledby={`${baseId}-${group.issueId}`}
                >
                  <h2 id={`${baseId}-${group.issueId}`} className="library-group__title">
                    <Link to={paths.issue(group.issueId)}>
                      <span className="library-group__date">{formatDayDotted(group.issueId)}</span>
                      {group.issueTitle && <span aria-hidden="true"> · </span>}
                      {group.issueTitle && <span lang="ko">{group.issueTitle}</span>}
                    </Link>
                  </h2>
                  <EntryList
                    entries={group.entries}
                    tab={tab}
                    showIssue={false}
                    onRemove={remove}
                    text={text}
                    language={language}
                  />
                </section>
              ))
            ) : (
              <EntryList
                entries={entries}
                tab={tab}
                showIssue
                onRemove={remove}
                text={text}
                language={language}
              />
            )}
            {allEntries.length > entries.length && (
              <p className="library-more">
                <button
                  type="button"
                  onClick={() => setLimit({ key: `${tab}/${sort}`, count: shownCount + PAGE_SIZE })}
                >
                  {text.showMore(Math.min(PAGE_SIZE, allEntries.length - entries.length))}
                </button>{' '}
                ({text.shown(entries.length, allEntries.length)})
              </p>
            )}
          </>
        )}
      </div>

      <div className="library-undo" role="status">
        {undo && (
          <p>
            {text.tabs[undo.tab].removed(titlesOf(undo.entry, language).main.text)}{' '}
            <button
              type="button"
              onClick={() => {
                libraryStore.restore(undo.entry);
                setUndo(null);
              }}
            >
              {text.undo}
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
  text,
  onChange,
}: {
  sort: LibrarySort;
  text: LibraryPageText;
  onChange: (sort: LibrarySort) => void;
}) {
  const name = useId();
  return (
    <fieldset className="library-sort">
      <legend>{text.sort}</legend>
      {(
        [
          ['issue', text.sortIssue],
          ['saved', text.sortSaved],
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
  text: LibraryPageText;
  language: InterfaceLanguage;
}) {
  const { text, language } = props;
  const mark = TAB_MARK[props.tab];
  const tabText = text.tabs[props.tab];
  return (
    <ul className="library-list">
      {props.entries.map((entry) => {
        const { paper } = entry;
        const { main, other } = titlesOf(entry, language);
        const at = markedAt(entry, mark);
        return (
          <li key={`${paper.issueId}/${paper.paperId}`} className="library-item">
            <div className="library-item__text">
              <Link
                className="library-item__title"
                to={paths.paper(paper.issueId, paper.paperId)}
                lang={main.lang}
              >
                {main.text}
              </Link>
              {other && (
                <p className="library-item__subtitle" lang={other.lang}>
                  {other.text}
                </p>
              )}
              <p className="library-item__meta">
                {props.showIssue && (
                  <>
                    <Link to={paths.issue(paper.issueId)}>
                      {text.issueOf(formatDayDotted(paper.issueId))}
                    </Link>
                    <span aria-hidden="true"> · </span>
                  </>
                )}
                {tabText.markedOn} <time dateTime={at}>{formatMoment(at, language)}</time>
                {paper.paperUrl && (
                  <>
                    <span aria-hidden="true"> · </span>
                    <a href={paper.paperUrl} target="_blank" rel="noopener noreferrer">
                      {text.paperLink}
                      <span className="library-visually-hidden">{text.newWindow}</span>
                    </a>
                  </>
                )}
              </p>
            </div>
            <button
              type="button"
              className="library-item__remove"
              data-remove
              aria-label={`${tabText.remove}: ${main.text}`}
              onClick={(event) => props.onRemove(entry, event.currentTarget)}
            >
              {tabText.remove}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** Entries shown at first, and added by each "더 보기" ("Show more"). */
const PAGE_SIZE = 200;

interface Title {
  text: string;
  lang: 'ko' | 'en' | undefined;
}

/** The title in the interface language first (the paper cards' choice), the other one under it. */
function titlesOf(
  entry: LibraryEntry,
  language: InterfaceLanguage,
): { main: Title; other?: Title } {
  const { titleKo, titleEn, paperId } = entry.paper;
  const ko: Title | null = titleKo ? { text: titleKo, lang: 'ko' } : null;
  const en: Title | null = titleEn ? { text: titleEn, lang: 'en' } : null;
  const [first, second] = language === 'en' ? [en, ko] : [ko, en];
  const main = first ?? second ?? { text: paperId, lang: undefined };
  const other = first && second && second.text !== first.text ? second : undefined;
  return { main, other };
}
