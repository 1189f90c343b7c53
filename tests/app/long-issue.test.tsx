import { describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { ISSUE_ID, sampleIssue, stubSampleData } from './reader-fixtures';

/** The sample issue grown to `count` papers (copies of its papers under new ids). */
function issueOf(count: number) {
  const issue = sampleIssue();
  const papers = issue.papers;
  issue.papers = Array.from({ length: count }, (_, index) => ({
    ...papers[index % papers.length]!,
    id: `paper-${index + 1}`,
    titleKo: `긴 호의 논문 ${index + 1}`,
  }));
  return issue;
}

const fullCards = () =>
  screen.getAllByRole('article').filter((card) => !card.classList.contains('paper-card--pending'));

describe('a long issue', () => {
  it('renders its first cards at once and the rest a few at a time, each paper named meanwhile', async () => {
    stubSampleData(issueOf(24));
    renderApp(`/issues/${ISSUE_ID}`);
    await screen.findByRole('article', { name: '긴 호의 논문 1' });
    expect(screen.getAllByRole('article')).toHaveLength(24);
    const early = fullCards().length;
    expect(early).toBeLessThan(24);
    // A card not rendered yet still names its paper and links to the paper's own page.
    const last = screen.getByRole('article', { name: '긴 호의 논문 24' });
    expect(within(last).getByRole('link', { name: '긴 호의 논문 24' })).toHaveAttribute(
      'href',
      `/issues/${ISSUE_ID}/papers/paper-24`,
    );
    await waitFor(() => expect(fullCards()).toHaveLength(24), { timeout: 15_000 });
  });

  it('renders every card before it prints', async () => {
    stubSampleData(issueOf(24));
    renderApp(`/issues/${ISSUE_ID}`);
    await screen.findByRole('article', { name: '긴 호의 논문 1' });
    expect(fullCards().length).toBeLessThan(24);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(fullCards()).toHaveLength(24);
  });

  it('an issue of the usual size renders every card at once', async () => {
    stubSampleData(issueOf(10));
    renderApp(`/issues/${ISSUE_ID}`);
    await screen.findByRole('article', { name: '긴 호의 논문 1' });
    expect(fullCards()).toHaveLength(10);
  });

  it('folds its contents list under the count of its papers, past 16 papers', async () => {
    stubSampleData(issueOf(17));
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}`);
    const contents = await screen.findByRole('navigation', { name: '이번 호 논문 목차' });
    const toggle = within(contents).getByText('논문 17편').closest('summary');
    const fold = toggle?.parentElement;
    expect(fold?.tagName).toBe('DETAILS');
    expect(fold).not.toHaveAttribute('open');
    // Every title is in the fold (jsdom does not hide a closed fold's content: Chromium's e2e does).
    expect(within(fold!).getAllByRole('link')).toHaveLength(17);
    await user.click(toggle!);
    expect(fold).toHaveAttribute('open');
  });

  it('an issue of up to 16 papers lists its contents unfolded', async () => {
    stubSampleData(issueOf(16));
    renderApp(`/issues/${ISSUE_ID}`);
    const contents = await screen.findByRole('navigation', { name: '이번 호 논문 목차' });
    expect(contents.querySelector('details')).toBeNull();
    expect(within(contents).getAllByRole('link')).toHaveLength(16);
  });
});
