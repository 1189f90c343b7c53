// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isSafeHttpUrl, issueIndexSchema, safeUrlSchema } from '../../src/data/schema';

describe('safe URLs', () => {
  it.each(['https://arxiv.org/abs/2510.13928', 'http://example.com/a?b=c'])('accepts %s', (url) => {
    expect(isSafeHttpUrl(url)).toBe(true);
    expect(safeUrlSchema.safeParse(url).success).toBe(true);
  });
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<b>x</b>',
    '/relative',
    '',
    'mailto:a@b.c',
  ])('refuses %s', (url) => {
    expect(isSafeHttpUrl(url)).toBe(false);
    expect(safeUrlSchema.safeParse(url).success).toBe(false);
  });
});

describe('issue index', () => {
  it('refuses an index of another data version', () => {
    expect(issueIndexSchema.safeParse({ version: 2, issues: [] }).success).toBe(false);
  });
});
