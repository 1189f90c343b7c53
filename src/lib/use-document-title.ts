import { useEffect } from 'react';

export const SITE_NAME = 'AI/ML 논문 모음';

/** Sets the tab title to "<page> · AI/ML 논문 모음" (or just the site name) while mounted. */
export function useDocumentTitle(pageTitle: string | null | undefined) {
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${SITE_NAME}` : SITE_NAME;
  }, [pageTitle]);
}
