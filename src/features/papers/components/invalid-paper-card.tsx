import type { InterfaceText } from '../../../lib/interface-text';

/** Stands in, at its place in the list, for a paper whose data failed validation. */
export function InvalidPaperCard({
  position,
  title,
  problem,
  text,
}: {
  position: number;
  title: string | null;
  problem: string;
  text: InterfaceText;
}) {
  return (
    <article
      className="paper-card paper-card--invalid"
      aria-label={text.invalidPaperTitle(position)}
    >
      <p className="paper-card__invalid-title">
        <span className="badge badge--warning">{text.invalidPaperTitle(position)}</span>
        {title && <span lang="en"> {title}</span>}
      </p>
      <p>{text.invalidPaper}</p>
      <details>
        <summary>{text.errorDetails}</summary>
        <p>
          <code>{problem}</code>
        </p>
      </details>
    </article>
  );
}
