import { Link } from 'react-router-dom';
import { paths } from '../../../config/paths';
import { formatPeriodDotted } from '../../../lib/format-date/compact';
import type { ReadingLanguage } from '../../../lib/reading-language';
import type { SearchHit } from '../search-types';
import type { SearchText } from '../search-text';
import { HighlightedText } from './highlighted-text';
import { RESULT_LINK_ATTRIBUTE } from './search-box';

export function SearchResultItem({
  hit,
  language,
  text,
}: {
  hit: SearchHit;
  language: ReadingLanguage;
  text: SearchText;
}) {
  const period = formatPeriodDotted(hit.issueId, hit.issueEnd);
  const englishFirst = language === 'en' && hit.titleEn.length > 0;
  const primary = englishFirst || hit.titleKo.length === 0 ? hit.titleEn : hit.titleKo;
  const secondary = primary === hit.titleEn ? hit.titleKo : hit.titleEn;
  const primaryLang = primary === hit.titleEn ? 'en' : 'ko';
  const snippets =
    language === 'both'
      ? [
          { lang: 'ko', segments: hit.snippetKo },
          { lang: 'en', segments: hit.snippetEn },
        ]
      : [
          language === 'en' && hit.snippetEn.length > 0
            ? { lang: 'en', segments: hit.snippetEn }
            : { lang: 'ko', segments: hit.snippetKo },
        ];
  return (
    <li className="search-result">
      <p className="search-result__meta">
        <Link to={paths.issue(hit.issueId)} className="search-result__issue">
          {text.issueLink(period)}
        </Link>
        <span aria-hidden="true"> · </span>
        <span>{text.matchedIn[hit.matchedIn]}</span>
      </p>
      <h2 className="search-result__title">
        <Link
          to={paths.paper(hit.issueId, hit.paperId)}
          lang={primaryLang}
          {...{ [RESULT_LINK_ATTRIBUTE]: '' }}
        >
          <HighlightedText segments={primary} />
        </Link>
      </h2>
      {secondary.length > 0 && (
        <p className="search-result__subtitle" lang={primaryLang === 'en' ? 'ko' : 'en'}>
          <HighlightedText segments={secondary} />
        </p>
      )}
      {snippets
        .filter((snippet) => snippet.segments.length > 0)
        .map((snippet) => (
          <p key={snippet.lang} className="search-result__snippet" lang={snippet.lang}>
            <HighlightedText segments={snippet.segments} />
          </p>
        ))}
    </li>
  );
}
