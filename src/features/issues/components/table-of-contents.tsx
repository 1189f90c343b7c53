import type { ReactNode } from 'react';
import { keepTogether } from '../../../components/markdown/markdown';
import type { InterfaceText } from '../../../lib/interface-text';

export interface ContentsEntry {
  anchor: string;
  title: string;
  lang: string;
}

/** A compact numbered list of the papers, linking to their cards. */
export function TableOfContents({
  entries,
  text,
  renderLink,
}: {
  entries: ContentsEntry[];
  text: InterfaceText;
  renderLink: (href: string, children: ReactNode) => ReactNode;
}) {
  if (entries.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc__title">
        {text.contents}
      </h2>
      <ol className="toc__list">
        {entries.map((entry) => (
          <li key={entry.anchor} lang={entry.lang}>
            {renderLink(`#${entry.anchor}`, keepTogether(entry.title))}
          </li>
        ))}
      </ol>
    </nav>
  );
}
