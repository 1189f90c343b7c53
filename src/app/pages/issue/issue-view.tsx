import { Suspense, memo, useCallback, useDeferredValue, useMemo, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { Paper } from '../../../data/schema';
import { paths } from '../../../config/paths';
import { Markdown } from '../../../components/markdown/markdown';
import { useIssueIndex } from '../../../features/issues/api/get-issue-index';
import { Highlights } from '../../../features/issues/components/highlights';
import { IssueHeader, displayIssueTitle } from '../../../features/issues/components/issue-header';
import { Summaries } from '../../../features/issues/components/summaries';
import { TableOfContents } from '../../../features/issues/components/table-of-contents';
import { formatPeriodEn, formatPeriodKo } from '../../../lib/format-date/period';
import type { LoadedIssue } from '../../../features/issues/parse-issue';
import { IssueLikeButton } from '../../../features/library/components/issue-like-button';
import { PaperActions } from '../../../features/library/components/paper-actions';
import { PaperShare } from '../../../features/library/components/paper-share';
import { ReadProgress } from '../../../features/library/components/read-progress';
import { InvalidPaperCard } from '../../../features/papers/components/invalid-paper-card';
import { PaperCard } from '../../../features/papers/components/paper-card';
import { PendingPaperCard } from '../../../features/papers/components/pending-paper-card';
import { EAGER_CARDS, useRenderedCards } from '../../../features/papers/use-rendered-cards';
import { paperAnchorId, paperTitles } from '../../../features/papers/paper-text';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { useLinkSearch } from '../../../hooks/use-link-search';
import { preloadableLazy } from '../../../components/lazy/preloadable-lazy';
import { useReadingLanguage } from '../../../hooks/use-reading-language';
import './reading-tools.css';
import { interfaceText } from '../../../lib/interface-text';
import { Bilingual } from '../../../components/ui/bilingual';

const english = interfaceText('en');

// Compact view, hiding read papers, the contents list at hand, back-to-top and the page's keys (j/k/l/b/r):
// after the first paint, off the path to the issue's text.
const ReadingTools = preloadableLazy(() => import('./issue-reading-tools'));

/*
 * The issue page once its data is here. Not a route: issue.tsx (and home.tsx through it) load this
 * chunk while the issue JSON is on its way, so neither waits for the other and the first load stays
 * small (the skeleton, header and error states need none of this).
 */
export default function IssueView({ issue }: { issue: LoadedIssue }) {
  const [language] = useReadingLanguage();
  const [text, uiLanguage] = useInterfaceText();
  const location = useLocation();
  const period = uiLanguage === 'en' ? formatPeriodEn(issue.period) : formatPeriodKo(issue.period);
  useDocumentTitle(`${period} · ${displayIssueTitle(issue.title)}`);
  // The archive link in the header is one click away; having the index cached makes it instant.
  useIssueIndex();

  // The cards follow a language switch by their styles alone (paper-card.tsx). A long issue's lists of
  // titles (contents, summaries) follow it in a transition, in slices, so the switch never blocks the
  // page; a usual week's at once, in the same frame as the header (see keep-in-place.ts).
  const long = issue.papers.length + issue.invalidPapers.length > EAGER_CARDS;
  const deferredLanguage = useDeferredValue(language);
  const listLanguage = long ? deferredLanguage : language;

  const paperIds = useMemo(() => new Set(issue.papers.map((paper) => paper.id)), [issue.papers]);
  const anchorFor = useCallback((paperId: string) => `#${paperAnchorId(paperId)}`, []);
  // NOTE: stable on purpose: the memoised Markdown blocks that use it then never re-render when the
  // page does (a language switch changes only the URL's search, which PaperLink reads itself).
  const renderPaperLink = useCallback(
    (href: string, children: ReactNode) => <PaperLink href={href}>{children}</PaperLink>,
    [],
  );
  const titleFor = useCallback(
    (paperId: string) => {
      const paper = issue.papers.find((candidate) => candidate.id === paperId);
      return paper ? paperTitles(paper, listLanguage).primary.text : paperId;
    },
    [issue.papers, listLanguage],
  );

  const contents = useMemo(
    () =>
      issue.papers.map((paper) => {
        const { primary } = paperTitles(paper, listLanguage);
        const inEnglish = paperTitles(paper, 'en').primary;
        return {
          anchor: paperAnchorId(paper.id),
          title: primary.text,
          lang: primary.lang,
          ...(inEnglish.text !== primary.text && { titleEn: inEnglish.text }),
        };
      }),
    [issue.papers, listLanguage],
  );
  // The lists of every paper, as elements kept between renders: a long issue renders again for each
  // batch of cards it fills in, and these must not render again with it.
  const summaries = useMemo(
    () => (
      <Summaries
        items={issue.summaries}
        paperIds={paperIds}
        anchorFor={anchorFor}
        renderPaperLink={renderPaperLink}
        titleFor={titleFor}
        text={text}
      />
    ),
    [issue.summaries, paperIds, anchorFor, renderPaperLink, titleFor, text],
  );
  const tableOfContents = useMemo(
    () => (
      <TableOfContents
        entries={contents}
        text={text}
        renderLink={renderPaperLink}
        folded={contents.length > EAGER_CARDS}
      />
    ),
    [contents, text, renderPaperLink],
  );

  // Valid papers and the marked invalid ones, in the issue's own order.
  const total = issue.papers.length + issue.invalidPapers.length;
  const slots: Array<{ kind: 'paper'; paper: Paper } | { kind: 'invalid'; index: number }> = [];
  let next = 0;
  for (let index = 0; index < total; index += 1) {
    if (issue.invalidPapers.some((invalid) => invalid.index === index))
      slots.push({ kind: 'invalid', index });
    else if (issue.papers[next])
      slots.push({ kind: 'paper', paper: issue.papers[next++] as Paper });
  }

  const wanted = slots.findIndex(
    (slot) => slot.kind === 'paper' && `#${paperAnchorId(slot.paper.id)}` === location.hash,
  );
  const anchorOfSlot = useCallback(
    (index: number) => {
      const slot = slots[index];
      return slot?.kind === 'paper' ? paperAnchorId(slot.paper.id) : '';
    },
    // NOTE: the slots follow the issue's papers; a new array on every render must not re-run effects.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [issue],
  );
  const renderedCards = useRenderedCards(slots.length, wanted, anchorOfSlot);
  // NOTE: kept between renders too: a render that reaches this boundary before its part of a
  // prerendered page is hydrated would throw that part away and show the fallback until it is rebuilt.
  const readingTools = useMemo(
    () => (
      <Suspense fallback={<div className="reading-tools" />}>
        <ReadingTools
          key={issue.id}
          issue={issue}
          contents={contents}
          uiLanguage={uiLanguage}
          renderPaperLink={renderPaperLink}
          renderedCards={renderedCards}
        />
      </Suspense>
    ),
    [issue, contents, uiLanguage, renderPaperLink, renderedCards],
  );

  return (
    <div className="issue-layout" data-language={language} data-long={long || undefined}>
      <div className="issue-main">
        <IssueHeader
          issue={issue}
          text={text}
          uiLanguage={uiLanguage}
          actions={
            <>
              <IssueLikeButton issue={issue} />
              <ReadProgress issue={issue} />
            </>
          }
        />
        {issue.intro.trim() !== '' && (
          <Markdown className="issue-intro" lang="ko" text={issue.intro} />
        )}
        <Highlights
          highlights={issue.highlights}
          paperIds={paperIds}
          anchorFor={anchorFor}
          renderPaperLink={renderPaperLink}
          text={text}
        />
        {summaries}
        {tableOfContents}
        <section className="papers" aria-labelledby="papers-title">
          <h2 id="papers-title">
            <Bilingual en={english.papers(issue.papers.length)}>
              {text.papers(issue.papers.length)}
            </Bilingual>
          </h2>
          {readingTools}
          {slots.map((slot, position) =>
            slot.kind === 'paper' ? (
              <PaperSlot
                key={slot.paper.id}
                issue={issue}
                paper={slot.paper}
                position={position + 1}
                full={position < renderedCards}
                href={paths.paper(issue.id, slot.paper.id)}
              />
            ) : (
              <InvalidPaperSlot key={`invalid-${slot.index}`} issue={issue} index={slot.index} />
            ),
          )}
        </section>
      </div>
    </div>
  );
}

/**
 * One paper of the issue: its full card, or its title until the card is rendered (use-rendered-cards.ts).
 * Memoised: a long issue renders again for every batch of cards it fills in, and neither that nor a
 * language switch or a change of the address renders the cards already there again (their props are
 * the same; the card shows the language by its styles and its link adds the address's query itself).
 */
const PaperSlot = memo(function PaperSlot({
  issue,
  paper,
  position,
  full,
  href,
}: {
  issue: LoadedIssue;
  paper: Paper;
  position: number;
  full: boolean;
  href: string;
}) {
  if (!full) return <PendingPaperCard paper={paper} position={position} href={href} />;
  return (
    <PaperCard
      paper={paper}
      position={position}
      href={href}
      actions={
        <>
          <PaperActions issue={issue} paper={paper} />
          <PaperShare issue={issue} paper={paper} />
        </>
      }
    />
  );
});

/** A same-page link to a paper's card that keeps the query (the reading language) and focuses the card. */
function PaperLink({ href, children }: { href: string; children: ReactNode }) {
  const search = useLinkSearch();
  return (
    <Link to={{ search, hash: href }} onClick={() => focusCardSoon(href.slice(1))}>
      {children}
    </Link>
  );
}

function InvalidPaperSlot({ issue, index }: { issue: LoadedIssue; index: number }) {
  const [text] = useInterfaceText();
  const invalid = issue.invalidPapers.find((candidate) => candidate.index === index);
  if (!invalid) return null;
  return (
    <InvalidPaperCard
      position={index + 1}
      title={invalid.title}
      problem={invalid.problem}
      text={text}
    />
  );
}

function focusCardSoon(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus({ preventScroll: true }));
}
