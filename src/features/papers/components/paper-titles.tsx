import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Paper } from '../../../data/schema';
import { keepTogether } from '../../../components/markdown/markdown';
import { useLinkSearch } from '../../../hooks/use-link-search';
import { paperTitles, type LocalizedText } from '../paper-text';

/**
 * A card's heading and the title beneath it, in every reading language at once: Korean first for a
 * reader in Korean or both, English first for one in English (paper-card-language.css shows the one
 * that applies). Each title says its language; a heading that is the same in every order (a paper with
 * one title only) is written once. The heading links to the paper's page when `href` is given.
 */
export function PaperTitles({
  paper,
  titleId,
  headingLevel,
  href,
  withSubtitle = true,
}: {
  paper: Pick<Paper, 'titleKo' | 'titleEn' | 'id'>;
  titleId: string;
  headingLevel: 1 | 2 | 3;
  href?: string;
  /** The other language's title beneath the heading (a placeholder card leaves it out). */
  withSubtitle?: boolean;
}) {
  const ko = paperTitles(paper, 'ko');
  const en = paperTitles(paper, 'en');
  const Heading = `h${headingLevel}` as const;
  const samePrimary = same(ko.primary, en.primary);
  const primary = samePrimary ? (
    <Title text={ko.primary} />
  ) : (
    <>
      <Title text={ko.primary} shownIn="ko both" />
      <Title text={en.primary} shownIn="en" />
    </>
  );
  const subtitles = withSubtitle
    ? [
        { text: ko.secondary, shownIn: 'ko both' },
        { text: en.secondary, shownIn: 'en' },
      ]
    : [];
  return (
    <>
      <Heading id={titleId} className="paper-card__title">
        {href ? <TitleLink to={href}>{primary}</TitleLink> : primary}
      </Heading>
      {subtitles.map(
        ({ text, shownIn }) =>
          text && (
            <p
              key={shownIn}
              className="paper-card__subtitle"
              lang={text.lang}
              data-shown-in={shownIn}
            >
              {keepTogether(text.text)}
            </p>
          ),
      )}
    </>
  );
}

function same(a: LocalizedText, b: LocalizedText): boolean {
  return a.text === b.text && a.lang === b.lang;
}

function Title({ text, shownIn }: { text: LocalizedText; shownIn?: string }) {
  return (
    <span lang={text.lang} data-shown-in={shownIn}>
      {keepTogether(text.text)}
    </span>
  );
}

/**
 * The link to the paper's page, carrying the address's query (a shared link's `?lang=`) on. Only this
 * link renders again when the address changes, not the card around it.
 */
function TitleLink({ to, children }: { to: string; children: ReactNode }) {
  const search = useLinkSearch();
  return <Link to={to + search}>{children}</Link>;
}
