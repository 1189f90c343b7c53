import type { Issue } from '../../../data/schema';
import { libraryStore } from '../library-store';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { libraryText } from '../library-text';
import { useIssueLiked } from '../use-library';
import { HeartIcon } from './icons';
import '../library-actions.css';
import { Bilingual } from '../../../components/ui/bilingual';

const english = libraryText('en');

/**
 * The reader's own like of the week, kept in this browser. It is never added to the forum's count,
 * which the issue header shows apart, linking to the thread where a like would count.
 */
export function IssueLikeButton({ issue }: { issue: Pick<Issue, 'id'> }) {
  const liked = useIssueLiked(issue.id);
  const [, language] = useInterfaceText();
  const text = libraryText(language);
  return (
    <button
      type="button"
      lang={language}
      className="library-toggle library-toggle--like library-issue-like"
      aria-pressed={liked}
      title={text.issueLikeHint}
      onClick={() => libraryStore.toggleIssueLike(issue.id)}
    >
      <HeartIcon filled={liked} />
      {/* Named by its content, so the visible word is the start of the accessible name (WCAG 2.5.3,
          "label in name"); the hidden part says what is liked. */}
      <span>
        <Bilingual en={english.like}>{text.like}</Bilingual>
      </span>{' '}
      <span className="library-visually-hidden">
        <Bilingual en={english.issueLikeSuffix}>{text.issueLikeSuffix}</Bilingual>
      </span>
    </button>
  );
}
