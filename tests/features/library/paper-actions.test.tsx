import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { storageKeys } from '../../../src/config/storage-keys';
import { IssueLikeButton } from '../../../src/features/library/components/issue-like-button';
import { PaperActions } from '../../../src/features/library/components/paper-actions';
import { ReadProgress } from '../../../src/features/library/components/read-progress';
import { renderWithClient } from '../../test-utils';
import { brainRot, issue, olderIssue, optPipe } from './fixtures';
import { libraryOf, storedLibrary } from './seed';

describe('PaperActions', () => {
  it('offers like, bookmark and read toggles named after the paper', async () => {
    const user = userEvent.setup();
    renderWithClient(<PaperActions issue={issue} paper={brainRot} />);
    const like = screen.getByRole('button', { name: '좋아요: LLMs Can Get "Brain Rot"!' });
    const bookmark = screen.getByRole('button', { name: '북마크: LLMs Can Get "Brain Rot"!' });
    const read = screen.getByRole('button', { name: '읽음 표시: LLMs Can Get "Brain Rot"!' });
    for (const button of [like, bookmark, read])
      expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(like).toHaveTextContent('좋아요');

    await user.click(like);
    expect(like).toHaveAttribute('aria-pressed', 'true');
    expect(bookmark).toHaveAttribute('aria-pressed', 'false');
    expect(storedLibrary().papers['2025-10-20/llms-can-get-brain-rot']?.likedAt).toEqual(
      expect.any(String),
    );

    await user.click(like);
    expect(like).toHaveAttribute('aria-pressed', 'false');
    expect(storedLibrary().papers).toEqual({});
  });

  it('works from the keyboard', async () => {
    const user = userEvent.setup();
    renderWithClient(<PaperActions issue={issue} paper={brainRot} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: /^북마크:/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: /^북마크:/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: /^북마크:/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('keeps two cards of the same paper in step, and shows a change made in another tab', () => {
    renderWithClient(
      <>
        <PaperActions issue={issue} paper={optPipe} />
        <PaperActions issue={issue} paper={optPipe} />
      </>,
    );
    const value = JSON.stringify(
      libraryOf([{ issue, paper: optPipe, bookmarked: '2025-10-22T00:00:00.000Z' }]),
    );
    act(() => {
      localStorage.setItem(storageKeys.library, value);
      window.dispatchEvent(
        new StorageEvent('storage', { key: storageKeys.library, newValue: value }),
      );
    });
    for (const button of screen.getAllByRole('button', { name: /^북마크: OptPipe/ })) {
      expect(button).toHaveAttribute('aria-pressed', 'true');
    }
  });

  it('speaks English when the reader reads in English', () => {
    renderWithClient(
      <>
        <PaperActions issue={issue} paper={brainRot} />
        <IssueLikeButton issue={issue} />
        <ReadProgress issue={issue} />
      </>,
      '/?lang=en',
    );
    expect(
      screen.getByRole('button', { name: 'Like: LLMs Can Get "Brain Rot"!' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Mark as read: LLMs Can Get "Brain Rot"!' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Like (this issue)' })).toBeInTheDocument();
    expect(screen.getByText('0 / 3 read')).toBeInTheDocument();
  });
});

describe('IssueLikeButton', () => {
  it("is the reader's own like, never added to the forum's count", async () => {
    const user = userEvent.setup();
    renderWithClient(<IssueLikeButton issue={issue} />);
    const button = screen.getByRole('button', { name: /^좋아요.*\(이번 호\)$/ });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(button).not.toHaveTextContent(/\d/);
    expect(button).toHaveAttribute('title', expect.stringContaining('포럼에는 보내지 않아요'));
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(button).not.toHaveTextContent(/\d/);
    expect(Object.keys(storedLibrary().issueLikes)).toEqual([issue.id]);
    await user.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(storedLibrary().issueLikes).toEqual({});
  });
});

describe('ReadProgress', () => {
  it('counts the papers of this issue marked read', async () => {
    const user = userEvent.setup();
    renderWithClient(
      <>
        <ReadProgress issue={issue} />
        <PaperActions issue={issue} paper={brainRot} />
        <PaperActions issue={olderIssue} paper={olderIssue.papers[0]!} />
      </>,
    );
    expect(screen.getByText('0 / 3 읽음')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^읽음 표시: LLMs/ }));
    expect(screen.getByText('1 / 3 읽음')).toBeInTheDocument();
    // A paper of another issue does not count here.
    await user.click(screen.getByRole('button', { name: /^읽음 표시: An Older Paper/ }));
    expect(screen.getByText('1 / 3 읽음')).toBeInTheDocument();
  });
});
