import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useLocation } from 'react-router-dom';
import type { ContentsEntry } from '../../../features/issues/components/table-of-contents';
import type { LoadedIssue } from '../../../features/issues/parse-issue';
import { getPaperMarks, libraryStore } from '../../../features/library/library-store';
import { useLibrary } from '../../../features/library/use-library';
import { keepInPlace } from '../../../lib/keep-in-place';
import { currentPaperId, prefersReducedMotion, usePaperShortcuts } from './issue-keys';
import type { InterfaceLanguage } from '../../../lib/reading-language';
import { PAPER_CARD_SELECTOR } from '../../../config/prerender-contract';
import { useHydrationSafe } from '../../../hooks/hydration';
import { loadReadingView, saveReadingView, type ReadingView } from '../../../lib/reading-view';
import { readingToolsText, type ReadingToolsText } from './reading-tools-text';
import { Bilingual } from '../../../components/ui/bilingual';

const englishTools = readingToolsText('en');

const NONE_HIDDEN: ReadonlySet<string> = new Set();
/*
 * The issue page's reading tools, loaded after its first paint (issue-view.tsx): a compact view and
 * "hide what I have read" (both remembered), the contents list that stays at hand (beside the text on
 * a wide screen, behind a button otherwise) with each paper's read and bookmark marks, and back-to-top
 * on a phone. Their words are in reading-tools-text.ts.
 */
interface ReadingToolsProps {
  issue: LoadedIssue;
  /** The issue's papers in order, as the page's own contents list names them. */
  contents: ContentsEntry[];
  uiLanguage: InterfaceLanguage;
  renderPaperLink: (href: string, children: ReactNode) => ReactNode;
  /** How many cards the page has rendered in full so far (the rest fill in: use-rendered-cards.ts). */
  renderedCards: number;
}

export default function IssueReadingTools({
  issue,
  contents,
  uiLanguage,
  renderPaperLink,
  renderedCards,
}: ReadingToolsProps) {
  usePaperShortcuts(issue);
  const text = readingToolsText(uiLanguage);
  const library = useLibrary();
  const bar = useRef<HTMLDivElement>(null);
  const [storedView, setView] = useState(loadReadingView);
  // The prerendered page has the default view; the reader's own follows right after hydrating it.
  const view: ReadingView = {
    compact: useHydrationSafe(storedView.compact, false),
    hideRead: useHydrationSafe(storedView.hideRead, false),
  };
  // Papers read before "hide" was chosen (or before this visit) are left out. One marked read meanwhile
  // stays until the next visit, so nothing vanishes under the reader.
  // NOTE: from the store itself: while hydrating, `library` is still the prerender's empty one.
  const readIds = () =>
    new Set(
      issue.papers
        .filter((paper) => getPaperMarks(libraryStore.getSnapshot(), issue.id, paper.id).read)
        .map((paper) => paper.id),
    );
  const [keptHidden, setHiddenIds] = useState<ReadonlySet<string>>(() =>
    storedView.hideRead ? readIds() : NONE_HIDDEN,
  );
  const hiddenIds = useHydrationSafe(keptHidden, NONE_HIDDEN);
  const { key, hash } = useLocation();
  // A link to a hidden paper (a highlight, the contents) shows it.
  const linked = issue.papers[contents.findIndex((entry) => `#${entry.anchor}` === hash)];
  if (linked && hiddenIds.has(linked.id)) {
    const next = new Set(hiddenIds);
    next.delete(linked.id);
    setHiddenIds(next);
  }

  // NOTE: the cards and the page are issue-view.tsx's; the view is attributes React leaves alone.
  useLayoutEffect(() => {
    bar.current?.closest('.issue-layout')?.toggleAttribute('data-compact', view.compact);
    // (Again as the page fills in: a card rendered in full replaces its placeholder's element.)
    for (const card of document.querySelectorAll<HTMLElement>(PAPER_CARD_SELECTOR))
      card.hidden = hiddenIds.has(card.dataset.paperId ?? '');
  }, [view.compact, hiddenIds, renderedCards]);
  // The list and the floating buttons go at the end of the page, after the cards in the tab order.
  const [layout, setLayout] = useState<Element | null>(null);
  useLayoutEffect(() => {
    const element = bar.current?.closest('.issue-layout') ?? null;
    setLayout(element);
    return () => element?.removeAttribute('data-compact');
  }, []);
  const { current, scrolled } = useScrollPlace();
  const [open, setOpen] = useState(false);
  const toggleButton = useRef<HTMLButtonElement>(null);
  // A paper chosen from the list (a new history entry) closes it.
  const [openedAt, setOpenedAt] = useState(key);
  if (open && openedAt !== key) {
    setOpen(false);
    setOpenedAt(key);
  }

  // The card the reader is looking at stays where it is on screen while the page above it changes.
  const change = (next: Partial<ReadingView>) => {
    const value = { ...view, ...next };
    saveReadingView(value);
    keepInPlace(() =>
      flushSync(() => {
        setView(value);
        if (value.hideRead !== view.hideRead) setHiddenIds(value.hideRead ? readIds() : new Set());
      }),
    );
  };

  // The panel opens above its button but comes before it in the page: focus goes into the list (the
  // paper being read, else the first), so the keyboard does not have to go back to reach it.
  useEffect(() => {
    if (!open) return;
    const rail = document.getElementById('reading-rail');
    (
      rail?.querySelector<HTMLElement>('li[data-current] a') ??
      rail?.querySelector<HTMLElement>('a')
    )?.focus();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // Escape belongs to an open dialog (the shortcuts help) first.
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open], [role="dialog"]')) return;
      setOpen(false);
      toggleButton.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <>
      <div
        ref={bar}
        className="reading-tools"
        role="group"
        aria-label={text.tools}
        lang={uiLanguage}
      >
        <button
          type="button"
          className="reading-tools__toggle"
          aria-pressed={view.compact}
          onClick={() => change({ compact: !view.compact })}
        >
          <Bilingual en={englishTools.compact}>{text.compact}</Bilingual>
        </button>
        <button
          type="button"
          className="reading-tools__toggle"
          aria-pressed={view.hideRead}
          onClick={() => change({ hideRead: !view.hideRead })}
        >
          <Bilingual en={englishTools.hideRead}>{text.hideRead}</Bilingual>
        </button>
        {/* Always present, so the count is announced when the toggle changes it. */}
        <span className="reading-tools__status" aria-live="polite">
          {hiddenIds.size > 0 ? text.hidden(hiddenIds.size) : ''}
        </span>
      </div>
      {view.compact && <AbstractToggles text={text} />}
      {layout &&
        createPortal(
          <div className="reading-dock" data-open={open || undefined} lang={uiLanguage}>
            <nav id="reading-rail" className="reading-rail" aria-label={text.contents}>
              <p className="reading-rail__title" aria-hidden="true">
                {text.contents}
              </p>
              <ol className="reading-rail__list">
                {issue.papers.map((paper, index) => {
                  const marks = getPaperMarks(library, issue.id, paper.id);
                  const entry = contents[index];
                  if (!entry) return null;
                  return (
                    <li
                      key={paper.id}
                      data-current={current === paper.id || undefined}
                      data-read={marks.read || undefined}
                    >
                      {renderPaperLink(
                        `#${entry.anchor}`,
                        <>
                          <span className="reading-rail__number" aria-hidden="true">
                            {String(index + 1).padStart(2, '0')}
                          </span>
                          <span className="reading-rail__name" lang={entry.lang}>
                            {entry.title}
                          </span>
                          {marks.read && (
                            <span className="reading-rail__mark" title={text.read}>
                              <span aria-hidden="true">✓</span>
                              <span className="visually-hidden"> ({text.read})</span>
                            </span>
                          )}
                          {marks.bookmarked && (
                            <span
                              className="reading-rail__mark reading-rail__mark--bookmark"
                              title={text.bookmarked}
                            >
                              <span aria-hidden="true">★</span>
                              <span className="visually-hidden"> ({text.bookmarked})</span>
                            </span>
                          )}
                          {hiddenIds.has(paper.id) && (
                            <span className="visually-hidden"> ({text.hiddenPaper})</span>
                          )}
                        </>,
                      )}
                    </li>
                  );
                })}
              </ol>
            </nav>
            <div className="reading-dock__buttons">
              {scrolled && (
                <button
                  type="button"
                  className="reading-dock__button reading-dock__top"
                  onClick={backToTop}
                >
                  <span aria-hidden="true">↑ </span>
                  {text.toTop}
                </button>
              )}
              <button
                ref={toggleButton}
                type="button"
                className="reading-dock__button reading-dock__contents"
                aria-expanded={open}
                aria-controls="reading-rail"
                onClick={() => {
                  setOpenedAt(key);
                  setOpen(!open);
                }}
              >
                {text.contentsButton}
              </button>
            </div>
          </div>,
          layout,
        )}
    </>
  );
}

/** Which card the reader is on (the last whose top has passed the top of the screen) and whether they are a screen or more down. */
function useScrollPlace(): { current: string | undefined; scrolled: boolean } {
  const [place, setPlace] = useState<{ current: string | undefined; scrolled: boolean }>({
    current: undefined,
    scrolled: false,
  });
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const current = currentPaperId();
      const scrolled = window.scrollY > window.innerHeight;
      setPlace((previous) =>
        previous.current === current && previous.scrolled === scrolled
          ? previous
          : { current, scrolled },
      );
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, []);
  return place;
}

function backToTop() {
  window.scrollTo({ top: 0, behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  // Keyboard and screen reader users start again from the top too.
  document.getElementById('main')?.focus({ preventScroll: true });
}

interface AbstractHost {
  id: string;
  card: HTMLElement;
  host: HTMLElement;
  /** The id of the card's heading, which names the card (its title in the language shown). */
  titleId: string;
}

/**
 * In the compact view each card shows its titles and summary; a button beside "초록" opens its
 * abstract. The cards are the page's (paper-card.tsx): each button goes into its card's abstract
 * section through a portal, and the open state is an attribute on the card that the CSS reads.
 */
function AbstractToggles({ text }: { text: ReadingToolsText }) {
  const [hosts, setHosts] = useState<AbstractHost[]>([]);
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(new Set());

  // NOTE: every render and on changes below the papers list: cards come and go (hidden papers,
  // a link to one of them) and the page re-renders them without telling this component.
  useLayoutEffect(() => {
    const papers = document.querySelector('.papers');
    const scan = () =>
      setHosts((previous) => {
        const found: AbstractHost[] = [];
        for (const card of document.querySelectorAll<HTMLElement>('article[data-paper-id]')) {
          const section = card.querySelector('.abstracts')?.parentElement;
          const label = section?.querySelector(':scope > .paper-card__label');
          if (!section || !label) continue;
          let host = section.querySelector<HTMLElement>(':scope > .abstract-toggle');
          if (!host) {
            host = document.createElement('span');
            host.className = 'abstract-toggle';
            label.after(host);
          }
          const titleId = card.getAttribute('aria-labelledby') ?? '';
          found.push({ id: card.dataset.paperId ?? '', card, host, titleId });
        }
        const same =
          found.length === previous.length &&
          found.every(
            (item, index) =>
              item.host === previous[index]?.host && item.titleId === previous[index]?.titleId,
          );
        return same ? previous : found;
      });
    scan();
    const observer = new MutationObserver(scan);
    if (papers) observer.observe(papers, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    for (const { id, card } of hosts) card.toggleAttribute('data-abstract-open', openIds.has(id));
  }, [hosts, openIds]);

  useLayoutEffect(
    () => () => {
      for (const element of document.querySelectorAll('.abstract-toggle')) element.remove();
      for (const element of document.querySelectorAll('[data-abstract-open]'))
        element.removeAttribute('data-abstract-open');
    },
    [],
  );

  // NOTE: named after the card's heading by reference: the heading holds the title in every language,
  // and only the one shown is part of its name.
  return hosts.map(({ id, host, titleId }) =>
    createPortal(
      <button
        type="button"
        className="link-button"
        aria-expanded={openIds.has(id)}
        aria-labelledby={`abstract-toggle-${id} ${titleId}`}
        onClick={() =>
          setOpenIds((previous) => {
            const next = new Set(previous);
            if (!next.delete(id)) next.add(id);
            return next;
          })
        }
      >
        <span id={`abstract-toggle-${id}`}>
          {openIds.has(id) ? text.hideAbstract : text.showAbstract}
        </span>
      </button>,
      host,
      id,
    ),
  );
}
