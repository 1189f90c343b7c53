import { useReadCounts } from '../../features/library/use-read-counts';

/*
 * How many of each week's papers the reader has not read, on the archive. In a chunk of its own with the
 * library store it reads: the archive's first load stays within its budget, and the numbers (the
 * prerendered page has every week unread) follow once it has loaded.
 */
export default function ArchiveUnread({
  issueId,
  paperCount,
  label,
}: {
  issueId: string;
  paperCount: number;
  label: (count: number) => string;
}) {
  const readCounts = useReadCounts();
  return label(Math.max(0, paperCount - (readCounts.get(issueId) ?? 0)));
}
