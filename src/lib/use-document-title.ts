import { useEffect } from 'react';

export const SITE_NAME = 'AI/ML 논문 모음';

/**
 * Sets the tab title to "<page> · AI/ML 논문 모음" (`null`: just the site name) while mounted.
 * `undefined` leaves the title to a nested page: a parent's effect runs after its children's, so a
 * parent that set the site name would overwrite the child's title whenever both mount together
 * (e.g. on Back, when everything is cached).
 */
export function useDocumentTitle(pageTitle: string | null | undefined) {
  useEffect(() => {
    if (pageTitle === undefined) return;
    document.title = pageTitle ? `${pageTitle} · ${SITE_NAME}` : SITE_NAME;
  }, [pageTitle]);
}
