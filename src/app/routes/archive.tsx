import { Suspense, lazy, useCallback, useMemo, type RefCallback } from 'react';
import { Link, useNavigationType } from 'react-router-dom';
import type { IssueSummary } from '../../data/schema';
import { paths } from '../../config/paths';
import { ErrorState } from '../../components/ui/error-state';
import { LoadingStatus, SkeletonLines } from '../../components/ui/skeleton';
import { issueIndexQueryOptions, useIssueIndex } from '../../features/issues/api/get-issue-index';
import { displayIssueTitle } from '../../features/issues/components/issue-header';
import { describeFailure } from '../../features/issues/describe-failure';
import { formatPeriodEn, formatPeriodKo } from '../../lib/format-date/period';
import { groupByMonth } from '../../features/issues/group-by-month';
import { useDocumentTitle } from '../../hooks/use-document-title';
import { useInterfaceText } from '../../hooks/use-interface-text';
import { archiveText } from '../pages/archive-text';
import type { PrepareRoute } from '../../config/routes';
import { Bilingual } from '../../components/ui/bilingual';
import './archive.css';

/** The English twins of the prerendered archive's labels (components/ui/bilingual.tsx). */
const englishLabels = archiveText('en');

// NOTE: a chunk of its own: the library store it reads is ~5 KB gzip of the archive's first load.
const ArchiveUnread = lazy(() => import('../pages/archive-unread'));

export const prepare: PrepareRoute = async (_params, queryClient) => {
  await queryClient.fetchQuery(issueIndexQueryOptions());
};

export default function ArchiveRoute() {
  const index = useIssueIndex();
  const [text, uiLanguage] = useInterfaceText();
  const labels = archiveText(uiLanguage);
  useDocumentTitle(labels.archiveTitle);

  return (
    <section className="page archive" aria-labelledby="archive-title" aria-busy={index.isPending}>
      <h1 id="archive-title">
        <Bilingual en={englishLabels.archiveTitle}>{labels.archiveTitle}</Bilingual>
      </h1>
      <p className="archive__intro">
        <Bilingual en={englishLabels.archiveIntro}>{labels.archiveIntro}</Bilingual>
      </p>
      {index.isPending && (
        <>
          <LoadingStatus label={labels.loadingIndex} />
          <SkeletonLines lines={4} className="skeleton--block" />
        </>
      )}
      {index.isError && (
        <ErrorState
          title={text.indexErrorTitle}
          {...describeFailure(index.error, text)}
          detailsLabel={text.errorDetails}
          retryLabel={text.retry}
          onRetry={() => void index.refetch()}
          retrying={index.isFetching}
        />
      )}
      {index.data && index.data.issues.length === 0 && <p>{text.noIssues}</p>}
      {index.data && index.data.issues.length > 0 && <ArchiveWeeks issues={index.data.issues} />}
    </section>
  );
}

/**
 * Every week, by year and month: its period, its three highlight themes, how many papers and how many
 * the reader has not read yet. Plain lists and headings; a few hundred weeks render in one pass.
 */
function ArchiveWeeks({ issues }: { issues: readonly IssueSummary[] }) {
  const [text, uiLanguage] = useInterfaceText();
  const labels = archiveText(uiLanguage);
  const years = useMemo(() => groupByMonth(issues), [issues]);
  const totalPapers = useMemo(
    () => issues.reduce((sum, issue) => sum + issue.paperCount, 0),
    [issues],
  );
  const other = uiLanguage === 'en' ? 'ko' : 'en';
  const settling = useSettleAfterPaint(useNavigationType() !== 'POP');

  return (
    <div className="archive__weeks" ref={settling}>
      <p className="archive__totals">
        <Bilingual en={englishLabels.archiveTotals(issues.length, totalPapers)}>
          {labels.archiveTotals(issues.length, totalPapers)}
        </Bilingual>
      </p>
      {years.length > 1 && (
        <nav className="archive__years" aria-label={labels.archiveYears}>
          <ul>
            {years.map(({ year }) => (
              <li key={year}>
                <a href={`#year-${year}`}>{labels.archiveYear(year)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {years.map(({ year, months }) => (
        <section key={year} className="archive__year" aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="archive__year-title">
            <Bilingual en={englishLabels.archiveYear(year)}>{labels.archiveYear(year)}</Bilingual>
          </h2>
          {months.map(({ month, issues: weeks }) => (
            <section
              key={month}
              className="archive__month"
              aria-labelledby={`month-${year}-${month}`}
            >
              <h3 id={`month-${year}-${month}`} className="archive__month-title">
                <Bilingual en={englishLabels.archiveMonth(year, month)}>
                  {labels.archiveMonth(year, month)}
                </Bilingual>
              </h3>
              <ol className="archive__list">
                {weeks.map((issue) => {
                  const ko = formatPeriodKo(issue.period);
                  const en = formatPeriodEn(issue.period);
                  return (
                    <li key={issue.id} className="archive__item">
                      <Link to={paths.issue(issue.id)} className="archive__link">
                        <span className="archive__period">
                          <Bilingual en={en}>{uiLanguage === 'en' ? en : ko}</Bilingual>
                        </span>
                        <span className="archive__title" lang="ko">
                          {displayIssueTitle(issue.title)}
                        </span>
                      </Link>
                      {issue.highlights.length > 0 && (
                        <ol className="archive__highlights" aria-label={text.highlights} lang="ko">
                          {issue.highlights.map((title, index) => (
                            <li key={index}>{title}</li>
                          ))}
                        </ol>
                      )}
                      <p className="archive__meta">
                        <span lang={other}>
                          <Bilingual en={ko} swapped>
                            {uiLanguage === 'en' ? ko : en}
                          </Bilingual>
                        </span>
                        <span>
                          <Bilingual en={englishLabels.paperCount(issue.paperCount)}>
                            {labels.paperCount(issue.paperCount)}
                          </Bilingual>
                        </span>
                        <span className="archive__unread">
                          <Suspense
                            fallback={
                              <Bilingual en={englishLabels.unreadCount(issue.paperCount)}>
                                {labels.unreadCount(issue.paperCount)}
                              </Bilingual>
                            }
                          >
                            <ArchiveUnread
                              issueId={issue.id}
                              paperCount={issue.paperCount}
                              label={labels.unreadCount}
                              labelEn={englishLabels.unreadCount}
                            />
                          </Suspense>
                        </span>
                        {issue.likes !== null && (
                          <span>
                            <Bilingual en={englishLabels.likesCount(issue.likes)}>
                              {labels.likesCount(issue.likes)}
                            </Bilingual>
                          </span>
                        )}
                      </p>
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}

/**
 * Laying out hundreds of weeks at once takes most of a frame budget (~50 ms of the ~90 ms here). On a
 * fresh visit the reader is at the top: the weeks below the screen are skipped for the first frame
 * (`data-settling` gives them `content-visibility: auto`) and laid out for real right after it has
 * painted. Back and reload restore a scroll position in pixels, which needs real heights from the
 * start, so they render everything at once.
 */
function useSettleAfterPaint(enabled: boolean): RefCallback<HTMLElement> {
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element || !enabled) return;
      element.setAttribute('data-settling', '');
      let timer = 0;
      const frame = requestAnimationFrame(() => {
        timer = window.setTimeout(() => element.removeAttribute('data-settling'));
      });
      return () => {
        cancelAnimationFrame(frame);
        window.clearTimeout(timer);
      };
    },
    [enabled],
  );
}
