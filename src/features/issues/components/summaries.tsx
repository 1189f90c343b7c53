import type { ReactNode } from 'react';
import type { SummaryItem } from '../../../data/schema';
import { Markdown } from '../../../components/markdown/markdown';
import type { InterfaceText } from '../../../lib/interface-text';

/** The optional per-paper one-liners some weeks carry after the highlights. */
export function Summaries({
  items,
  paperIds,
  anchorFor,
  renderPaperLink,
  titleFor,
  text,
}: {
  items: SummaryItem[];
  paperIds: ReadonlySet<string>;
  titleFor: (paperId: string) => string;
  anchorFor: (paperId: string) => string;
  renderPaperLink: (href: string, children: ReactNode) => ReactNode;
  text: InterfaceText;
}) {
  if (items.length === 0) return null;
  return (
    <section className="summaries" aria-labelledby="summaries-title">
      <h2 id="summaries-title">{text.summaries}</h2>
      <ul>
        {items.map((item, index) => (
          <li key={index}>
            <Markdown lang="ko" text={item.text} />
            {item.paperId && paperIds.has(item.paperId) && (
              <p className="summaries__link">
                {renderPaperLink(anchorFor(item.paperId), `→ ${titleFor(item.paperId)}`)}
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
