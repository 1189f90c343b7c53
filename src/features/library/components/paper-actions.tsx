import type { ReactNode } from 'react';
import type { Issue, Paper } from '../../../data/schema';
import { libraryStore, toSavedPaper } from '../library-store';
import { libraryText, type LibraryText } from '../library-text';
import { usePaperMarks } from '../use-library';
import { BookmarkIcon, CheckIcon, HeartIcon } from './icons';
import '../library-actions.css';
import { Translated } from '../../../components/ui/translated';

const korean = libraryText('ko');
const english = libraryText('en');

interface PaperActionsProps {
  issue: Pick<Issue, 'id' | 'title'>;
  paper: Paper;
}

/**
 * Like, bookmark and mark-as-read toggles for one paper. Each button's name carries the paper's title,
 * so a screen reader's list of buttons on an issue page says which paper each is for. Written in both
 * interface languages (translated.tsx), like the card around them: a language switch renders them
 * again only if a mark changes.
 */
export function PaperActions({ issue, paper }: PaperActionsProps) {
  const marks = usePaperMarks(issue.id, paper.id);
  const saved = () => toSavedPaper(issue, paper);
  return (
    <div className="library-actions">
      <ActionToggle
        pressed={marks.liked}
        label={<ActionName of={(text) => [text.like]} paper={paper} />}
        icon={<HeartIcon filled={marks.liked} />}
        kind="like"
        onToggle={() => libraryStore.toggleLike(saved())}
      />
      <ActionToggle
        pressed={marks.bookmarked}
        label={<ActionName of={(text) => [text.bookmark]} paper={paper} />}
        icon={<BookmarkIcon filled={marks.bookmarked} />}
        kind="bookmark"
        onToggle={() => libraryStore.toggleBookmark(saved())}
      />
      <ActionToggle
        pressed={marks.read}
        label={<ActionName of={(text) => [text.read, text.readLong]} paper={paper} />}
        icon={<CheckIcon filled={marks.read} />}
        kind="read"
        onToggle={() => libraryStore.toggleRead(saved())}
      />
    </div>
  );
}

/**
 * A button's short visible label and its name, "<what it does>: <the paper's title>", in both interface
 * languages (the page shows one: translated.tsx). The name is what assistive technology reads, the label
 * what the eye does; the label is in the name (WCAG 2.5.3). `of` picks the label, and the longer words
 * for the name where the label alone would not say what the button does.
 */
export function ActionName({
  of,
  paper,
}: {
  of: (text: LibraryText) => readonly [label: string, long?: string];
  /** The paper whose title the name carries: the English one, the original's, when there is one. */
  paper: Pick<Paper, 'titleEn' | 'titleKo' | 'id'>;
}) {
  const title = (
    <span lang={paper.titleEn ? 'en' : 'ko'}>{paper.titleEn || paper.titleKo || paper.id}</span>
  );
  const inOne = (text: LibraryText) => {
    const [label, long = label] = of(text);
    return (
      <>
        <span aria-hidden="true">{label}</span>
        <span className="library-visually-hidden">
          {long}: {title}
        </span>
      </>
    );
  };
  return <Translated ko={inOne(korean)} en={inOne(english)} />;
}

function ActionToggle(props: {
  pressed: boolean;
  label: ReactNode;
  icon: ReactNode;
  kind: string;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      className={`library-toggle library-toggle--${props.kind}`}
      aria-pressed={props.pressed}
      onClick={props.onToggle}
    >
      {props.icon}
      {props.label}
    </button>
  );
}
