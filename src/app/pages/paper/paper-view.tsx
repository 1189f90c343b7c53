import { Link, useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { displayIssueTitle } from '../../../features/issues/components/issue-header';
import { formatPeriodEn, formatPeriodKo } from '../../../lib/format-date/period';
import type { LoadedIssue } from '../../../features/issues/parse-issue';
import { PaperActions } from '../../../features/library/components/paper-actions';
import { PaperShare } from '../../../features/library/components/paper-share';
import { libraryStore, toSavedPaper } from '../../../features/library/library-store';
import { PaperCard } from '../../../features/papers/components/paper-card';
import { paperAnchorId, paperTitles } from '../../../features/papers/paper-text';
import { useCitationMeta } from '../../../features/papers/use-citation-meta';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { useLinkSearch } from '../../../hooks/use-link-search';
import { useReadingLanguage } from '../../../hooks/use-reading-language';
import { useShortcuts } from '../../../hooks/use-shortcuts';
import { interfaceText } from '../../../lib/interface-text';
import { Bilingual } from '../../../components/ui/bilingual';

const english = interfaceText('en');

/* One paper once the issue's data is here; paper.tsx loads this chunk while the JSON is on its way. */
export default function PaperView({ issue, index }: { issue: LoadedIssue; index: number }) {
  const [language] = useReadingLanguage();
  const [text, uiLanguage] = useInterfaceText();
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
  const period =
    uiLanguage === 'en' ? (
      periodEn
    ) : (
      <Bilingual en={periodEn}>{formatPeriodKo(issue.period)}</Bilingual>
    );

  return (
    <div className="page paper-page">
      <nav className="breadcrumb" aria-label={text.backToIssue}>
        <Link to={{ pathname: paths.issue(issue.id), search, hash: `#${paperAnchorId(paper.id)}` }}>
          <span aria-hidden="true">← </span>
          {period} · <span lang="ko">{displayIssueTitle(issue.title)}</span>
        </Link>
      </nav>
      <PaperCard
        key={paper.id}
        paper={paper}
        language={language}
        text={text}
        headingLevel={1}
        actions={
          <>
            <PaperActions issue={issue} paper={paper} language={uiLanguage} />
            <PaperShare issue={issue} paper={paper} language={uiLanguage} />
          </>
        }
      />
      <nav className="pager" aria-label={text.paperPosition(index + 1, issue.papers.length)}>
        {previous ? (
          <PagerLink
            direction="previous"
            label={text.previousPaper}
            labelEn={english.previousPaper}
            title={paperTitles(previous, language).primary}
            titleEn={paperTitles(previous, 'en').primary.text}
            to={paths.paper(issue.id, previous.id) + search}
          />
        ) : (
          <span />
        )}
        {next && (
          <PagerLink
            direction="next"
            label={text.nextPaper}
            labelEn={english.nextPaper}
            title={paperTitles(next, language).primary}
            titleEn={paperTitles(next, 'en').primary.text}
            to={paths.paper(issue.id, next.id) + search}
          />
        )}
      </nav>
    </div>
  );
}

function PagerLink({
  direction,
  label,
  labelEn,
  title,
  titleEn,
  to,
}: {
  direction: 'previous' | 'next';
  label: string;
  labelEn: string;
  title: { text: string; lang: string };
  titleEn: string;
  to: string;
}) {
  return (
    <Link
      className={`pager__link pager__link--${direction}`}
      rel={direction === 'previous' ? 'prev' : 'next'}
      to={to}
    >
      <span className="pager__label">
        <Bilingual en={labelEn}>{label}</Bilingual>
      </span>
      <span lang={title.lang}>
        <Bilingual en={titleEn}>{title.text}</Bilingual>
      </span>
    </Link>
  );
}
