/*
 * The notice a prerendered page shows when the app's code or the page's data could not be loaded after
 * the page was on screen (src/main.tsx, src/boot.tsx). The page stays as it is, readable, and its links
 * work; the notice blocks nothing and offers to try again. Plain DOM on purpose: it must work when the
 * app's own code is what failed, and it is part of the tiny entry chunk.
 */
import { bootNoticeText } from './boot-notice-text';

/**
 * Shows the notice (in the interface language the head script put on <html lang>) and resolves when the
 * reader asks to try again; the notice is gone by then.
 */
export function showBootNotice(): Promise<void> {
  const text = bootNoticeText(document.documentElement.lang === 'en' ? 'en' : 'ko');
  const notice = document.createElement('div');
  notice.className = 'boot-notice';
  notice.setAttribute('role', 'status');
  const message = document.createElement('p');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = text.retry;
  notice.append(message, button);
  document.body.append(notice);
  // NOTE: a live region is announced when its content changes, not when it arrives already filled: the
  // words go in once it is in the page.
  requestAnimationFrame(() => (message.textContent = text.message));
  return new Promise((retry) =>
    button.addEventListener(
      'click',
      () => {
        notice.remove();
        retry();
      },
      { once: true },
    ),
  );
}

/** Runs `attempt` until it succeeds, showing the notice after each failure and waiting for the reader. */
export async function untilItWorks<T>(
  attempt: () => Promise<T>,
  onFailure: () => void = () => {},
): Promise<T> {
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      console.warn('The page stays as it is; the app could not start.', error);
      onFailure();
      await showBootNotice();
    }
  }
}
