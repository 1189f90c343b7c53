import { Suspense, lazy, type ReactNode } from 'react';
import type { LinkPhrase } from './link-phrases';
import type * as Renderer from './markdown-renderer';
import { markdownToPlainParagraphs } from './plain-text';

type RendererModule = typeof Renderer;

export interface MarkdownProps {
  /** Markdown with `$…$` math, from the data. Raw HTML in it is dropped, never rendered. */
  text: string;
  className?: string;
  lang?: string;
  /**
   * Renders same-page `#fragment` links (e.g. with the router's Link). Without it they are plain
   * anchors. External links are always rendered by the component itself.
   */
  renderFragmentLink?: (href: string, children: ReactNode) => ReactNode;
  /** Exact phrases to turn into links (first occurrence each, never inside math or code). */
  linkPhrases?: readonly LinkPhrase[];
}

let rendererModule: Promise<RendererModule> | undefined;

/** Starts loading the Markdown + KaTeX chunk early (e.g. while the issue JSON is on its way). */
export function preloadMarkdown() {
  rendererModule ??= import('./markdown-renderer');
  return rendererModule;
}

const MarkdownRenderer = lazy(() => preloadMarkdown());

/**
 * Markdown with math. The parser and KaTeX live in their own chunk; until it arrives the same
 * paragraphs render as plain text, so nothing jumps when the formatted version replaces it.
 */
export function Markdown({
  text,
  className,
  lang,
  renderFragmentLink,
  linkPhrases,
}: MarkdownProps) {
  const classes = className ? `markdown ${className}` : 'markdown';
  return (
    <div className={classes} lang={lang}>
      <Suspense fallback={<PlainParagraphs text={text} />}>
        <MarkdownRenderer
          text={text}
          renderFragmentLink={renderFragmentLink}
          linkPhrases={linkPhrases}
        />
      </Suspense>
    </div>
  );
}

function PlainParagraphs({ text }: { text: string }) {
  return (
    <>
      {markdownToPlainParagraphs(text).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </>
  );
}
