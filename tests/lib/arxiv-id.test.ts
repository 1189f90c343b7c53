// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { arxivIdFromUrl, arxivIdMonth } from '../../src/lib/arxiv-id';

describe('the month an arXiv id was numbered in', () => {
  it.each([
    ['2510.13928', [2025, 10]],
    ['0704.0001', [2007, 4]],
    ['1412.6980', [2014, 12]],
    ['hep-th/9901001', [1999, 1]],
    ['math.GT/0309136', [2003, 9]],
    ['cs/9112001', [1991, 12]],
  ] as const)('%s', (id, month) => {
    expect(arxivIdMonth(id)).toEqual(month);
  });

  it('is unknown for anything else', () => {
    expect(arxivIdMonth('not an id')).toBeNull();
    expect(arxivIdMonth('')).toBeNull();
  });

  it('agrees with the ids read from links', () => {
    const id = arxivIdFromUrl('https://arxiv.org/pdf/2510.05186v2.pdf');
    expect(id).toBe('2510.05186');
    expect(arxivIdMonth(id!)).toEqual([2025, 10]);
  });
});
