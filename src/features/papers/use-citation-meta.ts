import { useEffect } from 'react';
import type { Paper } from '../../data/schema';
import { citationMeta } from './citation-meta';

const SELECTOR = 'meta[name^="citation_"]';

/**
 * Keeps the document's `citation_*` meta tags on the paper shown, so a reference manager saves the
 * right paper after in-app navigation too, and removes them when the reader leaves the paper page (a
 * prerendered paper page arrives with them already in its head; they are replaced, not doubled).
 */
export function useCitationMeta(paper: Paper): void {
  useEffect(() => {
    const remove = () => document.head.querySelectorAll(SELECTOR).forEach((tag) => tag.remove());
    remove();
    for (const [name, content] of citationMeta(paper)) {
      const tag = document.createElement('meta');
      tag.name = name;
      tag.content = content;
      document.head.append(tag);
    }
    return remove;
  }, [paper]);
}
