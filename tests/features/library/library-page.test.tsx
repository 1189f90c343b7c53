import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test-utils';
import { brainRot, issue, noLink, olderIssue, optPipe } from './fixtures';
import { captureDownloads, libraryOf, seedLibrary, storedLibrary } from './seed';

const older = olderIssue.papers[0]!;

function seedPopulated() {
  seedLibrary(
    [
      {
        issue,
        paper: brainRot,
        bookmarked: '2025-10-22T09:00:00.000Z',
        liked: '2025-10-22T09:00:00.000Z',
      },
      {
        issue,
        paper: noLink,
        bookmarked: '2025-10-21T09:00:00.000Z',
        read: '2025-10-23T09:00:00.000Z',
      },
      { issue: olderIssue, paper: older, bookmarked: '2025-10-24T09:00:00.000Z' },
      { issue, paper: optPipe, liked: '2025-10-25T09:00:00.000Z' },
    ],
    [issue.id],
  );
}

async function openLibrary() {
  renderApp('/library');
  return screen.findByRole('heading', { level: 1, name: '내 서재' });
}

describe('the library page', () => {
  it('helps a first-time reader with an empty state on every tab', async () => {
    const user = userEvent.setup();
    await openLibrary();
    const bookmarks = screen.getByRole('tab', { name: /북마크/ });
    expect(bookmarks).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).getByText('아직 북마크한 논문이 없어요.')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: '최신 호 둘러보기' })).toHaveAttribute(
      'href',
      '/',
    );
    await user.click(screen.getByRole('tab', { name: /좋아요/ }));
    expect(
      within(screen.getByRole('tabpanel')).getByText('아직 좋아요를 누른 논문이 없어요.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'BibTeX 내려받기' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'JSON 백업 내려받기' })).toBeDisabled();
  });

  it('lists bookmarks grouped by issue, linking each paper in its issue, without fetching any issue', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('offline'));
    seedPopulated();
    await openLibrary();
    expect(screen.getByRole('tab', { name: /북마크\s*3/ })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /좋아요\s*2/ })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /읽음\s*1/ })).toBeInTheDocument();

    const panel = screen.getByRole('tabpanel');
    const groups = within(panel).getAllByRole('heading', { level: 2 });
    expect(groups.map((h) => h.textContent)).toEqual([
      `2025.10.20 · ${issue.title}`,
      `2025.10.13 · ${olderIssue.title}`,
    ]);
    const link = within(panel).getByRole('link', { name: brainRot.titleKo });
    expect(link).toHaveAttribute('href', '/issues/2025-10-20/papers/llms-can-get-brain-rot');
    expect(within(panel).getByText(brainRot.titleEn)).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: '지난주 논문' })).toHaveAttribute(
      'href',
      '/issues/2025-10-13/papers/older-paper',
    );
    expect(within(panel).queryByText(optPipe.titleKo)).not.toBeInTheDocument();
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('sorts by saved time and switches tabs with the arrow keys', async () => {
    const user = userEvent.setup();
    seedPopulated();
    await openLibrary();
    await user.click(screen.getByRole('radio', { name: '저장한 순서' }));
    const titles = within(screen.getByRole('tabpanel'))
      .getAllByRole('link', { name: /./ })
      .filter((a) => a.className.includes('library-item__title'))
      .map((a) => a.textContent);
    expect(titles).toEqual(['지난주 논문', brainRot.titleKo, noLink.titleKo]);

    screen.getByRole('tab', { name: /북마크/ }).focus();
    await user.keyboard('{ArrowRight}');
    const likes = screen.getByRole('tab', { name: /좋아요/ });
    expect(likes).toHaveFocus();
    expect(likes).toHaveAttribute('aria-selected', 'true');
    expect(
      within(screen.getByRole('tabpanel')).getByRole('link', { name: optPipe.titleKo }),
    ).toBeInTheDocument();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: /읽음/ })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /북마크/ })).toHaveFocus();
  });

  it('removes a bookmark (and only the bookmark), with an undo', async () => {
    const user = userEvent.setup();
    seedPopulated();
    await openLibrary();
    await user.click(screen.getByRole('button', { name: `북마크 해제: ${brainRot.titleKo}` }));
    const panel = screen.getByRole('tabpanel');
    expect(within(panel).queryByRole('link', { name: brainRot.titleKo })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: /북마크\s*2/ })).toBeInTheDocument();
    const stored = storedLibrary().papers['2025-10-20/llms-can-get-brain-rot'];
    expect(stored?.bookmarkedAt).toBeNull();
    expect(stored?.likedAt).not.toBeNull();
    // Focus moves on to the next item instead of being lost with the removed button.
    expect(screen.getByRole('button', { name: `북마크 해제: ${noLink.titleKo}` })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: '되돌리기' }));
    expect(within(panel).getByRole('link', { name: brainRot.titleKo })).toBeInTheDocument();
    expect(storedLibrary().papers['2025-10-20/llms-can-get-brain-rot']?.bookmarkedAt).toBe(
      '2025-10-22T09:00:00.000Z',
    );
  });

  it('exports a JSON backup, BibTeX of bookmarks and a Markdown reading list', async () => {
    const user = userEvent.setup();
    const files = captureDownloads(vi);
    seedPopulated();
    await openLibrary();

    await user.click(screen.getByRole('button', { name: 'JSON 백업 내려받기' }));
    await user.click(screen.getByRole('button', { name: 'BibTeX 내려받기' }));
    await user.click(screen.getByRole('button', { name: 'Markdown 내려받기' }));
    expect(files.map((f) => f.name)).toEqual([
      expect.stringMatching(/^paper-digest-library-\d{4}-\d{2}-\d{2}\.json$/),
      expect.stringMatching(/^paper-digest-bookmarks-\d{4}-\d{2}-\d{2}\.bib$/),
      expect.stringMatching(/^paper-digest-reading-list-\d{4}-\d{2}-\d{2}\.md$/),
    ]);
    const [json, bib, md] = await Promise.all(files.map((f) => f.text));
    const backup = JSON.parse(json!);
    expect(backup).toMatchObject({ kind: 'paper-digest-library-backup', version: 1 });
    expect(Object.keys(backup.papers)).toHaveLength(4);
    expect(bib).toContain('eprint        = {2510.13928}');
    expect(bib!.match(/^@misc\{/gm)).toHaveLength(3);
    expect(bib).not.toContain('OptPipe'); // liked, not bookmarked
    expect(md).toContain(`**${noLink.titleKo}**`);
    expect(md).toContain('- [x] **AI의 SPACE**');
    expect(md).toContain('[논문](https://arxiv.org/abs/2510.13928)');
    expect(md).toContain('http://localhost:3000/issues/2025-10-13/papers/older-paper');
  });

  it('exports bookmarks as RIS and CSL-JSON for reference managers', async () => {
    const user = userEvent.setup();
    const files = captureDownloads(vi);
    seedPopulated();
    await openLibrary();

    await user.click(screen.getByRole('button', { name: 'RIS 내려받기' }));
    await user.click(screen.getByRole('button', { name: 'CSL-JSON 내려받기' }));
    expect(files.map(({ name, type }) => [name, type])).toEqual([
      [
        expect.stringMatching(/^paper-digest-bookmarks-\d{4}-\d{2}-\d{2}\.ris$/),
        'application/x-research-info-systems',
      ],
      [
        expect.stringMatching(/^paper-digest-bookmarks-\d{4}-\d{2}-\d{2}\.csl\.json$/),
        'application/vnd.citationstyles.csl+json',
      ],
    ]);
    const [ris, csl] = await Promise.all(files.map((f) => f.text));
    expect(ris!.match(/^TY {2}- UNPB\r$/gm)).toHaveLength(3);
    expect(ris).toContain('UR  - https://arxiv.org/abs/2510.13928\r\n');
    expect(ris).not.toContain('OptPipe'); // liked, not bookmarked
    const items = JSON.parse(csl!) as { id: string; title: string }[];
    expect(items.map((item) => item.title)).toEqual([
      older.titleEn,
      brainRot.titleEn,
      noLink.titleEn,
    ]);
    expect(new Set(items.map((item) => item.id)).size).toBe(3);
  });

  it("names the export buttons in the reader's interface language, and disables them with no bookmarks", async () => {
    renderApp('/library?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Your library' });
    for (const name of [
      'Download BibTeX',
      'Download RIS',
      'Download CSL-JSON',
      'Download Markdown',
    ])
      expect(screen.getByRole('button', { name })).toBeDisabled();
    expect(
      screen.getByRole('heading', { level: 3, name: 'Bookmarked papers' }),
    ).toBeInTheDocument();
  });

  it('speaks English throughout in English: tabs, list, undo and import messages', async () => {
    const user = userEvent.setup();
    seedPopulated();
    renderApp('/library?lang=en');
    await screen.findByRole('heading', { level: 1, name: 'Your library' });
    expect(screen.getByRole('tab', { name: /Bookmarked\s*3/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const title = within(screen.getByRole('tabpanel')).getByRole('link', {
      name: brainRot.titleEn,
    });
    expect(title).toHaveAttribute('href', '/issues/2025-10-20/papers/llms-can-get-brain-rot');
    expect(title).toHaveAttribute('lang', 'en');
    await user.click(screen.getByRole('button', { name: `Remove bookmark: ${brainRot.titleEn}` }));
    expect(
      screen.getByText(`Removed the bookmark from ‘${brainRot.titleEn}’.`, { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText('Your 2 bookmarked papers', { exact: false })).toBeInTheDocument();

    const file = new File(['{"hello":1}'], 'hello.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Import a backup file'), file);
    expect(
      await screen.findByText(
        'Nothing was imported: This is not a library backup: it has no version and no list of likes, bookmarks or read marks. Your library is unchanged.',
      ),
    ).toBeInTheDocument();
  });

  it('imports a backup by merging, and reports what it added, skipped and rejected', async () => {
    const user = userEvent.setup();
    seedLibrary([{ issue, paper: brainRot, bookmarked: '2025-10-22T09:00:00.000Z' }]);
    await openLibrary();
    const backup = libraryOf([
      { issue, paper: brainRot, bookmarked: '2025-10-22T09:00:00.000Z' },
      { issue, paper: optPipe, bookmarked: '2025-10-23T09:00:00.000Z' },
    ]) as unknown as { papers: Record<string, unknown> };
    backup.papers['broken'] = { paper: { paperId: 'Nope' } };
    const file = new File([JSON.stringify(backup)], 'backup.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('백업 파일 가져오기'), file);

    expect(
      await screen.findByText(
        '가져오기 완료: 1개 추가, 1개는 이미 있어 건너뜀, 1개는 형식이 맞지 않아 제외.',
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('tabpanel')).getByRole('link', { name: optPipe.titleKo }),
    ).toBeInTheDocument();
    expect(Object.keys(storedLibrary().papers)).toHaveLength(2);
    await user.click(screen.getByText('제외된 항목 보기'));
    expect(screen.getByText('papers.broken')).toBeInTheDocument();
  });

  it('a backup of thousands of broken entries lists the first 100 and counts the rest', async () => {
    const user = userEvent.setup();
    await openLibrary();
    const papers = Object.fromEntries(
      Array.from({ length: 2500 }, (_, i) => [`broken-${i}`, { paper: { paperId: 'Nope' } }]),
    );
    const file = new File([JSON.stringify({ version: 1, papers, issueLikes: {} })], 'b.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('백업 파일 가져오기'), file);
    expect(
      await screen.findByText('새로 더할 항목이 없었어요: 2,500개는 형식이 맞지 않아 제외.'),
    ).toBeInTheDocument();
    await user.click(screen.getByText('제외된 항목 보기'));
    const details = screen.getByText('제외된 항목 보기').closest('details') as HTMLElement;
    expect(within(details).getAllByRole('listitem')).toHaveLength(100);
    expect(
      within(details).getByText(/처음 100개만 보여 드려요\. 나머지 2,400개/),
    ).toBeInTheDocument();
  });

  it('rejects a file that is not a backup and changes nothing', async () => {
    const user = userEvent.setup();
    seedLibrary([{ issue, paper: brainRot, bookmarked: '2025-10-22T09:00:00.000Z' }]);
    const before = storedLibrary();
    await openLibrary();
    const file = new File(['<html>not json</html>'], 'page.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('백업 파일 가져오기'), file);
    expect(await screen.findByText(/가져오지 못했어요: JSON 파일이 아닙니다/)).toBeInTheDocument();
    expect(storedLibrary()).toEqual(before);
    await waitFor(() =>
      expect(within(screen.getByRole('tabpanel')).getAllByRole('listitem')).toHaveLength(1),
    );
  });
});
