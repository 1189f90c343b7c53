// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  arxivIdSchema,
  isSafeHttpUrl,
  issueIndexSchema,
  safeUrlSchema,
} from '../../src/data/schema';

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

describe('arXiv ids (the reader builds arXiv, PDF, Hugging Face and alphaXiv links from them)', () => {
  it.each(['2510.13928', '0704.0001', 'hep-th/9901001', 'math.GT/0309136'])('accepts %s', (id) => {
    expect(arxivIdSchema.safeParse(id).success).toBe(true);
  });
  it.each([
    '2510.13928v2',
    '../../evil',
    '2510.13928?download=1',
    'javascript:alert(1)',
    '2510.13928/../x',
    '',
  ])('refuses %s', (id) => {
    expect(arxivIdSchema.safeParse(id).success).toBe(false);
  });
});
