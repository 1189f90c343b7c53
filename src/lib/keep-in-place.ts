/**
 * Runs a change that re-lays out the page (the reading-language switch) and keeps what the reader is
 * looking at where it was on screen. The browser's own scroll anchoring gives up here: the anchor it
 * picks is usually inside the text being swapped. So: remember a paper card (or block) on screen, apply
 * the change, and after React has rendered it scroll by however far that element moved.
 */
export function keepInPlace(change: () => void): void {
  const anchor = pickAnchor();
  const before = anchor?.getBoundingClientRect().top;
  const root = document.documentElement;
  // NOTE: off while we correct, so the browser's anchoring and ours never both adjust.
  root.style.setProperty('overflow-anchor', 'none');
  change();
  requestAnimationFrame(() => {
    if (anchor?.isConnected && before !== undefined) {
      const delta = anchor.getBoundingClientRect().top - before;
      if (Math.abs(delta) >= 1) window.scrollBy(0, delta);
    }
    root.style.removeProperty('overflow-anchor');
  });
}

/** The first paper card that starts on screen (its title is what the eye holds on to), else the block under
 * the upper part of the viewport. Nothing at the very top of the page: there is nothing to keep. */
function pickAnchor(): Element | null {
  if (window.scrollY === 0) return null;
  for (const card of document.querySelectorAll('article[data-paper-id]')) {
    const { top } = card.getBoundingClientRect();
    if (top >= 0 && top < window.innerHeight * 0.75) return card;
  }
  if (typeof document.elementFromPoint !== 'function') return null;
  const probe = document.elementFromPoint(
    window.innerWidth / 2,
    Math.min(160, window.innerHeight / 3),
  );
  if (!probe || probe.closest('header')) return null;
  return probe.closest('article[data-paper-id], section, li, p, h2, h3') ?? probe;
}
