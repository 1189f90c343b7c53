import { Fragment, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { layoutParts } from './layout-pieces';
import { rawParagraphs } from './plain-text';

/** Names a box of text that scrolls sideways, in the text's own language (kept here, where it is used). */
const SIDEWAYS_TEXT = { ko: '가로로 스크롤되는 긴 글', en: 'Long text that scrolls sideways' };

/**
 * Text the guard keeps from the parser, as plain text (markdown.css: `.markdown--plain`). A word wider
 * than the column scrolls sideways in this box; a box that scrolls is a named region in the tab order,
 * so a keyboard can reach and scroll it (WAI-ARIA's scrollable region; axe: scrollable-region-focusable).
 * Whether it scrolls is measured after layout (see useOverflows), so the prerendered page and the first
 * render in the browser agree, and a box that fits (most: spaces wrap) adds no tab stop. Its name is in
 * the language of the text, which is the element's `lang`, so a screen reader says it in the right voice.
 * Long runs and text that switches direction at every letter are laid out in pieces (layout-pieces.ts).
 * A chunk of its own, loaded only when such text shows up (markdown.tsx): real text never does.
 */
export default function PlainTextView({
  text,
  className,
  lang,
  renderText,
}: {
  text: string;
  className: string;
  lang?: string;
  /**
   * Renders a stretch of text: `keepTogether` (markdown.tsx), handed in rather than imported, so that
   * this chunk shares it with the first load without a chunk of its own and without an import cycle.
   */
  renderText: (text: string) => ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  const overflows = useOverflows(box, text);
  // The same elements when only `overflows` changes, so React leaves the text alone.
  const paragraphs = useMemo(
    () =>
      rawParagraphs(text).map((paragraph, index) => (
        <p key={index}>
          {layoutParts(paragraph).map((part, at) =>
            part.piece ? (
              <span className="markdown__piece" key={at}>
                {renderText(part.text)}
              </span>
            ) : (
              <Fragment key={at}>{renderText(part.text)}</Fragment>
            ),
          )}
        </p>
      )),
    [text, renderText],
  );
  const region = overflows
    ? {
        role: 'region',
        'aria-label': lang === 'en' ? SIDEWAYS_TEXT.en : SIDEWAYS_TEXT.ko,
        tabIndex: 0,
      }
    : {};
  return (
    <div ref={box} className={className} lang={lang} {...region}>
      {paragraphs}
    </div>
  );
}

/**
 * Whether the element's content overflows it, i.e. it scrolls. Read when a ResizeObserver reports its
 * size, which it does after layout (once when observing starts, then on every change, e.g. a hidden
 * column shown or the window resized): never during render, and without forcing a layout of its own.
 */
function useOverflows(ref: { current: HTMLElement | null }, content: unknown): boolean {
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setOverflows(
        element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight,
      ),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, content]);
  return overflows;
}
