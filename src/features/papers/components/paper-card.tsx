import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { Paper } from '../../../data/schema';
import { Markdown, keepTogether } from '../../../components/markdown/markdown';
import { LanguageSwitch } from '../../../components/ui/language-switch';
import type { InterfaceText } from '../../../lib/interface-text';
import type { ReadingLanguage } from '../../../lib/reading-language';
import { arxivLinks, linkLabel, paperAbstracts, paperAnchorId, paperTitles } from '../paper-text';
import { STATIC_CARD_ATTRIBUTE } from '../../../config/prerender-contract';
import { useStaticMarkup } from '../../../hooks/hydration';
import { useAfterFirstPaint } from '../use-after-first-paint';
import { interfaceText } from '../../../lib/interface-text';
import { Bilingual } from '../../../components/ui/bilingual';

const english = interfaceText('en');

interface PaperCardProps {
  paper: Paper;
  /** The page-wide reading language; the card may override it for itself. */
  language: ReadingLanguage;
  text: InterfaceText;
  /** 1-based position in the issue, shown as a small number. */
  position?: number;
  /** The paper's own page; when given the title links there. */
  href?: string;
  /** h3 on the issue page, h1 on the paper's own page. */
  headingLevel?: 1 | 2 | 3;
  /** Like / bookmark / read toggles, composed by the route (the library feature provides them). */
  actions?: ReactNode;
}

/** One paper: titles in both languages, the Korean summary, the abstract(s) and the links. */
export function PaperCard({
  paper,
  language,
  text,
  position,
  href,
  headingLevel = 3,
  actions,
}: PaperCardProps) {
  const [override, setOverride] = useState<ReadingLanguage | null>(null);
  const effective = override ?? language;
  const titles = paperTitles(paper, effective);
  const abstracts = paperAbstracts(paper, effective);
  const wantedMissing = effective !== 'both' && abstracts.some((item) => item.fallback);
  // Every abstract the card can show is rendered once the page is idle and then only hidden or
  // shown, so switching language is an attribute change instead of parsing Markdown and KaTeX again.
  const idle = useAfterFirstPaint();
  // Marks the card as the prerender wrote it, until its hydration is over: until then the reader's own
  // language is shown by styles (src/app/boot.css), from then on by this component.
  const staticMarkup = useStaticMarkup();
  const columns = (idle ? paperAbstracts(paper, 'both') : abstracts).map((item) => ({
    ...item,
    visible: abstracts.some((shown) => shown.lang === item.lang),
  }));
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h2' | 'h3' | 'h4';
  const titleId = `${paperAnchorId(paper.id)}-title`;
  const readOn = arxivLinks(paper);

  const summarySection = paper.summary.trim() !== '' && (
    <section
      key="summary"
      className={
        effective === 'en'
          ? 'paper-card__section paper-card__section--aside'
          : 'paper-card__section'
      }
    >
      <Sub className="paper-card__label">
        <Bilingual en={english.paperSummary}>{text.paperSummary}</Bilingual>
      </Sub>
      <Markdown text={paper.summary} lang="ko" />
    </section>
  );
  const abstractSection = abstracts.length > 0 && (
    <section key="abstract" className="paper-card__section">
      <Sub className="paper-card__label">
        <Bilingual en={english.abstract}>{text.abstract}</Bilingual>
      </Sub>
      {wantedMissing && <p className="paper-card__note">{text.missingAbstract}</p>}
      <div className={abstracts.length > 1 ? 'abstracts abstracts--both' : 'abstracts'}>
        {columns.map((item) => (
          <div key={item.lang} className="abstracts__column" hidden={!item.visible}>
            {abstracts.length > 1 && (
              <p className="abstracts__language">
                {item.lang === 'ko' ? text.abstractKo : text.abstractEn}
              </p>
            )}
            <Markdown text={item.text} lang={item.lang} />
          </div>
        ))}
      </div>
    </section>
  );

  return (
    <article
      id={paperAnchorId(paper.id)}
      className="paper-card"
      data-language={effective}
      {...{ [STATIC_CARD_ATTRIBUTE]: staticMarkup ? '' : undefined }}
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
        <Heading id={titleId} className="paper-card__title" lang={titles.primary.lang}>
          {href ? (
            <Link to={href}>{keepTogether(titles.primary.text)}</Link>
          ) : (
            keepTogether(titles.primary.text)
          )}
        </Heading>
        {titles.secondary && (
          <p className="paper-card__subtitle" lang={titles.secondary.lang}>
            {keepTogether(titles.secondary.text)}
          </p>
        )}
        {paper.arxiv && paper.arxiv.authors.length > 0 && (
          <p className="paper-card__authors">
            <span className="visually-hidden">{text.authorsLabel}: </span>
            {/* The paper's own page names everyone; a card in the issue stays short. */}
            {text.authors(paper.arxiv.authors, headingLevel === 1)}
          </p>
        )}
      </header>

      <div className="paper-card__toolbar">
        <LanguageSwitch
          className="segmented--small"
          value={effective}
          onChange={(next) => setOverride(next === language ? null : next)}
          text={text}
          legend={<Bilingual en={english.cardLanguageShort}>{text.cardLanguageShort}</Bilingual>}
        />
        {override !== null && (
          <button type="button" className="link-button" onClick={() => setOverride(null)}>
            {text.followGlobal}
          </button>
        )}
      </div>

      {paper.missing.length > 0 && (
        <p className="paper-card__missing">
          <span className="badge">{text.missingParts}</span>{' '}
          {paper.missing.map((part) => text.missingPart(part)).join(', ')}
        </p>
      )}

      {/* English leads in English: its abstract first, the Korean summary after it, labelled and in
          smaller type. Keyed, so a language switch moves the two sections instead of rebuilding them. */}
      {effective === 'en' ? [abstractSection, summarySection] : [summarySection, abstractSection]}

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
                <Bilingual en={english.paperLink}>{text.paperLink}</Bilingual>
                <span className="visually-hidden" lang={paper.titleEn ? 'en' : 'ko'}>
                  : {paper.titleEn || paper.titleKo}
                </span>
              </a>
            </li>
          )}
          {readOn && (
            <li className="paper-card__read-on">
              <ul aria-label={text.readOn(paper.titleEn || paper.titleKo)}>
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
              <span className="paper-card__more-label">{text.moreLinks}</span>
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
}
