import type { Paper } from '../../../data/schema';
import { paperAnchorId } from '../paper-text';
import { PaperTitles } from './paper-titles';

/**
 * A paper further down an issue, before its full card is rendered (issue-view.tsx renders the cards
 * after the first few in small batches once the page is up): its number and title, linked to its own
 * page (the title in the other language comes with the full card: a 200-paper week's HTML is a fifth
 * smaller without it). The prerendered page carries these, which keeps its HTML small enough to arrive in the first
 * round trips (and a 200-paper week quick to parse); a reader without JavaScript still sees every paper
 * and follows the link to it in full.
 * Same anchor as the full card, so a link to the paper lands here and stays put when it fills in.
 */
export function PendingPaperCard({
  paper,
  position,
  href,
}: {
  paper: Paper;
  position: number;
  /** The paper's page (the address's query is added to it). */
  href: string;
}) {
  const titleId = `${paperAnchorId(paper.id)}-title`;
  return (
    <article
      id={paperAnchorId(paper.id)}
      className="paper-card paper-card--pending"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-paper-id={paper.id}
    >
      <header className="paper-card__header">
        <span className="paper-card__number" aria-hidden="true">
          {String(position).padStart(2, '0')}
        </span>
        <PaperTitles
          paper={paper}
          titleId={titleId}
          headingLevel={3}
          href={href}
          withSubtitle={false}
        />
      </header>
    </article>
  );
}
