import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it, vi } from 'vitest';
import { PaperShare } from '../../../src/features/library/components/paper-share';
import { renderWithClient } from '../../test-utils';
import { brainRot, issue } from './fixtures';
import { storedLibrary } from './seed';

describe('PaperShare', () => {
  it("copies the paper's BibTeX, which a BibTeX parser reads back, and saves nothing", async () => {
    const user = userEvent.setup();
    renderWithClient(<PaperShare issue={issue} paper={brainRot} />);
    await user.click(
      screen.getByRole('button', { name: '인용 복사 (BibTeX): LLMs Can Get "Brain Rot"!' }),
    );
    expect(await screen.findByText('BibTeX 인용을 복사했어요')).toBeInTheDocument();
    const copied = await navigator.clipboard.readText();
    const library = parse(copied, { sentenceCase: false, caseProtection: false, english: false });
    expect(library.errors).toEqual([]);
    const [entry] = library.entries;
    expect(entry?.fields.title).toBe('LLMs Can Get "Brain Rot"!');
    expect(entry?.fields.eprint).toBe('2510.13928');
    // Citing is not saving: nothing was written to the library.
    expect(storedLibrary()).toBeNull();
  });

  it('copies the paper page link where the browser has no share sheet', async () => {
    const user = userEvent.setup();
    renderWithClient(<PaperShare issue={issue} paper={brainRot} />);
    await user.click(screen.getByRole('button', { name: '공유: LLMs Can Get "Brain Rot"!' }));
    expect(await screen.findByText('링크를 복사했어요')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(
      `${location.origin}/issues/2025-10-20/papers/llms-can-get-brain-rot`,
    );
  });

  it("opens the system's share sheet where there is one, and says nothing when it is closed", async () => {
    const user = userEvent.setup();
    const share = vi.fn(() => Promise.reject(new DOMException('closed', 'AbortError')));
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      renderWithClient(<PaperShare issue={issue} paper={brainRot} />);
      await user.click(screen.getByRole('button', { name: /^공유:/ }));
      await vi.waitFor(() =>
        expect(share).toHaveBeenCalledWith({
          title: 'LLMs Can Get "Brain Rot"!',
          url: `${location.origin}/issues/2025-10-20/papers/llms-can-get-brain-rot`,
        }),
      );
      expect(screen.queryByText('링크를 복사했어요')).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });

  it('says so when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('no', 'NotAllowedError'),
    );
    renderWithClient(<PaperShare issue={issue} paper={brainRot} />);
    await user.click(screen.getByRole('button', { name: /^인용 복사/ }));
    expect(await screen.findByText(/복사하지 못했어요/)).toBeInTheDocument();
  });
});
