import { preloadableLazy } from '../../components/lazy/preloadable-lazy';

/**
 * "No such issue" (`issueId` only) or "no such paper" (with `paperId`), loaded when first shown: a reading
 * page's first load does not carry it.
 */
export const NotFoundPage = preloadableLazy(() => import('./not-found-pages'));
