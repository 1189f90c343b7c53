import type { Paper } from '../../../data/schema';
import type { LoadedIssue } from '../../../features/issues/parse-issue';
import { libraryStore, toSavedPaper } from '../../../features/library/library-store';
import { useShortcuts } from '../../../hooks/use-shortcuts';

/*
 * The issue page's keys, loaded with its reading tools (issue-reading-tools.tsx) right after the first
 * paint. The paper page has its own (paper-view.tsx).
 */

/** j/k move between cards; l/b/r like, bookmark and mark read the current one. */
export function usePaperShortcuts(issue: LoadedIssue) {
  const currentPaper = (): Paper | undefined => {
    const cards = paperCards();
    const index = currentCardIndex(cards);
    const id = index >= 0 ? cards[index]?.dataset.paperId : undefined;
    return issue.papers.find((paper) => paper.id === id);
  };
  const act = (toggle: 'toggleLike' | 'toggleBookmark' | 'toggleRead') => () => {
    const paper = currentPaper();
    if (paper) libraryStore[toggle](toSavedPaper(issue, paper));
  };
  useShortcuts({
    j: () => moveCard(1),
    k: () => moveCard(-1),
    l: act('toggleLike'),
    b: act('toggleBookmark'),
    r: act('toggleRead'),
  });
}

/** The paper the reader is on: what `l`/`b`/`r` act on, and what the contents list marks. */
export function currentPaperId(): string | undefined {
  const cards = paperCards();
  return cards[currentCardIndex(cards)]?.dataset.paperId;
}

function paperCards(): HTMLElement[] {
  // NOTE: not the read papers the reader chose to hide (issue-reading-tools.tsx).
  return Array.from(document.querySelectorAll<HTMLElement>('article[data-paper-id]:not([hidden])'));
}

/**
 * The card with focus inside while it is on screen, else the last card whose top has scrolled past the
 * top of the viewport: after scrolling away with the wheel or PageDown, `l`/`b` act on what the reader sees.
 */
function currentCardIndex(cards: HTMLElement[]): number {
  const focused = cards.findIndex((card) => card.contains(document.activeElement));
  const focusedRect = focused >= 0 ? cards[focused]?.getBoundingClientRect() : undefined;
  const onScreen =
    focusedRect &&
    // NOTE: a box with no layout (height 0) says nothing about position: trust the focus then.
    (focusedRect.height === 0 || (focusedRect.bottom > 0 && focusedRect.top < window.innerHeight));
  if (onScreen) return focused;
  let current = -1;
  cards.forEach((card, index) => {
    const rect = card.getBoundingClientRect();
    // NOTE: unrendered boxes (height 0) say nothing about position.
    if (rect.height > 0 && rect.top <= 96) current = index;
  });
  return current;
}

function moveCard(step: 1 | -1) {
  const cards = paperCards();
  if (cards.length === 0) return;
  const current = currentCardIndex(cards);
  const target = cards[Math.min(cards.length - 1, Math.max(0, current + step))];
  if (!target) return;
  target.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  target.focus({ preventScroll: true });
}

export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}
