import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../test-utils';
import { ISSUE_ID, sampleIssue, stubSampleData } from './reader-fixtures';

const AUTHORS = ['Ada Kim', 'Ben Lee', 'Chul Park', 'Dana Choi', 'Eun Jung'];

/** The sample issue as a sync with arXiv leaves it: the first paper with its authors. */
function issueWithAuthors() {
  const issue = sampleIssue() as ReturnType<typeof sampleIssue> & {
    papers: { arxiv?: unknown }[];
  };
  issue.papers[0]!.arxiv = {
    id: '2510.13928',
    authors: AUTHORS,
    published: '2025-10-15',
    primaryCategory: 'cs.CL',
    pdfUrl: 'https://arxiv.org/pdf/2510.13928v1',
  };
  return issue;
}

describe('paper authors from arXiv', () => {
  it('a card names the first three authors and how many more; the paper page names everyone', async () => {
    stubSampleData(issueWithAuthors());
    renderApp('/');
    const first = await screen.findByRole('article', { name: /LLM은 "브레인 로트"/ });
    // The names are read in their own (Latin) voice; "외 2명" in the interface's.
    const names = within(first).getByText('Ada Kim, Ben Lee, Chul Park');
    expect(names).toHaveAttribute('lang', 'en');
    // Each language's rest of the line, spaced from the names (the matchers below would trim it).
    const [ko, en] = [names.nextElementSibling, names.nextElementSibling?.nextElementSibling];
    expect(ko?.textContent).toBe(' 외 2명');
    expect(en?.textContent).toBe(' and 2 more');
    expect(within(first).getByText('외 2명')).toBeVisible();
    expect(within(first).getByText('외 2명')).toHaveAttribute('lang', 'ko');
    expect(within(first).getByText('and 2 more')).not.toBeVisible();
    // A paper arXiv does not know shows no author line.
    const others = screen.getAllByRole('article').slice(1);
    for (const card of others) expect(within(card).queryByText(/저자/)).toBeNull();
  });

  it("the paper's own page lists every author", async () => {
    stubSampleData(issueWithAuthors());
    renderApp(`/issues/${ISSUE_ID}/papers/llms-can-get-brain-rot`);
    expect(await screen.findByText(AUTHORS.join(', '))).toBeInTheDocument();
  });
});

describe('the issue page', () => {
  it('shows the header, highlights, contents and every paper of the newest issue at /', async () => {
    stubSampleData();
    renderApp('/');

    await screen.findByRole('heading', { level: 1, name: '이번 주에 살펴볼 만한 AI/ML 논문 모음' });
    expect(screen.getByText('2025년 10월 20일 ~ 26일')).toBeInTheDocument();
    expect(screen.getByText('Oct 20 - 26, 2025')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /포럼 원문 보기/ })).toHaveAttribute(
      'href',
      'https://discuss.pytorch.kr/t/2025-10-20-26-ai-ml/8000',
    );
    // The forum's two likes link to the thread where they were given; the reader's own like is a
    // separate toggle that never adds to them.
    expect(screen.getByRole('link', { name: '포럼 좋아요 2개' })).toHaveAttribute(
      'href',
      'https://discuss.pytorch.kr/t/2025-10-20-26-ai-ml/8000',
    );
    const own = await screen.findByRole('button', { name: /^좋아요.*\(이번 호\)$/ });
    expect(own).toHaveAttribute('aria-pressed', 'false');
    await userEvent.setup().click(own);
    expect(own).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('link', { name: '포럼 좋아요 2개' })).toBeInTheDocument();
    expect(own).not.toHaveTextContent(/\d/);

    const highlights = screen.getByRole('region', { name: '이번 주 주목할 흐름' });
    const items = within(highlights).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(within(items[0]!).getByRole('heading', { level: 3 })).toHaveTextContent(
      '1. 데이터 품질과 LLM 성능의 관계',
    );

    const contents = screen.getByRole('navigation', { name: '이번 호 논문 목차' });
    expect(within(contents).getAllByRole('link')).toHaveLength(4);

    const papers = screen.getByRole('region', { name: '논문 4편' });
    expect(within(papers).getAllByRole('article')).toHaveLength(4);
    // The title is set in an effect, which may run just after the heading appears.
    await waitFor(() =>
      expect(document.title).toBe(
        '2025년 10월 20일 ~ 26일 · 이번 주에 살펴볼 만한 AI/ML 논문 모음 · AI/ML 논문 모음',
      ),
    );
  });

  it('links the paper names a highlight mentions to their cards', async () => {
    stubSampleData();
    renderApp(`/issues/${ISSUE_ID}`);
    const highlights = await screen.findByRole('region', { name: '이번 주 주목할 흐름' });

    const optPipe = await within(highlights).findByRole('link', { name: 'OptPipe' });
    expect(optPipe).toHaveAttribute(
      'href',
      '/issues/2025-10-20#paper-optpipe-memory-and-scheduling-optimized-pipeline-parallelism-for-llm-training',
    );
    expect(
      within(highlights).getByRole('link', { name: "LLMs Can Get 'Brain Rot'!" }),
    ).toHaveAttribute('href', '/issues/2025-10-20#paper-llms-can-get-brain-rot');
    expect(within(highlights).getByRole('link', { name: 'Fast-dLLM' })).toBeInTheDocument();
    expect(within(highlights).getByRole('link', { name: 'Beyond Seeing' })).toBeInTheDocument();
    // The card it points to exists under that id.
    expect(document.getElementById('paper-llms-can-get-brain-rot')).toHaveAccessibleName(
      'LLM은 "브레인 로트"에 걸릴 수 있다!',
    );
  });

  it('renders math with KaTeX and Markdown emphasis, never the raw source', async () => {
    stubSampleData();
    renderApp(`/issues/${ISSUE_ID}?lang=en`);
    const card = await screen.findByRole('article', { name: 'LLMs Can Get "Brain Rot"!' });
    await waitFor(() => expect(card.querySelector('.katex')).not.toBeNull(), { timeout: 5000 });
    // What a reader sees: the MathML copy (with its TeX annotation) is only for assistive tech.
    const visible = card.cloneNode(true) as HTMLElement;
    visible.querySelectorAll('.katex-mathml').forEach((node) => node.remove());
    expect(visible.textContent).toContain('74.9→57.2');
    expect(visible.textContent).not.toContain('\\rightarrow');
    expect(visible.textContent).not.toMatch(/\$\d/);
    expect(within(card).getByText('training-time safety').tagName).toBe('EM');
  });

  it('says which parts a paper is missing and falls back to the language it has', async () => {
    stubSampleData();
    renderApp(`/issues/${ISSUE_ID}?lang=en`);
    const card = await screen.findByRole('article', { name: /^Fast-dLLM/ });
    expect(within(card).getByText('Missing from the source')).toBeInTheDocument();
    expect(within(card).getByText(/paper link, English abstract/)).toBeInTheDocument();
    expect(within(card).getByText(/no abstract in this language/)).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: /Read the paper/ })).not.toBeInTheDocument();
  });

  it('shows the good papers and marks the bad one when a single paper fails the schema', async () => {
    const issue = sampleIssue();
    (issue.papers[1] as Record<string, unknown>).paperUrl = 'javascript:alert(1)';
    stubSampleData(issue);
    renderApp(`/issues/${ISSUE_ID}`);

    const papers = await screen.findByRole('region', { name: '논문 3편' });
    const broken = within(papers).getByRole('article', { name: '2번째 논문 (표시할 수 없음)' });
    expect(broken).toHaveTextContent(
      'OptPipe: Memory- and Scheduling-Optimized Pipeline Parallelism',
    );
    expect(broken).toHaveTextContent('papers.1.paperUrl');
    // Order is kept: the marked paper sits between the first and the third.
    const articles = within(papers).getAllByRole('article');
    expect(articles.map((article) => article.getAttribute('aria-label') ?? article.id)).toEqual([
      'paper-llms-can-get-brain-rot',
      '2번째 논문 (표시할 수 없음)',
      'paper-fast-dllm-training-free-acceleration-of-diffusion-llm-by-enabling-kv-cache-and-parallel-decoding',
      'paper-beyond-seeing-evaluating-multimodal-llms-on-tool-enabled-image-perception-transformation-and-reasoning',
    ]);
    // Its highlight mention no longer links anywhere.
    const highlights = screen.getByRole('region', { name: '이번 주 주목할 흐름' });
    await within(highlights).findByRole('link', { name: 'Fast-dLLM' });
    expect(within(highlights).queryByRole('link', { name: 'OptPipe' })).not.toBeInTheDocument();
  });

  it('moves between papers with j and k, and opens the shortcut help with ?', async () => {
    const { user, first } = await openIssueForKeys();

    await user.keyboard('j');
    expect(first).toHaveFocus();
    await user.keyboard('j');
    expect(screen.getByRole('article', { name: /^OptPipe/ })).toHaveFocus();
    await user.keyboard('k');
    expect(first).toHaveFocus();

    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: '키보드 단축키' });
    expect(within(dialog).getByText('다음 논문')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('likes and bookmarks the focused paper with l and b', async () => {
    const { user } = await openIssueForKeys();

    await user.keyboard('jj');
    await user.keyboard('l');
    await user.keyboard('b');
    const card = screen.getByRole('article', { name: /^OptPipe/ });
    expect(within(card).getByRole('button', { name: /^좋아요/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(card).getByRole('button', { name: /^북마크/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const first = screen.getByRole('article', { name: 'LLM은 "브레인 로트"에 걸릴 수 있다!' });
    expect(within(first).getByRole('button', { name: /^좋아요/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('keeps shortcuts away from the page while the shortcut help is open', async () => {
    const { user, first } = await openIssueForKeys();

    await user.keyboard('j?');
    const dialog = await screen.findByRole('dialog', { name: '키보드 단축키' });
    await user.keyboard('lbj');
    expect(dialog).toBeInTheDocument();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(within(first).getByRole('button', { name: /^좋아요/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(within(first).getByRole('button', { name: /^북마크/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('leaves single-letter keys alone while the reader types in a field', async () => {
    stubSampleData();
    const user = userEvent.setup();
    renderApp(`/issues/${ISSUE_ID}`);
    await screen.findByRole('article', { name: 'LLM은 "브레인 로트"에 걸릴 수 있다!' });
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'scratch');
    document.body.append(field);
    await user.click(field);
    await user.keyboard('t?j');
    expect(field).toHaveValue('t?j');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const switcher = screen.getByRole('group', { name: '읽기 언어' });
    expect(within(switcher).getByRole('radio', { name: '한국어' })).toBeChecked();
    field.remove();
  });
});

/** The issue page with its first card on screen, ready for keyboard shortcuts. */
async function openIssueForKeys() {
  stubSampleData();
  const user = userEvent.setup();
  renderApp(`/issues/${ISSUE_ID}`);
  const first = await screen.findByRole('article', { name: 'LLM은 "브레인 로트"에 걸릴 수 있다!' });
  // jsdom has no layout: scrolling a card into view is a no-op there.
  Element.prototype.scrollIntoView = () => {};
  return { user, first };
}
