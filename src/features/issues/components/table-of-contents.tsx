import type { ReactNode } from 'react';
import { keepTogether } from '../../../components/markdown/markdown';
import type { InterfaceText } from '../../../lib/interface-text';
import { interfaceText } from '../../../lib/interface-text';
import { Bilingual } from '../../../components/ui/bilingual';

const english = interfaceText('en');

export interface ContentsEntry {
  anchor: string;
  title: string;
  lang: string;
  /** The English title, where it differs: the twin a reader in English sees before the app (Bilingual). */
  titleEn?: string;
}

/**
 * A compact numbered list of the papers, linking to their cards. A long issue's list is folded
 * (`folded`): its papers' titles would stand between the highlights and the first paper (200 titles are
 * ten phone screens), and the reading tools' contents list is at hand anyway. Folded natively, so it
 * opens without the app too, and the browser lays out none of it while closed.
 */
export function TableOfContents({
  entries,
  text,
  renderLink,
  folded = false,
}: {
  entries: ContentsEntry[];
  text: InterfaceText;
  renderLink: (href: string, children: ReactNode) => ReactNode;
  folded?: boolean;
}) {
  if (entries.length === 0) return null;
  const list = (
    <ol className="toc__list">
      {entries.map((entry) => (
        <li key={entry.anchor} lang={entry.lang}>
          {renderLink(
            `#${entry.anchor}`,
            entry.titleEn === undefined ? (
              keepTogether(entry.title)
            ) : (
              <Bilingual en={entry.titleEn}>{keepTogether(entry.title)}</Bilingual>
            ),
          )}
        </li>
      ))}
    </ol>
  );
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title" className="toc__title">
        <Bilingual en={english.contents}>{text.contents}</Bilingual>
      </h2>
      {folded ? (
        <details className="toc__fold">
          <summary className="toc__summary">
            <Bilingual en={english.papers(entries.length)}>{text.papers(entries.length)}</Bilingual>
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </nav>
  );
}
