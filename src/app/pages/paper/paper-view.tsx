import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { displayIssueTitle } from '../../../features/issues/components/issue-header';
import { formatPeriodEn, formatPeriodKo } from '../../../lib/format-date/period';
import type { LoadedIssue } from '../../../features/issues/parse-issue';
import { PaperActions } from '../../../features/library/components/paper-actions';
import { PaperShare } from '../../../features/library/components/paper-share';
import { libraryStore, toSavedPaper } from '../../../features/library/library-store';
import type { Paper } from '../../../data/schema';
import type { ReadingLanguage } from '../../../lib/reading-language';
import { PaperCard } from '../../../features/papers/components/paper-card';
import { paperAnchorId, paperTitles } from '../../../features/papers/paper-text';
import { useCitationMeta } from '../../../features/papers/use-citation-meta';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { useLinkSearch } from '../../../hooks/use-link-search';
import { useReadingLanguage } from '../../../hooks/use-reading-language';
import { useShortcuts } from '../../../hooks/use-shortcuts';
import { pagerText } from './pager-text';
import { Bilingual } from '../../../components/ui/bilingual';

const english = pagerText('en');

/* One paper once the issue's data is here; paper.tsx loads this chunk while the JSON is on its way. */
export default function PaperView({ issue, index }: { issue: LoadedIssue; index: number }) {
  const [language] = useReadingLanguage();
  const [text, uiLanguage] = useInterfaceText();
  const pager = pagerText(uiLanguage);
  const search = useLinkSearch();
  const navigate = useNavigate();
  const paper = issue.papers[index]!;
  const previous = issue.papers[index - 1];
  const next = issue.papers[index + 1];
  const title = paperTitles(paper, language).primary.text;
  useDocumentTitle(title);
  useCitationMeta(paper);
  // j/k go to the next/previous paper, as they move between cards on the issue page.
  useShortcuts({
    j: () => next && navigate(paths.paper(issue.id, next.id) + search),
    k: () => previous && navigate(paths.paper(issue.id, previous.id) + search),
    l: () => libraryStore.toggleLike(toSavedPaper(issue, paper)),
    b: () => libraryStore.toggleBookmark(toSavedPaper(issue, paper)),
    r: () => libraryStore.toggleRead(toSavedPaper(issue, paper)),
  });
  const periodEn = formatPeriodEn(issue.period);
  // (The twin matters only in the prerender, which is always in Korean: Bilingual.)
  const period = (
    <Bilingual en={periodEn}>
      {uiLanguage === 'en' ? periodEn : formatPeriodKo(issue.period)}
    </Bilingual>
  );

  // The same element while the paper is: the card (memoised) then never renders again with the page,
  // which a language switch or the address's query does (the card shows its language by its styles).
  const actions = useMemo(
    () => (
      <>
        <PaperActions issue={issue} paper={paper} />
        <PaperShare issue={issue} paper={paper} />
      </>
    ),
    [issue, paper],
  );

  const pagerLink = (direction: 'previous' | 'next', other: Paper | undefined) =>
    other && (
      <PagerLink
        direction={direction}
        paper={other}
        language={language}
        label={direction === 'previous' ? pager.previousPaper : pager.nextPaper}
        to={paths.paper(issue.id, other.id) + search}
      />
    );
  return (
    <div className="page paper-page">
      <nav className="breadcrumb" aria-label={text.backToIssue}>
        <Link to={{ pathname: paths.issue(issue.id), search, hash: `#${paperAnchorId(paper.id)}` }}>
          <span aria-hidden="true">← </span>
          {period} · <span lang="ko">{displayIssueTitle(issue.title)}</span>
        </Link>
      </nav>
      <PaperCard key={paper.id} paper={paper} headingLevel={1} actions={actions} />
      <nav className="pager" aria-label={pager.paperPosition(index + 1, issue.papers.length)}>
        {pagerLink('previous', previous) ?? <span />}
        {pagerLink('next', next)}
      </nav>
    </div>
  );
}

/** The previous or next paper of the issue, by its title in the reader's language. */
function PagerLink({
  direction,
  paper,
  language,
  label,
  to,
}: {
  direction: 'previous' | 'next';
  paper: Paper;
  language: ReadingLanguage;
  label: string;
  to: string;
}) {
  const title = paperTitles(paper, language).primary;
  return (
    <Link
      className={`pager__link pager__link--${direction}`}
      rel={direction === 'previous' ? 'prev' : 'next'}
      to={to}
    >
      <span className="pager__label">
        <Bilingual en={direction === 'previous' ? english.previousPaper : english.nextPaper}>
          {label}
        </Bilingual>
      </span>
      <span lang={title.lang}>
        <Bilingual en={paperTitles(paper, 'en').primary.text}>{title.text}</Bilingual>
      </span>
    </Link>
  );
}
