import { Component, Suspense, memo, type ErrorInfo, type ReactNode } from 'react';
import { preloadableLazy } from '../lazy/preloadable-lazy';
import type { LinkPhrase } from './link-phrases';
import { isTooComplexForMarkdown } from './markdown-guard';
import { KEEP_CLASS, KEEP_TOGETHER, markdownToPlainParagraphs, rawParagraphs } from './plain-text';
import './keep-together.css';

export interface MarkdownProps {
  /** Markdown with `$…$` math, from the data. Raw HTML in it is dropped, never rendered. */
  text: string;
  className?: string;
  lang?: string;
  /**
   * Renders same-page `#fragment` links (e.g. with the router's Link). Without it they are plain
   * anchors. External links are always rendered by the component itself. Keep it stable (useCallback):
   * a new function re-renders the Markdown.
   */
  renderFragmentLink?: (href: string, children: ReactNode) => ReactNode;
  /** Exact phrases to turn into links (first occurrence each, never inside math or code). */
  linkPhrases?: readonly LinkPhrase[];
}

const MarkdownRenderer = preloadableLazy(() => import('./markdown-renderer'));
// Only text the guard refuses needs it (hostile or broken data), so it stays off the first load.
const PlainTextView = preloadableLazy(() => import('./plain-text-view'));

/** Starts loading the Markdown + KaTeX chunk early (e.g. while the issue JSON is on its way). */
export function preloadMarkdown(): Promise<unknown> {
  return MarkdownRenderer.preload();
}

/**
 * Markdown with math. The parser and KaTeX live in their own chunk; until it arrives the same
 * paragraphs render as plain text, so nothing jumps when the formatted version replaces it. Text the
 * parser could choke on (see markdown-guard.ts) stays plain text, and a block that fails to render
 * falls back to plain text on its own, so one bad field never takes the page down.
 *
 * Memoised: parsing and typesetting are the expensive part of a render, and the component around a
 * block may render again for other reasons (the page's lists, a card's own language choice).
 */
export const Markdown = memo(function Markdown({
  text,
  className,
  lang,
  renderFragmentLink,
  linkPhrases,
}: MarkdownProps) {
  const classes = className ? `markdown ${className}` : 'markdown';
  if (isTooComplexForMarkdown(text)) {
    return <GuardedText text={text} className={`${classes} markdown--plain`} lang={lang} />;
  }
  const plain = <Paragraphs paragraphs={markdownToPlainParagraphs(text)} />;
  return (
    <div className={classes} lang={lang}>
      <MarkdownBoundary fallback={plain}>
        <Suspense fallback={plain}>
          <MarkdownRenderer
            text={text}
            renderFragmentLink={renderFragmentLink}
            linkPhrases={linkPhrases}
            fallback={plain}
          />
        </Suspense>
      </MarkdownBoundary>
    </div>
  );
}, sameMarkdownProps);

/** Like React's shallow compare, but phrase lists (rebuilt on every render) compare by content. */
function sameMarkdownProps(before: MarkdownProps, after: MarkdownProps): boolean {
  return (
    before.text === after.text &&
    before.className === after.className &&
    before.lang === after.lang &&
    before.renderFragmentLink === after.renderFragmentLink &&
    samePhrases(before.linkPhrases, after.linkPhrases)
  );
}

function samePhrases(a: readonly LinkPhrase[] = [], b: readonly LinkPhrase[] = []): boolean {
  return (
    a.length === b.length &&
    a.every((phrase, index) => phrase.text === b[index]?.text && phrase.href === b[index]?.href)
  );
}

/**
 * `text` with each closing bracket or quote and the Korean particle after it in a nowrap span, so no line
 * starts with the particle (see KEEP_TOGETHER). For titles and other plain text that may be Korean.
 */
export function keepTogether(text: string): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(KEEP_TOGETHER)) {
    parts.push(
      text.slice(last, match.index),
      <span className={KEEP_CLASS} key={match.index}>
        {match[0]}
      </span>,
    );
    last = match.index + match[0].length;
  }
  if (last === 0) return text;
  parts.push(text.slice(last));
  return parts;
}

function Paragraphs({ paragraphs }: { paragraphs: string[] }) {
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{keepTogether(paragraph)}</p>
      ))}
    </>
  );
}

/**
 * Text the guard refuses, in its own view (plain-text-view.tsx), in a small chunk of its own: real text
 * never needs it, so it stays off the first load. The prerender writes it in full (a page is readable
 * without JavaScript); hydrating, React keeps that HTML until the chunk is here. Rendered in the browser,
 * the box stays empty until then (the same text whole could take seconds to lay out), and shows the text
 * whole if the chunk cannot load.
 */
function GuardedText({
  text,
  className,
  lang,
}: {
  text: string;
  className: string;
  lang?: string;
}) {
  const whole = (
    <div className={className} lang={lang}>
      <Paragraphs paragraphs={rawParagraphs(text)} />
    </div>
  );
  return (
    <MarkdownBoundary fallback={whole}>
      <Suspense fallback={<div className={className} lang={lang} />}>
        <PlainTextView text={text} className={className} lang={lang} renderText={keepTogether} />
      </Suspense>
    </MarkdownBoundary>
  );
}

interface BoundaryProps {
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * The last line of defence for one block: anything the renderer throws while React renders or
 * commits its output leaves this block as plain text. The error is expected from hostile data, so it
 * is a warning (app/report-caught-error.ts keeps React from also logging it as an error).
 */
class MarkdownBoundary extends Component<BoundaryProps, { failed: boolean }> {
  static recoversInPlace = true;
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Markdown could not be rendered; showing it as plain text.', error, info);
  }

  render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
