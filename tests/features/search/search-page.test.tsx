import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate, type Location } from 'react-router-dom';
import { AppProvider } from '../../../src/app/provider';
import { AppRoutes } from '../../../src/app/router';
import { createTestQueryClient } from '../../test-utils';
import { archiveIndex, octoberIssue, septemberIssue } from './fixtures';

type Files = Record<string, unknown>;

const goodFiles: Files = {
  '/data/index.json': archiveIndex,
  '/data/issues/2025-10-20.json': octoberIssue,
  '/data/issues/2025-09-29.json': septemberIssue,
};

let fetchMock: ReturnType<typeof vi.fn>;

function serve(files: Files) {
  fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url, 'http://localhost').pathname;
    if (!(path in files)) return new Response('not found', { status: 404 });
    const body = files[path];
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
}

const searchCalls = () =>
  fetchMock.mock.calls.filter(([input]) => String(input).includes('/data/issues/2025-09-29'));

beforeEach(() => serve(goodFiles));
afterEach(() => vi.unstubAllGlobals());

/** renderApp (real providers and routes) plus a window on the router: where it is, and Back. */
function renderApp(url: string) {
  const router = { location: null as unknown as Location, back: () => {} };
  function Probe() {
    const navigate = useNavigate();
    router.location = useLocation();
    router.back = () => void navigate(-1);
    return null;
  }
  render(
    <AppProvider queryClient={createTestQueryClient()}>
      <MemoryRouter initialEntries={[url]}>
        <AppRoutes />
        <Probe />
      </MemoryRouter>
    </AppProvider>,
  );
  return { router };
}

const results = (name = '검색 결과') => screen.findByRole('list', { name });
const resultTitles = async () =>
  within(await results())
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent);

describe('search from the header', () => {
  it('shows results as the reader types and keeps the query in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    const box = await screen.findByRole('searchbox', { name: '논문 검색' });
    expect(screen.getByRole('search')).toContainElement(box);

    await user.type(box, '디퓨전');

    expect(await resultTitles()).toEqual([
      'Fast-dLLM: KV 캐시 및 병렬 디코딩을 통한 디퓨전 LLM의 학습 없는 가속화',
      '디퓨전 대규모 언어 모델에서 KV 캐시를 위한 어텐션 최적화',
    ]);
    expect(router.location.pathname).toBe('/search');
    await waitFor(() => expect(router.location.search).toBe(`?q=${encodeURIComponent('디퓨전')}`));
    expect(screen.getByRole('status')).toHaveTextContent('논문 2편을 찾았습니다.');
    expect(box).toHaveValue('디퓨전');
    expect(box).toHaveFocus();
    await waitFor(() => expect(document.title).toBe('“디퓨전” 검색 · AI/ML 논문 모음'));
  });

  it('focuses the search box with / unless the reader is typing elsewhere', async () => {
    const user = userEvent.setup();
    renderApp('/search');
    const box = await screen.findByRole('searchbox', { name: '논문 검색' });
    expect(box).not.toHaveFocus();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
  });

  it('does not load the archive or the engine before the first search', async () => {
    renderApp('/search');
    expect(await screen.findByRole('heading', { level: 1, name: '논문 검색' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'KV 캐시' })).toHaveAttribute(
      'href',
      `/search?q=${encodeURIComponent('KV 캐시')}`,
    );
    expect(searchCalls()).toHaveLength(0);
  });
});

describe('the results page', () => {
  it('highlights the matched words in both titles and the snippet, as text', async () => {
    renderApp(`/search?q=${encodeURIComponent('KV 캐시를')}`);
    const list = await results();
    const [first] = within(list).getAllByRole('listitem');
    const item = within(first as HTMLElement);
    const title = item.getByRole('link', {
      name: '디퓨전 대규모 언어 모델에서 KV 캐시를 위한 어텐션 최적화',
    });
    expect([...title.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual([
      'KV',
      '캐시',
    ]);
    expect(title).toHaveAttribute('href', '/issues/2025-10-20/papers/elastic-cache');
    const english = item.getByText(
      (_, element) =>
        element?.tagName === 'P' &&
        element.textContent === 'Attention Is All You Need for KV Cache in Diffusion LLMs',
    );
    expect(english).toHaveAttribute('lang', 'en');
    expect([...english.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['KV']);
    expect(item.getByText('제목에서 일치')).toBeInTheDocument();
    expect(item.getByRole('link', { name: '2025.10.20–10.26 호' })).toHaveAttribute(
      'href',
      '/issues/2025-10-20',
    );
    const marks = [...(first as HTMLElement).querySelectorAll('.search-result__snippet mark')];
    expect(marks.map((mark) => mark.textContent)).toEqual(['KV', '캐시']);
  });

  it('shows English titles and snippets first in English reading', async () => {
    renderApp('/search?q=caches&lang=en');
    const list = await results('Search results');
    const [first] = within(list).getAllByRole('listitem');
    const title = within(first as HTMLElement).getByRole('link', {
      name: 'Attention Is All You Need for KV Cache in Diffusion LLMs',
    });
    expect(title).toHaveAttribute('lang', 'en');
    const snippet = (first as HTMLElement).querySelector('.search-result__snippet');
    expect(snippet).toHaveAttribute('lang', 'en');
    expect(snippet?.querySelector('mark')).toHaveTextContent('caches');
    expect(screen.getByRole('status')).toHaveTextContent('3 papers found.');
  });

  it('moves through results with the arrow keys and opens one with Enter', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/search?q=${encodeURIComponent('캐시')}`);
    await results();
    const box = screen.getByRole('searchbox', { name: '논문 검색' });
    const links = within(await results())
      .getAllByRole('heading', { level: 2 })
      .map((heading) => within(heading).getByRole('link'));
    expect(links).toHaveLength(3);

    box.focus();
    await user.keyboard('{ArrowDown}');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(links[2]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(links[1]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(box).toHaveFocus();
    await user.keyboard('{End}{ArrowDown}');
    expect(links[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(router.location.pathname).toBe('/issues/2025-10-20/papers/fast-dllm'),
    );
  });

  it('filters by issue, counts per issue, and keeps the filter in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/search?q=${encodeURIComponent('모델')}`);
    expect(await resultTitles()).toHaveLength(6);
    const filter = screen.getByRole('combobox', { name: '호' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['모든 호 (6편)', '2025.10.20–10.26 (4편)', '2025.09.29–10.05 (2편)']);
    await user.selectOptions(filter, '2025-09-29');
    await waitFor(async () =>
      expect(await resultTitles()).toEqual([
        '작은 언어모델이 추론을 잘하는 이유',
        '언어 이해와 모델 평가',
      ]),
    );
    expect(new URLSearchParams(router.location.search).get('issue')).toBe('2025-09-29');
    expect(screen.getByRole('status')).toHaveTextContent(
      '2025.09.29–10.05 호에서 논문 2편을 찾았습니다.',
    );
  });

  it('says when nothing matches and suggests what to try', async () => {
    renderApp(`/search?q=${encodeURIComponent('트랜스포머')}`);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        '“트랜스포머”에 해당하는 논문이 없습니다.',
      ),
    );
    expect(screen.queryByRole('list', { name: '검색 결과' })).not.toBeInTheDocument();
    const examples = screen.getByRole('navigation', { name: '이렇게 찾아보세요' });
    expect(within(examples).getByRole('link', { name: '디퓨전' })).toHaveAttribute(
      'href',
      `/search?q=${encodeURIComponent('디퓨전')}`,
    );
  });

  it('offers every issue when a filtered search finds nothing', async () => {
    const user = userEvent.setup();
    renderApp(`/search?q=${encodeURIComponent('디퓨전')}&issue=2025-09-29`);
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('해당하는 논문이 없습니다'),
    );
    await user.click(screen.getByRole('button', { name: '모든 호에서 찾기' }));
    expect(await resultTitles()).toHaveLength(2);
  });

  it('still searches the other issues when one issue file is broken', async () => {
    serve({ ...goodFiles, '/data/issues/2025-09-29.json': '{ not json' });
    renderApp(`/search?q=${encodeURIComponent('모델')}`);
    expect(await resultTitles()).toHaveLength(4);
    expect(screen.getByText(/1개 호\(2025-09-29\)를 불러오지 못해/)).toBeInTheDocument();
  });

  it('explains a failed load and retries', async () => {
    serve({});
    const user = userEvent.setup();
    renderApp(`/search?q=${encodeURIComponent('모델')}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('검색에 필요한 데이터를 불러오지 못했습니다.');
    serve(goodFiles);
    await user.click(within(alert).getByRole('button', { name: '다시 시도' }));
    expect(await resultTitles()).toHaveLength(6);
  });

  it('follows Back to an earlier query', async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/search?q=${encodeURIComponent('캐시')}`);
    await results();
    await user.click(screen.getByRole('link', { name: /Fast-dLLM: KV 캐시/ }));
    await waitFor(() => expect(router.location.pathname).toContain('/papers/fast-dllm'));
    expect(screen.getByRole('searchbox', { name: '논문 검색' })).toHaveValue('');
    act(() => router.back());
    expect(await resultTitles()).toHaveLength(3);
    expect(screen.getByRole('searchbox', { name: '논문 검색' })).toHaveValue('캐시');
  });
});
