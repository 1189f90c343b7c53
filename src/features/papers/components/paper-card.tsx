import { memo, useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import type { Paper } from '../../../data/schema';
import { Markdown } from '../../../components/markdown/markdown';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import { Translated } from '../../../components/ui/translated';
import { shownAuthors } from '../../../lib/author-line';
import { interfaceText } from '../../../lib/interface-text';
import type { ReadingLanguage } from '../../../lib/reading-language';
import { shownReadingLanguage } from '../../../lib/shown-language';
import { STATIC_CARD_ATTRIBUTE } from '../../../config/prerender-contract';
import { useStaticMarkup } from '../../../hooks/hydration';
import { useShownReadingLanguage } from '../../../hooks/use-shown-language';
import { arxivLinks, linkLabel, paperAbstracts, paperAnchorId } from '../paper-text';
import { useAbstractsToRender } from '../use-abstracts-to-render';
import { PaperTitles } from './paper-titles';
import './paper-card-language.css';

const korean = interfaceText('ko');
const english = interfaceText('en');

/** A label of the card in both interface languages (the page shows one: translated.tsx). */
function Label({ of }: { of: (text: typeof korean) => ReactNode }) {
  return <Translated ko={of(korean)} en={of(english)} />;
}

interface PaperCardProps {
  paper: Paper;
  /** 1-based position in the issue, shown as a small number. */
  position?: number;
  /** The paper's own page (the address's query is added to it); when given the title links there. */
  href?: string;
  /** h3 on the issue page, h1 on the paper's own page. */
  headingLevel?: 1 | 2 | 3;
  /** Like / bookmark / read toggles, composed by the route (the library feature provides them). */
  actions?: ReactNode;
}

/**
 * One paper: titles in both languages, the Korean summary, the abstract(s) and the links.
 *
 * The card is written in every language it has, and its styles show the reader's
 * (paper-card-language.css: the page's language on <html>, or the card's own choice on the card). So a
 * language switch renders no card again: only the card's own language radios follow it. The
 * prerendered card is the same markup before and after the app takes over.
 */
export const PaperCard = memo(function PaperCard({
  paper,
  position,
  href,
  headingLevel = 3,
  actions,
}: PaperCardProps) {
  // The reader's choice for this card alone (null: the page's).
  const [override, setOverride] = useState<ReadingLanguage | null>(null);
  const titleId = `${paperAnchorId(paper.id)}-title`;
  const readOn = arxivLinks(paper);
  const Sub = `h${headingLevel + 1}` as 'h2' | 'h3' | 'h4';
  // The paper's own page names everyone; a card in the issue stays short.
  const authors = shownAuthors(paper.arxiv?.authors ?? [], headingLevel === 1);
  const abstracts = paperAbstracts(paper);
  const pair = abstracts.length > 1;
  const rendered = useAbstractsToRender(abstracts, override);
  // With one abstract only, it is shown in every language, with a note where it is not the one asked for.
  const onlyAbstract = pair ? undefined : abstracts[0];

  const summarySection = paper.summary.trim() !== '' && (
    <section className="paper-card__section paper-card__section--summary">
      <Sub className="paper-card__label">
        <Label of={(text) => text.paperSummary} />
      </Sub>
      <Markdown text={paper.summary} lang="ko" />
    </section>
  );
  const abstractSection = abstracts.length > 0 && (
    <section className="paper-card__section paper-card__section--abstract">
      <Sub className="paper-card__label">
        <Label of={(text) => text.abstract} />
      </Sub>
      {onlyAbstract && (
        <p className="paper-card__note" data-shown-in={onlyAbstract.lang === 'ko' ? 'en' : 'ko'}>
          <Label of={(text) => text.missingAbstract} />
        </p>
      )}
      <div className="abstracts" data-pair={pair || undefined}>
        {abstracts.map((item) => (
          <div
            key={item.lang}
            className="abstracts__column"
            data-shown-in={pair ? `${item.lang} both` : undefined}
          >
            {pair && (
              <p className="abstracts__language" data-shown-in="both">
                <Label of={(text) => (item.lang === 'ko' ? text.abstractKo : text.abstractEn)} />
              </p>
            )}
            {rendered.has(item.lang) && <Markdown text={item.text} lang={item.lang} />}
          </div>
        ))}
      </div>
    </section>
  );

  return (
    <article
      id={paperAnchorId(paper.id)}
      className="paper-card"
      data-language={override ?? undefined}
      aria-labelledby={titleId}
      tabIndex={-1}
      data-paper-id={paper.id}
    >
      <header className="paper-card__header">
        {position !== undefined && (
          <span className="paper-card__number" aria-hidden="true">
            {String(position).padStart(2, '0')}
          </span>
        )}
        <PaperTitles paper={paper} titleId={titleId} headingLevel={headingLevel} href={href} />
        {authors.names !== '' && (
          <p className="paper-card__authors">
            <span className="visually-hidden">
              <Label of={(text) => text.authorsLabel} />:{' '}
            </span>
            {/* arXiv's names, in Latin script: read in that voice, not the label's. */}
            <span lang="en">{authors.names}</span>
            {authors.more > 0 && <Label of={(text) => text.moreAuthors(authors.more)} />}
          </p>
        )}
      </header>

      <div className="paper-card__toolbar">
        <CardLanguageSwitch override={override} onChange={setOverride} />
        {override !== null && (
          <button type="button" className="link-button" onClick={() => setOverride(null)}>
            <Label of={(text) => text.followGlobal} />
          </button>
        )}
      </div>

      {paper.missing.length > 0 && (
        <p className="paper-card__missing">
          <Label
            of={(text) => (
              <>
                <span className="badge">{text.missingParts}</span>{' '}
                {paper.missing.map((part) => text.missingPart(part)).join(', ')}
              </>
            )}
          />
        </p>
      )}

      {/* In English the abstract comes first and the Korean summary after it (paper-card-language.css). */}
      {summarySection}
      {abstractSection}

      <footer className="paper-card__footer">
        <ul className="paper-card__links">
          {paper.paperUrl && (
            <li>
              <a
                className="button button--primary"
                href={paper.paperUrl}
                target="_blank"
                rel="noopener noreferrer"
              >
                <Label of={(text) => text.paperLink} />
                <span className="visually-hidden" lang={paper.titleEn ? 'en' : 'ko'}>
                  : {paper.titleEn || paper.titleKo}
                </span>
              </a>
            </li>
          )}
          {readOn && (
            <li className="paper-card__read-on">
              {/* Said before the list (naming the list by it would say it twice). */}
              <span className="visually-hidden">
                <Label
                  of={({ readOn: [before, after] }) => (
                    <>
                      {before}
                      <span lang={paper.titleEn ? 'en' : 'ko'}>
                        {paper.titleEn || paper.titleKo}
                      </span>
                      {after}
                    </>
                  )}
                />
              </span>
              <ul>
                {[
                  ['arXiv', readOn.abs],
                  ['PDF', readOn.pdf],
                  ['Hugging Face', readOn.huggingFace],
                  ['alphaXiv', readOn.alphaXiv],
                ].map(
                  ([label, url]) =>
                    url && (
                      <li key={label}>
                        <a href={url} target="_blank" rel="noopener noreferrer">
                          {label}
                        </a>
                      </li>
                    ),
                )}
              </ul>
            </li>
          )}
          {paper.moreLinks.length > 0 && (
            <li className="paper-card__more">
              <span className="paper-card__more-label">
                <Label of={(text) => text.moreLinks} />
              </span>
              <ul>
                {paper.moreLinks.map((link) => (
                  <li key={link.url}>
                    <a href={link.url} target="_blank" rel="noopener noreferrer">
                      {linkLabel(link)}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          )}
        </ul>
        {actions && <div className="paper-card__actions">{actions}</div>}
      </footer>
    </article>
  );
});

/**
 * The card's own 한국어 / English / 둘 다: its value is the card's choice, else the page's language, so
 * this is the one part of a card that renders again when the page's language changes (a radio's
 * checked state is not a style). It follows a switch a moment later (deferred), after the cards have
 * changed by their styles; until then, as before hydration, `data-static` lets the styles show the
 * page's language on it (src/app/boot.css). Its words are in both languages, like the rest of the card.
 */
function CardLanguageSwitch({
  override,
  onChange,
}: {
  override: ReadingLanguage | null;
  onChange: (language: ReadingLanguage | null) => void;
}) {
  const shown = useShownReadingLanguage();
  const page = useDeferredValue(shown);
  const staticMarkup = useStaticMarkup();
  const behind = staticMarkup || (override === null && page !== shown);
  const value = override ?? page;
  return useMemo(
    () => (
      <div
        className="paper-card__language"
        {...{ [STATIC_CARD_ATTRIBUTE]: behind ? '' : undefined }}
      >
        <LanguageSwitch
          className="segmented--small"
          value={value}
          // The page's language as it is at the tap, not as this part last rendered it.
          onChange={(next) => onChange(next === shownReadingLanguage() ? null : next)}
          text={korean}
          legend={<Label of={(text) => text.cardLanguageShort} />}
          bothLabel={<Label of={(text) => text.languageBoth} />}
        />
      </div>
    ),
    [value, behind, onChange],
  );
}
