import type { Issue } from '../../../data/schema';
import { paperKey } from '../library-schema';
import { useInterfaceText } from '../../../hooks/use-interface-text';
import { libraryText } from '../library-text';
import { useLibrary } from '../use-library';
import '../library-actions.css';
import { Bilingual } from '../../../components/ui/bilingual';

const english = libraryText('en');

/** A quiet "3 / 10 읽음" for an issue, with a thin bar for the eye. */
export function ReadProgress({ issue }: { issue: Pick<Issue, 'id' | 'papers'> }) {
  const { data } = useLibrary();
  const [, language] = useInterfaceText();
  const text = libraryText(language);
  const total = issue.papers.length;
  if (total === 0) return null;
  const read = issue.papers.filter(
    (paper) => data.papers[paperKey(issue.id, paper.id)]?.readAt,
  ).length;
  return (
    <p className="library-progress" data-complete={read === total || undefined}>
      <span className="library-progress__bar" aria-hidden="true">
        <span style={{ width: `${(read / total) * 100}%` }} />
      </span>
      <span>
        <Bilingual en={english.progress(read, total)}>{text.progress(read, total)}</Bilingual>
      </span>
    </p>
  );
}
