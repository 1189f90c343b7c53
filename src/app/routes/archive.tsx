import { Link } from 'react-router-dom';
import { paths } from '../../config/paths';
import { ErrorState } from '../../components/ui/error-state';
import { LoadingStatus, SkeletonLines } from '../../components/ui/skeleton';
import { issueIndexQueryOptions, useIssueIndex } from '../../features/issues/api/get-issue-index';
import { displayIssueTitle } from '../../features/issues/components/issue-header';
import { describeFailure } from '../../features/issues/describe-failure';
import { formatPeriodEn, formatPeriodKo } from '../../features/issues/format-period';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useInterfaceText } from '../../lib/use-interface-text';
import type { PrepareRoute } from '../router';

export const prepare: PrepareRoute = async (_params, queryClient) => {
  await queryClient.fetchQuery(issueIndexQueryOptions());
};

export default function ArchiveRoute() {
  const index = useIssueIndex();
  const [text, uiLanguage] = useInterfaceText();
  useDocumentTitle(text.archiveTitle);

  return (
    <section className="page archive" aria-labelledby="archive-title" aria-busy={index.isPending}>
      <h1 id="archive-title">{text.archiveTitle}</h1>
      <p className="archive__intro">{text.archiveIntro}</p>
      {index.isPending && (
        <>
          <LoadingStatus label={text.loadingIndex} />
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
      {index.data && index.data.issues.length > 0 && (
        <ol className="archive__list">
          {index.data.issues.map((issue) => {
            const ko = formatPeriodKo(issue.period);
            const en = formatPeriodEn(issue.period);
            return (
              <li key={issue.id} className="archive__item">
                <Link to={paths.issue(issue.id)} className="archive__link">
                  <span className="archive__period">{uiLanguage === 'en' ? en : ko}</span>
                  <span className="archive__title" lang="ko">
                    {displayIssueTitle(issue.title)}
                  </span>
                </Link>
                <p className="archive__meta">
                  <span lang={uiLanguage === 'en' ? 'ko' : 'en'}>
                    {uiLanguage === 'en' ? ko : en}
                  </span>
                  <span>{text.paperCount(issue.paperCount)}</span>
                  {issue.likes !== null && <span>{text.likesCount(issue.likes)}</span>}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
