import { useReadCounts } from '../../features/library/use-read-counts';
import { Bilingual } from '../../components/ui/bilingual';

/*
 * How many of each week's papers the reader has not read, on the archive. In a chunk of its own with the
 * library store it reads: the archive's first load stays within its budget, and the numbers (the
 * prerendered page has every week unread) follow once it has loaded.
 */
export default function ArchiveUnread({
  issueId,
  paperCount,
  label,
  labelEn,
}: {
  issueId: string;
  paperCount: number;
  label: (count: number) => string;
  /** The English twin, for the prerendered page (components/ui/bilingual.tsx). */
  labelEn: (count: number) => string;
}) {
  const readCounts = useReadCounts();
  const unread = Math.max(0, paperCount - (readCounts.get(issueId) ?? 0));
  return <Bilingual en={labelEn(unread)}>{label(unread)}</Bilingual>;
}
