// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatPeriodEn, formatPeriodKo } from '../../../src/features/issues/format-period';

describe('formatting an issue period', () => {
  it.each([
    ['2025-10-20', '2025-10-26', '2025년 10월 20일 ~ 26일', 'Oct 20 - 26, 2025'],
    ['2025-10-27', '2025-11-02', '2025년 10월 27일 ~ 11월 2일', 'Oct 27 - Nov 2, 2025'],
    ['2025-12-29', '2026-01-04', '2025년 12월 29일 ~ 2026년 1월 4일', 'Dec 29, 2025 - Jan 4, 2026'],
    ['2025-01-06', '2025-01-06', '2025년 1월 6일', 'Jan 6, 2025'],
    ['2024-02-26', '2024-03-03', '2024년 2월 26일 ~ 3월 3일', 'Feb 26 - Mar 3, 2024'],
  ])('%s ~ %s', (start, end, ko, en) => {
    expect(formatPeriodKo({ start, end })).toBe(ko);
    expect(formatPeriodEn({ start, end })).toBe(en);
  });
});
