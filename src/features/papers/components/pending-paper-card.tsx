import { Link } from 'react-router-dom';
import type { Paper } from '../../../data/schema';
import { keepTogether } from '../../../components/markdown/markdown';
import { paperAnchorId, paperTitles } from '../paper-text';

/**
 * A paper further down an issue, before its full card is rendered (issue-view.tsx renders the cards
 * after the first few in small batches once the page is up): its number and titles, linked to its own
 * page. The prerendered page carries these, which keeps its HTML small enough to arrive in the first
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
  href: string;
}) {
  const { primary, secondary } = paperTitles(paper, 'ko');
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
        <h3 id={titleId} className="paper-card__title" lang={primary.lang}>
          <Link to={href}>{keepTogether(primary.text)}</Link>
        </h3>
        {secondary && (
          <p className="paper-card__subtitle" lang={secondary.lang}>
            {keepTogether(secondary.text)}
          </p>
        )}
      </header>
    </article>
  );
}
