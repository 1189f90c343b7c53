import { describe, expect, it } from 'vitest';
import { ISSUE_ID_PATTERN, isIssueId } from '../../src/data/issue-id';

describe('an issue id', () => {
  it.each(['2025-10-20', '1999-01-01'])('accepts %s', (id) => {
    expect(isIssueId(id)).toBe(true);
    expect(ISSUE_ID_PATTERN.test(id)).toBe(true);
  });

  it.each(['2025-1-20', '2025-10-20x', ' 2025-10-20', '2025/10/20', '', 'latest'])(
    'refuses %j',
    (id) => expect(isIssueId(id)).toBe(false),
  );

  it('refuses anything that is not a string', () => {
    for (const value of [20251020, null, undefined, {}, ['2025-10-20']]) {
      expect(isIssueId(value)).toBe(false);
    }
  });
});
