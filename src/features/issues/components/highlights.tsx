import type { ReactNode } from 'react';
import type { Highlight } from '../../../data/schema';
import { Markdown, keepTogether } from '../../../components/markdown/markdown';
import type { InterfaceText } from '../../../lib/interface-text';
import { interfaceText } from '../../../lib/interface-text';
import { Bilingual } from '../../../components/ui/bilingual';

const english = interfaceText('en');

interface HighlightsProps {
  highlights: Highlight[];
  /** Ids of the papers shown on the page; mentions of anything else stay plain text. */
  paperIds: ReadonlySet<string>;
  /** The fragment (`#…`) of a paper's card. */
  anchorFor: (paperId: string) => string;
  renderPaperLink: (href: string, children: ReactNode) => ReactNode;
  text: InterfaceText;
}

/** The week's themes (:one: :two: :three:), each naming papers that link to their cards. */
export function Highlights({
  highlights,
  paperIds,
  anchorFor,
  renderPaperLink,
  text,
}: HighlightsProps) {
  if (highlights.length === 0) return null;
  return (
    <section className="highlights" aria-labelledby="highlights-title">
      <h2 id="highlights-title">
        <Bilingual en={english.highlights}>{text.highlights}</Bilingual>
      </h2>
      <ol className="highlights__list">
        {highlights.map((highlight) => (
          <li key={highlight.number} className="highlight">
            <h3 className="highlight__title" lang="ko">
              <span className="highlight__number" aria-hidden="true">
                {highlight.number}
              </span>
              <span className="visually-hidden">{highlight.number}. </span>
              {keepTogether(highlight.title)}
            </h3>
            <Markdown
              lang="ko"
              text={highlight.body}
              linkPhrases={highlight.mentions
                .filter((mention) => paperIds.has(mention.paperId))
                .map((mention) => ({ text: mention.text, href: anchorFor(mention.paperId) }))}
              renderFragmentLink={renderPaperLink}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
