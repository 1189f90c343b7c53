import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { storageKeys } from '../../src/config/storage-keys';
import { renderApp } from '../test-utils';
import { ISSUE_ID, stubSampleData } from './reader-fixtures';

const KO_ABSTRACT = /우리는 LLM 뇌 부패 가설/;
const EN_ABSTRACT = /We propose and test the LLM Brain Rot Hypothesis/;

const languageSwitch = () => screen.getByRole('group', { name: /^(읽기 언어|Reading language)$/ });
/**
 * The other language's abstract may be in the page already, hidden by the card's styles, ready for a
 * switch: shown means in sight (no ancestor hidden, out of the layout or invisible).
 */
const shown = (element: HTMLElement | null): boolean => {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (node.hasAttribute('hidden') || style.display === 'none' || style.visibility === 'hidden')
      return false;
  }
  return element !== null;
};
/**
 * A paragraph by its whole text: a closing bracket and the particle after it sit in a nowrap span
 * (issue 14, item 6), so the text is split across elements.
 */
const paragraphWith = (pattern: RegExp) => (_: string, element: Element | null) =>
  element?.tagName === 'P' && pattern.test(element.textContent ?? '');
const brainRotCard = () => screen.findByRole('article', { name: /Brain Rot|브레인 로트/ });

describe('the reading language', () => {
  it('starts in Korean, and switching to English changes titles, abstracts and labels at once', async () => {
    const fetchMock = stubSampleData();
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}`);
    const card = await brainRotCard();
    expect(card).toHaveAccessibleName('LLM은 "브레인 로트"에 걸릴 수 있다!');
    expect(within(card).getByText(KO_ABSTRACT)).toBeVisible();
    expect(shown(within(card).queryByText(EN_ABSTRACT))).toBe(false);
    // (The archive index is warmed up in the background meanwhile: count the issue's own requests.)
    const issueRequests = () =>
      fetchMock.mock.calls.filter(([url]) => String(url).includes('/data/issues/')).length;
    const requests = issueRequests();

    await user.click(within(languageSwitch()).getByRole('radio', { name: 'English' }));

    expect(card).toHaveAccessibleName('LLMs Can Get "Brain Rot"!');
    expect(within(card).getByText(EN_ABSTRACT)).toBeVisible();
    expect(shown(within(card).queryByText(KO_ABSTRACT))).toBe(false);
    // The Korean title stays beneath the English one, and the interface speaks English.
    expect(
      within(card).getByText(paragraphWith(/^LLM은 "브레인 로트"에 걸릴 수 있다!$/)),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Papers in this issue' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Archive' })).toBeInTheDocument();
    // Switching is local: the issue is not fetched again.
    expect(issueRequests()).toBe(requests);
    expect(localStorage.getItem(storageKeys.language)).toBe('en');
    // ...and, right after the switch has painted, the URL carries it, so links (and a copied address)
    // keep the language.
    await waitFor(() =>
      expect(within(card).getByRole('link', { name: 'LLMs Can Get "Brain Rot"!' })).toHaveAttribute(
        'href',
        '/issues/2025-10-20/papers/llms-can-get-brain-rot?lang=en',
      ),
    );
  });

  it('shows both abstracts side by side when "both" is chosen', async () => {
    stubSampleData();
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}`);
    const card = await brainRotCard();
    await user.click(within(languageSwitch()).getByRole('radio', { name: '둘 다' }));
    expect(within(card).getByText(KO_ABSTRACT)).toBeVisible();
    expect(within(card).getByText(EN_ABSTRACT)).toBeVisible();
    expect(within(card).getByText('한국어 초록')).toBeInTheDocument();
    expect(within(card).getByText('영어 초록 (원문)')).toBeInTheDocument();
  });

  it('remembers the stored choice on the next visit', async () => {
    localStorage.setItem(storageKeys.language, 'en');
    stubSampleData();
    renderApp(`/issues/${ISSUE_ID}`);
    const card = await brainRotCard();
    expect(within(card).getByText(EN_ABSTRACT)).toBeVisible();
    expect(within(languageSwitch()).getByRole('radio', { name: 'English' })).toBeChecked();
  });

  it('lets ?lang= in a shared link win over the stored choice', async () => {
    localStorage.setItem(storageKeys.language, 'en');
    stubSampleData();
    renderApp(`/issues/${ISSUE_ID}?lang=ko`);
    const card = await brainRotCard();
    expect(within(card).getByText(KO_ABSTRACT)).toBeVisible();
    expect(within(languageSwitch()).getByRole('radio', { name: '한국어' })).toBeChecked();
  });

  it("shows a shared link's language without making it the reader's remembered choice", async () => {
    localStorage.setItem(storageKeys.language, 'both');
    stubSampleData();
    renderApp(`/issues/${ISSUE_ID}?lang=en`);
    const card = await brainRotCard();
    expect(within(card).getByText(EN_ABSTRACT)).toBeVisible();
    expect(within(languageSwitch()).getByRole('radio', { name: 'English' })).toBeChecked();
    await new Promise((done) => setTimeout(done, 50));
    expect(localStorage.getItem(storageKeys.language)).toBe('both');
  });

  it('ignores a ?lang= value it does not know and keeps the stored choice', async () => {
    localStorage.setItem(storageKeys.language, 'both');
    stubSampleData();
    renderApp(`/issues/${ISSUE_ID}?lang=fr`);
    const card = await brainRotCard();
    expect(within(card).getByText(KO_ABSTRACT)).toBeVisible();
    expect(within(card).getByText(EN_ABSTRACT)).toBeVisible();
  });

  it('lets one card override the page language, and follow it again', async () => {
    stubSampleData();
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}`);
    const card = await brainRotCard();
    const other = screen.getByRole('article', { name: /OptPipe/ });

    await user.click(within(card).getByRole('radio', { name: 'English' }));
    expect(within(card).getByText(EN_ABSTRACT)).toBeVisible();
    expect(
      within(other).getByText(paragraphWith(/파이프라인 병렬 처리\(PP; Pipeline Parallelism\)는/)),
    ).toBeVisible();
    expect(within(languageSwitch()).getByRole('radio', { name: '한국어' })).toBeChecked();
    expect(localStorage.getItem(storageKeys.language)).toBeNull();

    await user.click(within(card).getByRole('button', { name: '전체 설정 따르기' }));
    expect(within(card).getByText(KO_ABSTRACT)).toBeVisible();

    // An override survives a change of the page language.
    await user.click(within(card).getByRole('radio', { name: 'English' }));
    await user.click(within(languageSwitch()).getByRole('radio', { name: '둘 다' }));
    expect(within(card).getByText(EN_ABSTRACT)).toBeVisible();
    expect(within(other).getByText(/Pipeline parallelism \(PP\) has become/)).toBeVisible();
  });

  it('cycles ko → en → both → ko with the t key', async () => {
    stubSampleData();
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}`);
    await brainRotCard();
    await user.keyboard('t');
    expect(within(languageSwitch()).getByRole('radio', { name: 'English' })).toBeChecked();
    await user.keyboard('t');
    // 'both' reads Korean first, so the labels are Korean again.
    expect(within(languageSwitch()).getByRole('radio', { name: '둘 다' })).toBeChecked();
    await user.keyboard('t');
    await waitFor(() =>
      expect(within(languageSwitch()).getByRole('radio', { name: '한국어' })).toBeChecked(),
    );
  });

  it('a second switch made before the address has caught up with the first wins everywhere', async () => {
    stubSampleData();
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}`);
    const card = await brainRotCard();
    // Two presses in one go: the address is rewritten only after the first switch has painted.
    await user.keyboard('tt');
    expect(within(languageSwitch()).getByRole('radio', { name: '둘 다' })).toBeChecked();
    await waitFor(() =>
      expect(
        within(card).getByRole('link', { name: 'LLM은 "브레인 로트"에 걸릴 수 있다!' }),
      ).toHaveAttribute('href', '/issues/2025-10-20/papers/llms-can-get-brain-rot?lang=both'),
    );
    // Nothing in between flips it back: storage and the page agree with the last choice.
    expect(localStorage.getItem(storageKeys.language)).toBe('both');
    expect(within(languageSwitch()).getByRole('radio', { name: '둘 다' })).toBeChecked();
    expect(within(card).getByText(KO_ABSTRACT)).toBeVisible();
    expect(within(card).getByText(EN_ABSTRACT)).toBeVisible();
  });

  it("does not write this page's address back over a choice made in another tab", async () => {
    stubSampleData();
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}`);
    const card = await brainRotCard();
    await user.click(within(languageSwitch()).getByRole('radio', { name: 'English' }));
    await waitFor(() =>
      expect(within(card).getByRole('link', { name: 'LLMs Can Get "Brain Rot"!' })).toHaveAttribute(
        'href',
        expect.stringContaining('?lang=en'),
      ),
    );
    // Another tab chooses "both": this page keeps the language its address asks for...
    act(() => {
      localStorage.setItem(storageKeys.language, 'both');
      window.dispatchEvent(new StorageEvent('storage', { key: storageKeys.language }));
    });
    expect(within(languageSwitch()).getByRole('radio', { name: 'English' })).toBeChecked();
    // ...and leaves the other tab's choice remembered.
    await new Promise((done) => setTimeout(done, 50));
    expect(localStorage.getItem(storageKeys.language)).toBe('both');
  });

  it('still works when storage is blocked', async () => {
    stubSampleData();
    const user = userEvent.setup();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    try {
      renderApp(`/issues/${ISSUE_ID}`);
      const card = await brainRotCard();
      await user.click(within(languageSwitch()).getByRole('radio', { name: 'English' }));
      expect(within(card).getByText(EN_ABSTRACT)).toBeVisible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('prepares the other language while idle, so a switch only reveals it', async () => {
    stubSampleData();
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}?lang=ko`);
    const card = await brainRotCard();
    // Rendered (with math) once the page is idle, but hidden from sight and from assistive tech.
    const english = await within(card).findByText(EN_ABSTRACT);
    expect(english).not.toBeVisible();
    expect(shown(english)).toBe(false);
    await user.click(within(languageSwitch()).getByRole('radio', { name: 'English' }));
    expect(within(card).getByText(EN_ABSTRACT)).toBe(english);
    expect(english).toBeVisible();
    expect(shown(within(card).getByText(KO_ABSTRACT))).toBe(false);
  });
});
