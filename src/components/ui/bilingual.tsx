import type { ReactNode } from 'react';
import { useStaticMarkup } from '../../hooks/hydration';

/**
 * A label of a prerendered page, with its English twin (`en`: what a reader in English sees in its
 * place). The prerender writes the page for the default reader (Korean labels); for a reader who reads
 * in English, the head script has put `data-reading-language="en"` on <html> before the first paint,
 * and src/app/boot.css shows `data-en` in place of the label until the app arrives. From the render right after hydration on, the label is
 * plain text in the reader's own language and the twin is gone.
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
  const staticMarkup = useStaticMarkup();
  if (!staticMarkup || en === children) return children;
  return (
    <span data-en={en} lang={swapped ? 'ko' : 'en'}>
      <span lang={swapped ? 'en' : 'ko'}>{children}</span>
    </span>
  );
}
