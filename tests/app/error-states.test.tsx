import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { ISSUE_ID, sampleIndex, sampleIssue, stubData } from './reader-fixtures';

const ISSUE_FILE = `data/issues/${ISSUE_ID}.json`;

describe('when the issue cannot be loaded', () => {
  it.each([
    ['a network failure', 'network-error' as const, '서버에 연결하지 못했습니다'],
    ['an HTTP error', { status: 500, raw: 'oops' }, '서버가 오류(500)로 응답했습니다'],
    ['a file that is not JSON', { raw: '{"version": 1, "id": "2025-' }, '올바른 JSON이 아닙니다'],
    [
      'JSON in the wrong shape',
      { body: { version: 1, id: ISSUE_ID, title: '' } },
      '형식이 예상과 다릅니다',
    ],
    ['a newer data version', { body: { ...sampleIssue(), version: 2 } }, '형식이 예상과 다릅니다'],
  ])(
    'says what failed for %s, and the rest of the app keeps working',
    async (_, reply, message) => {
      stubData({ 'data/index.json': { body: sampleIndex() }, [ISSUE_FILE]: reply });
      renderApp(`/issues/${ISSUE_ID}`);

      // A network failure is retried once (after a second) before the page gives up.
      const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
      expect(
        within(alert).getByRole('heading', { name: '이번 호를 불러오지 못했습니다' }),
      ).toBeInTheDocument();
      expect(alert).toHaveTextContent(message);
      expect(within(alert).getByRole('button', { name: '다시 시도' })).toBeEnabled();
      // The header and its navigation are still there.
      const nav = screen.getByRole('navigation', { name: '주 메뉴' });
      expect(within(nav).getByRole('link', { name: '지난 호' })).toBeInTheDocument();
      expect(document.title).toBe('이번 호를 불러오지 못했습니다 · AI/ML 논문 모음');
    },
  );

  it('shows where the schema failed in the details', async () => {
    const issue = sampleIssue();
    (issue as Record<string, unknown>).highlights = 'not a list';
    stubData({ [ISSUE_FILE]: { body: issue } });
    renderApp(`/issues/${ISSUE_ID}`);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/highlights:/)).toBeInTheDocument();
  });

  it('loads the issue when retry succeeds', async () => {
    let attempts = 0;
    stubData({
      'data/index.json': { body: sampleIndex() },
      [ISSUE_FILE]: () => (++attempts === 1 ? { status: 503, raw: '' } : { body: sampleIssue() }),
    });
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}`);
    await user.click(await screen.findByRole('button', { name: '다시 시도' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '이번 주에 살펴볼 만한 AI/ML 논문 모음',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lets the reader go to the archive, which still works, from the failed page', async () => {
    stubData({ 'data/index.json': { body: sampleIndex() }, [ISSUE_FILE]: 'network-error' });
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}`);
    const alert = await screen.findByRole('alert', {}, { timeout: 4000 });
    await user.click(within(alert).getByRole('link', { name: '지난 호 목록 보기' }));
    expect(await screen.findByRole('heading', { level: 1, name: '지난 호' })).toBeInTheDocument();
    expect(
      await screen.findByRole('link', { name: /2025년 10월 20일 ~ 26일/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('논문 4편')).toBeInTheDocument();
  });

  it('explains a broken index on the home page, with a retry', async () => {
    stubData({ 'data/index.json': { raw: '<!doctype html>' } });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByRole('heading', { name: '발행 목록을 불러오지 못했습니다' }),
    ).toBeInTheDocument();
    expect(alert).toHaveTextContent('올바른 JSON이 아닙니다');
    expect(within(alert).getByRole('button', { name: '다시 시도' })).toBeInTheDocument();
  });

  it('shows skeletons while the issue is on its way', async () => {
    stubData({ 'data/index.json': { body: sampleIndex() } });
    let release: () => void = () => {};
    const pending = new Promise<void>((resolve) => (release = resolve));
    const { vi } = await import('vitest');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        await pending;
        return new Response(JSON.stringify(sampleIssue()));
      }),
    );
    renderApp(`/issues/${ISSUE_ID}`);
    expect(await screen.findByRole('status')).toHaveTextContent('이번 호를 불러오는 중');
    release();
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: '이번 주에 살펴볼 만한 AI/ML 논문 모음',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('not found', () => {
  it('answers an unknown address with a way back', async () => {
    stubData({});
    renderApp('/no/such/page');
    expect(
      await screen.findByRole('heading', { level: 1, name: '페이지를 찾을 수 없습니다' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '최신 호로 가기' })).toHaveAttribute('href', '/');
    expect(document.title).toBe('페이지를 찾을 수 없습니다 · AI/ML 논문 모음');
  });

  it('answers an issue that does not exist (404) as not found, not as an error', async () => {
    stubData({ 'data/index.json': { body: sampleIndex() } });
    renderApp('/issues/2019-01-07');
    expect(
      await screen.findByRole('heading', { level: 1, name: '이 호를 찾을 수 없습니다' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: '지난 호 목록 보기' })).toHaveAttribute(
      'href',
      '/archive',
    );
    expect(document.title).toBe('이 호를 찾을 수 없습니다 · AI/ML 논문 모음');
  });

  it('does not even ask the server for an issue id that cannot exist', async () => {
    const fetchMock = stubData({});
    renderApp('/issues/..%2Fsecret');
    expect(
      await screen.findByRole('heading', { level: 1, name: '이 호를 찾을 수 없습니다' }),
    ).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('secret'))).toBe(false);
  });

  it('answers a paper that is not in the issue with a link back to the issue', async () => {
    stubData({ [`data/issues/${ISSUE_ID}.json`]: { body: sampleIssue() } });
    renderApp(`/issues/${ISSUE_ID}/papers/no-such-paper`);
    expect(
      await screen.findByRole('heading', { level: 1, name: '이 논문을 찾을 수 없습니다' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '이번 호로 돌아가기' })).toHaveAttribute(
      'href',
      `/issues/${ISSUE_ID}`,
    );
    expect(document.title).toBe('이 논문을 찾을 수 없습니다 · AI/ML 논문 모음');
  });
});
