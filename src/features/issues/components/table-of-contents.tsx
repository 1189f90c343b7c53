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
        <Bilingual en={english.contents}>{text.contents}</Bilingual>
      </h2>
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
    </nav>
  );
}
