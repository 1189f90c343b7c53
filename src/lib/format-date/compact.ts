/**
 * The short forms of dates where many weeks or entries are listed (library, search, archive); the
 * issue period's long form, which every issue page shows, is in period.ts. Calendar days are
 * formatted from their text; only moments (when the reader saved something) go through `Intl`.
 */
import type { InterfaceLanguage } from '../reading-language';

/**
 * `2025-10-20` → "2025.10.20", the same in both languages: the short name of a week where several
 * issues are listed together (they all share one title, so the date is what tells them apart).
 */
export function formatDayDotted(isoDate: string): string {
  return isoDate.replaceAll('-', '.');
}

/** `2025-10-20`, `2025-10-26` → "2025.10.20–10.26"; the year again only when it changes. */
export function formatPeriodDotted(start: string, end: string): string {
  const [year, month, day] = start.split('-');
  const [endYear, endMonth, endDay] = end.split('-');
  const head = `${year}.${month}.${day}`;
  if (!endDay) return head;
  return endYear === year
    ? `${head}–${endMonth}.${endDay}`
    : `${head}–${endYear}.${endMonth}.${endDay}`;
}

/** "2025년 10월" */
export function formatMonthKo(year: number, month: number): string {
  return `${year}년 ${month}월`;
}

// Formatters are made once and on first use: a list of hundreds of entries formats a date for each.
let monthEn: Intl.DateTimeFormat | undefined;

/** "October 2025" */
export function formatMonthEn(year: number, month: number): string {
  monthEn ??= new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  // The middle of the month, so that no calendar quirk at either end can change it.
  return monthEn.format(Date.UTC(year, month - 1, 15));
}

const dayFormats: Partial<Record<InterfaceLanguage, Intl.DateTimeFormat>> = {};

/**
 * A moment (an ISO timestamp) as its day in the reader's own time zone: "2025. 10. 22.",
 * "Oct 22, 2025".
 */
export function formatMoment(isoTime: string, language: InterfaceLanguage): string {
  const format = (dayFormats[language] ??= new Intl.DateTimeFormat(
    language === 'en' ? 'en-US' : 'ko-KR',
    { dateStyle: 'medium' },
  ));
  return format.format(new Date(isoTime));
}

/** `2025-10-26`: the reader's own day, for file names. */
export function localDateStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
