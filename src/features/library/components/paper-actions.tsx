import type { ReactNode } from 'react';
import type { Issue, Paper } from '../../../data/schema';
import { libraryStore, toSavedPaper } from '../library-store';
import type { InterfaceLanguage } from '../../../lib/reading-language';
import { libraryText } from '../library-text';
import { usePaperMarks } from '../use-library';
import { BookmarkIcon, CheckIcon, HeartIcon } from './icons';
import '../library-actions.css';
import { Bilingual } from '../../../components/ui/bilingual';

const english = libraryText('en');

interface PaperActionsProps {
  issue: Pick<Issue, 'id' | 'title'>;
  paper: Paper;
  /**
   * The interface language, from the card: on a long issue a language switch reaches the cards in a
   * transition, and a control that read the reader's language itself would re-render with the switch.
   */
  language: InterfaceLanguage;
}

/** Like, bookmark and mark-as-read toggles for one paper. Each button's name carries the paper's
 * title, so a screen reader's list of buttons on an issue page says which paper each is for. */
export function PaperActions({ issue, paper, language }: PaperActionsProps) {
  const marks = usePaperMarks(issue.id, paper.id);
  const text = libraryText(language);
  const title = paper.titleEn || paper.titleKo || paper.id;
  const saved = () => toSavedPaper(issue, paper);
  return (
    <div className="library-actions" lang={language}>
      <ActionToggle
        pressed={marks.liked}
        name={text.likeName(title)}
        label={text.like}
        labelEn={english.like}
        icon={<HeartIcon filled={marks.liked} />}
        kind="like"
        onToggle={() => libraryStore.toggleLike(saved())}
      />
      <ActionToggle
        pressed={marks.bookmarked}
        name={text.bookmarkName(title)}
        label={text.bookmark}
        labelEn={english.bookmark}
        icon={<BookmarkIcon filled={marks.bookmarked} />}
        kind="bookmark"
        onToggle={() => libraryStore.toggleBookmark(saved())}
      />
      <ActionToggle
        pressed={marks.read}
        name={text.readName(title)}
        label={text.read}
        labelEn={english.read}
        icon={<CheckIcon filled={marks.read} />}
        kind="read"
        onToggle={() => libraryStore.toggleRead(saved())}
      />
    </div>
  );
}

function ActionToggle(props: {
  pressed: boolean;
  name: string;
  label: string;
  labelEn: string;
  icon: ReactNode;
  kind: string;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className={`library-toggle library-toggle--${props.kind}`}
      aria-pressed={props.pressed}
      aria-label={props.name}
      title={props.name}
      onClick={props.onToggle}
    >
      {props.icon}
      <span aria-hidden="true">
        <Bilingual en={props.labelEn}>{props.label}</Bilingual>
      </span>
    </button>
  );
}
