import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { storageKeys } from '../../src/config/storage-keys';
import type { IssueSummary } from '../../src/data/schema';
import { groupByMonth } from '../../src/features/issues/group-by-month';
import { renderApp } from '../test-utils';
import { stubData } from './reader-fixtures';

function week(start: string, end: string, paperCount = 10): IssueSummary {
  return {
    id: start,
    title: '이번 주에 살펴볼 만한 AI/ML 논문 모음',
    period: { start, end },
    paperCount,
    likes: 3,
    highlights: [`${start} 흐름 하나`, `${start} 흐름 둘`, `${start} 흐름 셋`],
  };
}

const WEEKS = [
  week('2026-01-05', '2026-01-11'),
  week('2025-12-29', '2026-01-04'),
  week('2025-10-27', '2025-11-02'),
  week('2025-10-20', '2025-10-26', 4),
];

function readMarks(issueId: string, paperIds: string[]) {
  const papers = Object.fromEntries(
    paperIds.map((paperId) => [
      `${issueId}/${paperId}`,
      {
        paper: {
          issueId,
          issueTitle: 't',
          paperId,
          titleKo: paperId,
          titleEn: paperId,
          paperUrl: null,
          savedAt: '2025-10-21T00:00:00.000Z',
        },
        likedAt: null,
        bookmarkedAt: null,
        readAt: '2025-10-21T00:00:00.000Z',
      },
    ]),
  );
  localStorage.setItem(storageKeys.library, JSON.stringify({ version: 1, papers, issueLikes: {} }));
}

describe('the archive', () => {
  it('groups weeks by year and month, with each week’s highlights, paper count and unread count', async () => {
    readMarks('2025-10-20', ['a', 'b', 'c']);
    stubData({ 'data/index.json': { body: { version: 1, issues: WEEKS } } });
    renderApp('/archive');

    const years = await screen.findAllByRole('heading', { level: 2 });
    expect(years.map((heading) => heading.textContent)).toEqual(['2026년', '2025년']);
    expect(
      screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual(['2026년 1월', '2025년 12월', '2025년 10월']);
    expect(screen.getByRole('navigation', { name: '연도별 보기' })).toBeInTheDocument();
    expect(screen.getByText('4주 · 논문 34편')).toBeInTheDocument();

    // A week that starts in December sits under December, even though it ends in January.
    const december = screen.getByRole('region', { name: '2025년 12월' });
    expect(within(december).getByRole('link', { name: /2025년 12월 29일/ })).toHaveAttribute(
      'href',
      '/issues/2025-12-29',
    );
    const october = screen.getByRole('region', { name: '2025년 10월' });
    const items = within(october)
      .getAllByRole('listitem')
      .filter((item) => item.className === 'archive__item');
    expect(items).toHaveLength(2);
    const seed = items[1]!;
    expect(within(seed).getByRole('list', { name: '이번 주 주목할 흐름' })).toHaveTextContent(
      '2025-10-20 흐름 하나',
    );
    expect(within(seed).getByText('논문 4편')).toBeInTheDocument();
    // The unread counts come with the library's chunk, a moment after the list.
    expect(await within(seed).findByText('안 읽은 논문 1편')).toBeInTheDocument();
    expect(within(items[0]!).getByText('안 읽은 논문 10편')).toBeInTheDocument();
  });

  it('says "all read" when every paper of a week was read', async () => {
    readMarks('2025-10-20', ['a', 'b', 'c', 'd']);
    stubData({ 'data/index.json': { body: { version: 1, issues: [WEEKS[3]] } } });
    renderApp('/archive');
    expect(await screen.findByText('모두 읽음')).toBeInTheDocument();
    // One year only: no year navigation to clutter the page.
    expect(screen.queryByRole('navigation', { name: '연도별 보기' })).toBeNull();
  });
});

describe('groupByMonth', () => {
  it('keeps the given order and starts a new group at each month and year', () => {
    const groups = groupByMonth(WEEKS);
    expect(
      groups.map((year) => [year.year, year.months.map((m) => [m.month, m.issues.length])]),
    ).toEqual([
      [2026, [[1, 1]]],
      [
        2025,
        [
          [12, 1],
          [10, 2],
        ],
      ],
    ]);
    expect(groupByMonth([])).toEqual([]);
  });
});
