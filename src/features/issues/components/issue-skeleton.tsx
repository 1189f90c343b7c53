import { LoadingStatus, SkeletonLines } from '../../../components/ui/skeleton';

/** Shaped like the issue page (period, title, highlights, cards) so the page does not reflow when it arrives. */
export function IssueSkeleton({ label }: { label: string }) {
  return (
    <div className="issue-layout" aria-busy="true">
      <LoadingStatus label={label} />
      <div className="issue-main">
        <div className="issue-header">
          <SkeletonLines lines={1} className="skeleton--short" />
          <SkeletonLines lines={1} className="skeleton--title" />
        </div>
        <SkeletonLines lines={5} className="skeleton--block" />
        {[0, 1].map((card) => (
          <div key={card} className="paper-card paper-card--skeleton">
            <SkeletonLines lines={1} className="skeleton--title" />
            <SkeletonLines lines={6} />
          </div>
        ))}
      </div>
    </div>
  );
}
