import type { Segment } from '../snippet';

/** Text with its matched parts in <mark>; segments are plain strings, never HTML. */
export function HighlightedText({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
