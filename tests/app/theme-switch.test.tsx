import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { storageKeys } from '../../src/config/storage-keys';
import { renderApp } from '../test-utils';
import { stubSampleData } from './reader-fixtures';

describe('the theme switch', () => {
  it('follows the system by default, and remembers an explicit choice', async () => {
    stubSampleData();
    const user = userEvent.setup();
    renderApp('/archive');
    const themes = await screen.findByRole('group', { name: '화면 테마' });
    expect(within(themes).getByRole('radio', { name: '시스템' })).toBeChecked();

    await user.click(within(themes).getByRole('radio', { name: '어둡게' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(storageKeys.theme)).toBe('dark');

    await user.click(within(themes).getByRole('radio', { name: '시스템' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem(storageKeys.theme)).toBeNull();
  });
});
