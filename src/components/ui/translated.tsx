import type { ReactNode } from 'react';
import './translated.css';

/**
 * A label written in both languages, of which the page shows one: the Korean one unless the reader
 * reads in English (`<html data-reading-language="en">`, lib/shown-language.ts; translated.css). Used
 * inside the paper cards, so that a language switch changes an attribute on <html> instead of rendering
 * every card again. The hidden half is display:none: out of sight, out of the accessible name, out of
 * find-in-page and copy. Each half says its language.
 *
 * (Bilingual, beside it, is for labels that render again with the language anyway: it carries its English
 * twin only in the prerendered page.)
 */
export function Translated({ ko, en }: { ko: ReactNode; en: ReactNode }) {
  if (typeof ko === 'string' && ko === en) return ko;
  return (
    <>
      <span lang="ko" data-ui="ko">
        {ko}
      </span>
      <span lang="en" data-ui="en">
        {en}
      </span>
    </>
  );
}
