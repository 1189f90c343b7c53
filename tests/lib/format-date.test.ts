import { describe, expect, it } from 'vitest';
import {
  formatDayDotted,
  formatMoment,
  formatMonthEn,
  formatMonthKo,
  formatPeriodDotted,
  localDateStamp,
} from '../../src/lib/format-date/compact';
import { dateParts, formatPeriodEn, formatPeriodKo } from '../../src/lib/format-date/period';

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

describe('the short forms that list weeks side by side', () => {
  it.each([
    ['2025-10-20', '2025-10-26', '2025.10.20–10.26'],
    ['2025-12-29', '2026-01-04', '2025.12.29–2026.01.04'],
    // A week whose end is unknown (its summary did not load) is named by its first day.
    ['2025-10-20', '', '2025.10.20'],
  ])('%s ~ %s is %s', (start, end, dotted) => {
    expect(formatPeriodDotted(start, end)).toBe(dotted);
  });

  it('names one day with dots, keeping its zeros', () => {
    expect(formatDayDotted('2025-01-06')).toBe('2025.01.06');
  });
});

describe('months, moments and stamps', () => {
  it('reads the parts of a day as numbers', () => {
    expect(dateParts('2025-01-06')).toEqual({ year: 2025, month: 1, day: 6 });
    expect(dateParts('')).toEqual({ year: 0, month: 0, day: 0 });
  });

  it('names a month in either language, whatever the time zone', () => {
    expect(formatMonthKo(2025, 1)).toBe('2025년 1월');
    expect(formatMonthEn(2025, 1)).toBe('January 2025');
    expect(formatMonthEn(2025, 12)).toBe('December 2025');
  });

  it("formats a moment as the reader's day in the interface language", () => {
    // Midday UTC: the same calendar day in every time zone a test machine may have.
    const at = '2025-10-22T12:00:00.000Z';
    expect(formatMoment(at, 'ko')).toBe('2025. 10. 22.');
    expect(formatMoment(at, 'en')).toBe('Oct 22, 2025');
  });

  it("stamps file names with the reader's own day", () => {
    expect(localDateStamp(new Date(2025, 0, 6, 23, 59))).toBe('2025-01-06');
  });
});
