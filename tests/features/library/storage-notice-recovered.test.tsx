import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { storageKeys } from '../../../src/config/storage-keys';
import { renderApp } from '../../test-utils';
import { captureDownloads, storedLibrary } from './seed';

// Its own file: the store (a module singleton) raises each notice once per page load.
it('starts with what it could recover from a garbled value, says so once, and offers the original', async () => {
  const user = userEvent.setup();
  const files = captureDownloads(vi);
  const garbage = '{"version":1,"papers":{"2025-10-20/x": tru';
  localStorage.setItem(storageKeys.library, garbage);
  renderApp('/library');
  await screen.findByRole('heading', { level: 1, name: '내 서재' });

  const notice = screen
    .getByText(/일부를 읽을 수 없었어요/)
    .closest('[role="status"]') as HTMLElement;
  expect(notice).toBeInTheDocument();
  await user.click(within(notice).getByRole('button', { name: '보관된 원본 내려받기' }));
  expect(files[0]?.name).toMatch(/^paper-digest-library-kept-aside-.*\.json$/);
  const kept = JSON.parse(await files[0]!.text);
  expect(kept.items[0].raw).toBe(garbage);
  expect(localStorage.getItem(storageKeys.libraryBackup)).toContain('tru');
  expect(storedLibrary()).toEqual({ version: 1, papers: {}, issueLikes: {} });

  await user.click(within(notice).getByRole('button', { name: '알림 닫기' }));
  expect(screen.queryByText(/일부를 읽을 수 없었어요/)).not.toBeInTheDocument();
  // The library page still offers the kept-aside original afterwards.
  expect(screen.getByRole('button', { name: '보관된 원본 내려받기' })).toBeInTheDocument();
});
