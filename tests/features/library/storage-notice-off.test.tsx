import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { PaperActions } from '../../../src/features/library/components/paper-actions';
import { StorageNotice } from '../../../src/features/library/components/storage-notice';
import { renderWithClient } from '../../test-utils';
import { brainRot, issue } from './fixtures';

// Its own file: the store (a module singleton) raises each notice once per page load.
it('keeps working in memory when storage is full, and says so politely once', async () => {
  const user = userEvent.setup();
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  renderWithClient(
    <>
      <StorageNotice />
      <PaperActions issue={issue} paper={brainRot} />
    </>,
  );
  expect(screen.queryByRole('status')).not.toBeInTheDocument();
  const like = screen.getByRole('button', { name: /^좋아요:/ });
  await user.click(like);
  expect(like).toHaveAttribute('aria-pressed', 'true');
  expect(screen.getByRole('status')).toHaveTextContent('지금 저장을 할 수 없어요');
  // Honest about how long the changes last: a reload loses them as surely as closing the tab.
  expect(screen.getByRole('status')).toHaveTextContent('새로고침하거나 탭을 닫으면 사라집니다');
  expect(screen.getByRole('link', { name: '내 서재' })).toHaveAttribute('href', '/library');

  await user.click(screen.getByRole('button', { name: '알림 닫기' }));
  await user.click(screen.getByRole('button', { name: /^북마크:/ }));
  expect(screen.getByRole('button', { name: /^북마크:/ })).toHaveAttribute('aria-pressed', 'true');
  expect(screen.queryByText(/지금 저장을 할 수 없어요/)).not.toBeInTheDocument();
});
