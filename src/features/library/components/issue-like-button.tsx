import type { Issue } from '../../../data/schema';
import { libraryStore } from '../library-store';
import { useLibraryText } from '../library-text';
import { useIssueLiked } from '../use-library';
import { HeartIcon } from './icons';
import '../library-actions.css';

/** The issue's like: the forum's count (when the digest showed one) plus the reader's own like. */
export function IssueLikeButton({ issue }: { issue: Pick<Issue, 'id' | 'title' | 'likes'> }) {
  const liked = useIssueLiked(issue.id);
  const [text, language] = useLibraryText();
  const count = issue.likes === null ? (liked ? 1 : null) : issue.likes + (liked ? 1 : 0);
  const countText = count === null ? '' : text.number(count);
  return (
    <button
      type="button"
      lang={language}
      className="library-toggle library-toggle--like library-issue-like"
      aria-pressed={liked}
      title={text.issueLikeDetail(issue.likes, liked)}
      onClick={() => libraryStore.toggleIssueLike(issue.id)}
    >
      <HeartIcon filled={liked} />
      {/* Named by its content, so the visible words ("좋아요 2") are the start of the accessible name
          (WCAG 2.5.3, "label in name"); the hidden part says what is liked. */}
      <span>{text.like}</span> {countText && <span className="library-count">{countText}</span>}{' '}
      <span className="library-visually-hidden">{text.issueLikeSuffix}</span>
    </button>
  );
}
