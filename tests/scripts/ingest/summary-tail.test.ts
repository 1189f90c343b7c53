// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../scripts/ingest/parse-digest';
import { SEED_SIDECAR, SEED_TEXT } from './fixtures';

describe('a short bilingual line at the end of a summary', () => {
  it('stays in that summary instead of becoming a paper of its own', () => {
    // The first paper's 논문 소개 ends with a "한국어 / English" line right before 논문 초록.
    const first = SEED_TEXT.indexOf('논문 초록(Abstract)');
    const text = `${SEED_TEXT.slice(0, first)}코드는 다음 저장소에서 확인할 수 있습니다 / Code available on GitHub\n\n${SEED_TEXT.slice(first)}`;
    const { issue, errors } = parseDigest(text, {
      fileName: 'tail.txt',
      format: 'text',
      sidecar: SEED_SIDECAR,
    });
    expect(errors).toEqual([]);
    expect(issue?.papers).toHaveLength(10);
    const brainRot = issue?.papers[0];
    expect(brainRot?.id).toBe('llms-can-get-brain-rot');
    expect(brainRot?.missing).toEqual([]);
    expect(brainRot?.summary).toContain('Code available on GitHub');
    expect(brainRot?.abstractEn).toMatch(/^We propose and test/);
  });
});
