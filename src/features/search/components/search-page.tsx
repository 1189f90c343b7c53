import { useState, type KeyboardEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { formatPeriodDotted } from '../../../lib/format-date/compact';
import { interfaceLanguageOf, type ReadingLanguage } from '../../../lib/reading-language';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { EXAMPLE_QUERIES, searchText, type SearchText } from '../search-text';
import { useSearchEngine, useSearchResults } from '../use-search';
import { RESULT_LINK_ATTRIBUTE, SEARCH_INPUT_ID } from './search-box';
import { SearchResultItem } from './search-result-item';
import './search.css';

const PAGE_SIZE = 20;

/**
 * `/search?q=...&issue=...`: the results for the query in the URL (the header's search box writes it).
 * Arrow keys move from the box through the result links; Enter opens the focused one.
 */
export function SearchPage({ language }: { language: ReadingLanguage }) {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const issueId = params.get('issue') ?? '';
  const text = searchText(interfaceLanguageOf(language));
  const hasQuery = query.trim() !== '';
  useDocumentTitle(hasQuery ? text.documentTitle(query.trim()) : text.pageTitle);

  // "Show more" belongs to one query; a new query starts from the first page again.
  const [more, setMore] = useState({ query, limit: PAGE_SIZE });
  const limit = more.query === query ? more.limit : PAGE_SIZE;

  const engine = useSearchEngine(hasQuery);
  const results = useSearchResults(engine.data, {
    query,
    issueId: issueId || undefined,
    limit,
  });
  const response = hasQuery ? results.data : undefined;

  const setIssue = (next: string) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next) updated.set('issue', next);
        else updated.delete('issue');
        return updated;
      },
      { replace: true, preventScrollReset: true },
    );

  const issueLabel = (id: string) => {
    const summary = engine.data?.issues.find((issue) => issue.id === id);
    return formatPeriodDotted(id, summary?.period.end ?? '');
  };

  let status = '';
  if (hasQuery && engine.isPending) status = text.preparing;
  // The previous query's results stay on screen meanwhile, but never its count under the new query.
  else if (hasQuery && results.isPlaceholderData) status = text.searching;
  else if (response && response.total > 0) {
    status = issueId
      ? text.foundInIssue(response.total, issueLabel(issueId))
      : text.found(response.total);
  } else if (response) status = text.nothingFound(query.trim());

  const onResultsKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const target = event.target as HTMLElement;
    if (!target.hasAttribute(RESULT_LINK_ATTRIBUTE)) return;
    const links = [
      ...event.currentTarget.querySelectorAll<HTMLElement>(`[${RESULT_LINK_ATTRIBUTE}]`),
    ];
    const at = links.indexOf(target);
    let next: HTMLElement | null | undefined;
    if (event.key === 'ArrowDown') next = links[at + 1];
    else if (event.key === 'ArrowUp')
      next = at > 0 ? links[at - 1] : document.getElementById(SEARCH_INPUT_ID);
    else if (event.key === 'Home') next = links[0];
    else if (event.key === 'End') next = links[links.length - 1];
    else return;
    event.preventDefault();
    next?.focus();
  };

  return (
    <section className="search-page" aria-labelledby="search-heading">
      <h1 id="search-heading" className="search-page__heading">
        {hasQuery ? text.resultsHeading(query.trim()) : text.heading}
      </h1>
      <p role="status" aria-live="polite" className="search-page__status">
        {status}
      </p>

      {!hasQuery && (
        <div className="search-page__empty">
          <p>{text.intro}</p>
          <Examples text={text} />
        </div>
      )}

      {hasQuery && engine.isError && (
        <div role="alert" className="search-page__problem">
          <p>{text.loadFailed}</p>
          <button type="button" onClick={() => void engine.refetch()}>
            {text.retry}
          </button>
        </div>
      )}
      {hasQuery && results.isError && (
        <div role="alert" className="search-page__problem">
          <p>{text.searchFailed}</p>
          <button type="button" onClick={() => void results.refetch()}>
            {text.retry}
          </button>
        </div>
      )}
      {engine.data && engine.data.failedIssueIds.length > 0 && (
        <p className="search-page__notice">{text.someIssuesMissing(engine.data.failedIssueIds)}</p>
      )}

      {response && (response.perIssue.length > 1 || issueId) && (
        <div className="search-page__filter">
          <label htmlFor="search-issue-filter">{text.issueFilter}</label>
          <select
            id="search-issue-filter"
            value={issueId}
            onChange={(event) => setIssue(event.target.value)}
          >
            <option value="">
              {text.allIssues(response.perIssue.reduce((sum, entry) => sum + entry.count, 0))}
            </option>
            {issueId && !response.perIssue.some((entry) => entry.issueId === issueId) && (
              <option value={issueId}>{text.issueOption(issueLabel(issueId), 0)}</option>
            )}
            {response.perIssue.map((entry) => (
              <option key={entry.issueId} value={entry.issueId}>
                {text.issueOption(issueLabel(entry.issueId), entry.count)}
              </option>
            ))}
          </select>
        </div>
      )}

      {response && response.total > 0 && (
        <>
          <p className="search-page__hint">{text.keyboardHint}</p>
          <ol
            className="search-results"
            aria-label={text.results}
            aria-busy={results.isPlaceholderData}
            onKeyDown={onResultsKeyDown}
          >
            {response.hits.map((hit) => (
              <SearchResultItem key={hit.id} hit={hit} language={language} text={text} />
            ))}
          </ol>
          {response.hits.length < response.total && (
            <button
              type="button"
              className="search-page__more"
              onClick={() => setMore({ query, limit: limit + PAGE_SIZE })}
            >
              {text.showMore(response.hits.length, response.total)}
            </button>
          )}
        </>
      )}

      {response && response.total === 0 && (
        <div className="search-page__empty">
          <p>{text.nothingFoundTips}</p>
          {issueId && (
            <p>
              <button type="button" onClick={() => setIssue('')}>
                {text.searchAllIssues}
              </button>
            </p>
          )}
          <Examples text={text} />
        </div>
      )}
    </section>
  );
}

function Examples({ text }: { text: SearchText }) {
  return (
    <nav aria-label={text.tryThese} className="search-page__examples">
      <span aria-hidden="true">{text.tryThese}:</span>
      <ul>
        {EXAMPLE_QUERIES.map((example) => (
          <li key={example}>
            <Link to={paths.search(example)}>{example}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
