import type { Period } from '../../../src/data/schema';

export interface TitleLine {
  period: Period;
  /** The title without the period bracket, e.g. "이번 주에 살펴볼 만한 AI/ML 논문 모음". */
  title: string;
}

export type TitleLineResult = { ok: true; value: TitleLine } | { ok: false; reason: string };

// "[2025/10/20 ~ 26]", "[2025/10/27 ~ 11/02]", "[2025/12/29 ~ 2026/01/04]"; lenient about spaces,
// the date separator (/ . -), the tilde and the bracket style.
const TITLE_LINE =
  /^[[【［(（]\s*(\d{4})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[~～〜∼–—-]\s*(?:(\d{4})\s*[./-]\s*)?(?:(\d{1,2})\s*[./-]\s*)?(\d{1,2})\s*[\]】］)）]\s*(.*)$/;

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

/** Reads a digest title line. `undefined` when the line does not look like one at all. */
export function parseTitleLine(line: string): TitleLineResult | undefined {
  const match = TITLE_LINE.exec(line);
  if (!match) return undefined;
  const [, sy, sm, sd, ey, em, ed, rest = ''] = match;
  const startYear = Number(sy);
  const startMonth = Number(sm);
  const startDay = Number(sd);
  const endDay = Number(ed);
  // The end omits what it shares with the start; a smaller number means the next month / year.
  let endMonth = em !== undefined ? Number(em) : startMonth;
  let endYear = ey !== undefined ? Number(ey) : startYear;
  if (em === undefined && endDay < startDay) endMonth += 1;
  if (ey === undefined && endMonth > 12) {
    endMonth -= 12;
    endYear += 1;
  } else if (ey === undefined && endMonth < startMonth) {
    endYear += 1;
  }
  const start = isoDate(startYear, startMonth, startDay);
  const end = isoDate(endYear, endMonth, endDay);
  if (start === undefined) return { ok: false, reason: `'${sy}/${sm}/${sd}' is not a date` };
  if (end === undefined) return { ok: false, reason: `the period's end (day ${ed}) is not a date` };
  const days = (Date.parse(end) - Date.parse(start)) / 86_400_000;
  if (days < 0)
    return { ok: false, reason: `the period ends (${end}) before it starts (${start})` };
  if (days > 31)
    return { ok: false, reason: `the period ${start} ~ ${end} is longer than a month` };
  const title = rest.trim();
  return { ok: true, value: { period: { start, end }, title: title !== '' ? title : line.trim() } };
}
