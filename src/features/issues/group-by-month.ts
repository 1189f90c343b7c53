import type { IssueSummary } from '../../data/schema';
import { dateParts } from '../../lib/format-date/period';

export interface MonthGroup {
  year: number;
  /** 1–12 */
  month: number;
  issues: IssueSummary[];
}

export interface YearGroup {
  year: number;
  months: MonthGroup[];
}

/**
 * The archive's shape: weeks by the year and month they start in, in the order given (the index is
 * newest first). Pure and linear, so a few hundred weeks cost nothing.
 */
export function groupByMonth(issues: readonly IssueSummary[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const issue of issues) {
    const { year, month } = dateParts(issue.period.start);
    let yearGroup = years[years.length - 1];
    if (yearGroup?.year !== year) {
      yearGroup = { year, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months[yearGroup.months.length - 1];
    if (monthGroup?.month !== month) {
      monthGroup = { year, month, issues: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.issues.push(issue);
  }
  return years;
}
