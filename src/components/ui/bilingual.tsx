import type { ReactNode } from 'react';
import { useStaticMarkup } from '../../hooks/hydration';

/**
 * A label of a prerendered page, with its English twin. The prerender writes the page for the default
 * reader (Korean labels); for a reader who reads in English, the head script has put
 * `data-reading-language="en"` on <html> before the first paint, and src/app/boot.css shows `data-en` in
 * place of the Korean until the app arrives. From the render right after hydration on, the label is
 * plain text in the reader's own language and the twin is gone.
 */
export function Bilingual({ en, children }: { en: string; children: ReactNode }) {
  const staticMarkup = useStaticMarkup();
  if (!staticMarkup || en === children) return children;
  return (
    <span data-en={en}>
      <span>{children}</span>
    </span>
  );
}
