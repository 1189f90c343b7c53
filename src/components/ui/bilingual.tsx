import type { ReactNode } from 'react';
import { useStaticMarkup } from '../../hooks/hydration';

/**
 * A label of a prerendered page, with its English twin (`en`: what a reader in English sees in its
 * place). The prerender writes the page for the default reader (Korean labels); for a reader who reads
 * in English, the head script has put `data-reading-language="en"` on <html> before the first paint,
 * and src/app/boot.css shows `data-en` in place of the label until the app arrives. From the render right
 * after hydration on, the label is in the reader's own language and the twin is gone (the elements stay).
 *
 * Each half says its language, so a screen reader reads it in the right voice: by default the label is
 * Korean and the twin English; a place that shows the other language second (the period: the
 * English one after the Korean) swaps them with `swapped`.
 */
export function Bilingual({
  en,
  swapped = false,
  children,
}: {
  en: string;
  swapped?: boolean;
  children: ReactNode;
}) {
  const twin = useStaticMarkup() && en !== children;
  // NOTE: the same two elements in every render, the twin only in the prerender's: a tap on a label (a
  // menu link's) that began on the prerender's element must end on the same one, or the browser fires
  // no click (a link tapped while the app was starting was lost that way).
  return (
    <span data-en={twin ? en : undefined} lang={twin ? (swapped ? 'ko' : 'en') : undefined}>
      <span lang={twin ? (swapped ? 'en' : 'ko') : undefined}>{children}</span>
    </span>
  );
}
