import type { ReactNode } from 'react';
import type { Issue } from '../../../data/schema';
import type { InterfaceLanguage } from '../../../lib/reading-language';
import type { InterfaceText } from '../../../lib/interface-text';
import { formatPeriodEn, formatPeriodKo } from '../../../lib/format-date/period';
import { interfaceText } from '../../../lib/interface-text';
import { Bilingual } from '../../../components/ui/bilingual';

const english = interfaceText('en');

/** The digest titles start with the period in brackets ("[2025/10/20 ~ 26] …"); the header shows the period itself. */
export function displayIssueTitle(title: string): string {
  return title.replace(/^\s*\[[^\]]*\]\s*/, '').trim() || title;
}

interface IssueHeaderProps {
  issue: Pick<Issue, 'id' | 'title' | 'period' | 'source' | 'likes'>;
  text: InterfaceText;
  uiLanguage: InterfaceLanguage;
  /** The library's issue like button and reading progress, composed by the route. */
  actions?: ReactNode;
}

export function IssueHeader({ issue, text, uiLanguage, actions }: IssueHeaderProps) {
  const ko = formatPeriodKo(issue.period);
  const en = formatPeriodEn(issue.period);
  const [first, second] = uiLanguage === 'en' ? [en, ko] : [ko, en];
  return (
    <div className="issue-header">
      <p className="issue-header__period">
        <time dateTime={issue.period.start} lang={uiLanguage}>
          <Bilingual en={en}>{first}</Bilingual>
        </time>
        <span className="issue-header__period-other" lang={uiLanguage === 'en' ? 'ko' : 'en'}>
          <Bilingual en={ko} swapped>
            {second}
          </Bilingual>
        </span>
      </p>
      <h1 className="issue-header__title" lang="ko">
        {displayIssueTitle(issue.title)}
      </h1>
      <div className="issue-header__meta">
        {issue.source && (
          <a
            href={issue.source}
            target="_blank"
            rel="noopener noreferrer"
            className="issue-header__source"
          >
            {text.source}
            <span aria-hidden="true"> ↗</span>
          </a>
        )}
        {/* The forum's count, apart from the reader's own like (in actions): a like counts on the
            forum only when given there, so the count links to the thread when we know it. */}
        {issue.likes !== null &&
          (issue.source ? (
            <a
              href={issue.source}
              target="_blank"
              rel="noopener noreferrer"
              className="issue-header__forum-likes"
            >
              <Bilingual en={english.forumLikes(issue.likes)}>
                {text.forumLikes(issue.likes)}
              </Bilingual>
              <span aria-hidden="true"> ↗</span>
            </a>
          ) : (
            <span className="issue-header__forum-likes">
              <Bilingual en={english.forumLikes(issue.likes)}>
                {text.forumLikes(issue.likes)}
              </Bilingual>
            </span>
          ))}
        {actions}
      </div>
    </div>
  );
}
