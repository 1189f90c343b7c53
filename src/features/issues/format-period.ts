import type { Period } from '../../data/schema';

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

interface DateParts {
  year: number;
  month: number;
  day: number;
}

function parts(isoDate: string): DateParts {
  const [year = 0, month = 0, day = 0] = isoDate.split('-').map(Number);
  return { year, month, day };
}

/**
 * "2025년 10월 20일 ~ 26일"; repeats only what changes: "10월 27일 ~ 11월 2일",
 * "2025년 12월 29일 ~ 2026년 1월 4일".
 */
export function formatPeriodKo(period: Period): string {
  const start = parts(period.start);
  const end = parts(period.end);
  const from = `${start.year}년 ${start.month}월 ${start.day}일`;
  if (start.year !== end.year) return `${from} ~ ${end.year}년 ${end.month}월 ${end.day}일`;
  if (start.month !== end.month) return `${from} ~ ${end.month}월 ${end.day}일`;
  if (start.day === end.day) return from;
  return `${from} ~ ${end.day}일`;
}

/** "Oct 20 - 26, 2025"; "Oct 27 - Nov 2, 2025"; "Dec 29, 2025 - Jan 4, 2026". */
export function formatPeriodEn(period: Period): string {
  const start = parts(period.start);
  const end = parts(period.end);
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
