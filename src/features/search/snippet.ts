/** Highlighting by text ranges: the UI renders segments as text and <mark>, never as HTML. */
export interface Segment {
  text: string;
  match: boolean;
}

export type Range = [start: number, end: number];

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = ranges
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** The text between `from` and `to` cut into plain and matched segments. */
export function toSegments(
  text: string,
  ranges: readonly Range[],
  from = 0,
  to = text.length,
): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  for (const [rawStart, rawEnd] of mergeRanges(ranges)) {
    const start = Math.max(rawStart, from);
    const end = Math.min(rawEnd, to);
    if (end <= start) continue;
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < to) segments.push({ text: text.slice(at, to), match: false });
  return segments;
}

const ELLIPSIS = '…';

/** Moves an offset back (or forward) to the nearest space within `slack`, so words are not cut. */
function snapToSpace(text: string, offset: number, direction: -1 | 1, slack = 12): number {
  for (let i = 0; i <= slack; i++) {
    const at = offset + i * direction;
    if (at <= 0) return 0;
    if (at >= text.length) return text.length;
    if (/\s/.test(text[at] as string)) return direction < 0 ? at + 1 : at;
  }
  return offset;
}

/**
 * A window of about `length` characters around the first match (with some words before it), as
 * segments with an ellipsis where the text was cut. With no ranges, the opening of the text.
 */
export function buildSnippet(text: string, ranges: readonly Range[], length = 160): Segment[] {
  if (text.length === 0) return [];
  const merged = mergeRanges(ranges);
  const first = merged[0];
  let start = 0;
  if (first && first[0] > length / 4) {
    start = snapToSpace(text, first[0] - Math.floor(length / 4), -1);
  }
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = snapToSpace(text, end, 1);
  // A match that straddles the end is shown whole.
  for (const [rangeStart, rangeEnd] of merged) {
    if (rangeStart < end && rangeEnd > end) end = rangeEnd;
  }
  const segments = toSegments(text, merged, start, end);
  if (start > 0) segments.unshift({ text: ELLIPSIS, match: false });
  if (end < text.length) segments.push({ text: ELLIPSIS, match: false });
  return segments;
}
