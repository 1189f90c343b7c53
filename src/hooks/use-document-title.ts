import { createContext, useContext, useEffect } from 'react';

export const SITE_NAME = 'AI/ML 논문 모음';

/**
 * Where the prerender (src/prerender.tsx) collects the title of the page it renders: effects never
 * run there, so the title is recorded during render instead. Null in the browser.
 */
export const DocumentTitleSink = createContext<((title: string) => void) | null>(null);

function fullTitle(pageTitle: string | null): string {
  return pageTitle ? `${pageTitle} · ${SITE_NAME}` : SITE_NAME;
}

/**
 * Sets the tab title to "<page> · AI/ML 논문 모음" (`null`: just the site name) while mounted.
 * `undefined` leaves the title to a nested page: a parent's effect runs after its children's, so a
 * parent that set the site name would overwrite the child's title whenever both mount together
 * (e.g. on Back, when everything is cached).
 */
export function useDocumentTitle(pageTitle: string | null | undefined) {
  const sink = useContext(DocumentTitleSink);
  // Parents render before their children, so the innermost page's title is the one left in the sink.
  if (sink && pageTitle !== undefined) sink(fullTitle(pageTitle));
  useEffect(() => {
    if (pageTitle === undefined) return;
    document.title = fullTitle(pageTitle);
  }, [pageTitle]);
}
