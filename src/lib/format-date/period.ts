/**
 * Every date the interface shows is formatted in this folder, split by who loads it: this file is what
 * the issue and paper pages need (their first load carries nothing more), compact.ts the short forms
 * of the pages that list many weeks or entries (library, search, archive).
 *
 * The data's dates are calendar days (YYYY-MM-DD, src/data/schema.ts): they are formatted from their
 * parts, never through `Date`, so no time zone can move a week by a day.
 *
 * NOTE: the build's feeds use this file (scripts/feeds.ts, through vite.config.ts), so it must stay
 * loadable by Node itself: no imports.
 */
export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** A first and a last day, both YYYY-MM-DD (an issue's period). */
export interface DayRange {
  start: string;
  end: string;
}

/** `2025-10-20` as numbers; a missing part is 0. */
export function dateParts(isoDate: string): DateParts {
  const [year = 0, month = 0, day = 0] = isoDate.split('-').map(Number);
  return { year, month, day };
}

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/**
 * "2025년 10월 20일 ~ 26일"; repeats only what changes: "10월 27일 ~ 11월 2일",
 * "2025년 12월 29일 ~ 2026년 1월 4일".
 */
export function formatPeriodKo(period: DayRange): string {
  const start = dateParts(period.start);
  const end = dateParts(period.end);
  const from = `${start.year}년 ${start.month}월 ${start.day}일`;
  if (start.year !== end.year) return `${from} ~ ${end.year}년 ${end.month}월 ${end.day}일`;
  if (start.month !== end.month) return `${from} ~ ${end.month}월 ${end.day}일`;
  if (start.day === end.day) return from;
  return `${from} ~ ${end.day}일`;
}

/** "Oct 20 - 26, 2025"; "Oct 27 - Nov 2, 2025"; "Dec 29, 2025 - Jan 4, 2026". */
export function formatPeriodEn(period: DayRange): string {
  const start = dateParts(period.start);
  const end = dateParts(period.end);
  const month = (value: number) => MONTHS_EN[value - 1] ?? String(value);
  if (start.year !== end.year) {
    return `${month(start.month)} ${start.day}, ${start.year} - ${month(end.month)} ${end.day}, ${end.year}`;
  }
  if (start.month !== end.month) {
    return `${month(start.month)} ${start.day} - ${month(end.month)} ${end.day}, ${end.year}`;
  }
  if (start.day === end.day) return `${month(start.month)} ${start.day}, ${start.year}`;
  return `${month(start.month)} ${start.day} - ${end.day}, ${end.year}`;
}
