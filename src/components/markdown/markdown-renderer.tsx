import { useMemo, type ReactNode } from 'react';
import renderMarkdown, { type Components, type Options } from 'react-markdown';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type { KatexOptions } from 'katex';
import 'katex/dist/katex.min.css';
import { linkPhrases as applyLinkPhrases, type LinkPhrase } from './link-phrases';
import rehypeKeepTogether from './rehype-keep-together';
import { isFragmentHref, safeHref } from './safe-href';

// NOTE: trust:false keeps \href, \url, \includegraphics and friends inert; throwOnError:false renders a
// broken formula as its source in red instead of throwing; the limits stop a hostile macro blowing up.
const katexOptions: KatexOptions = {
  trust: false,
  throwOnError: false,
  strict: 'ignore',
  maxExpand: 1000,
  maxSize: 10,
};

const remarkPlugins = [remarkMath];
// NOTE: rehypeKeepTogether first: it leaves math (still `<code>` then) alone, and KaTeX's output too.
const rehypePlugins: NonNullable<Options['rehypePlugins']> = [
  rehypeKeepTogether,
  [rehypeKatex, katexOptions],
];

function urlTransform(url: string): string {
  return safeHref(url) ?? '';
}

interface RendererProps {
  text: string;
  renderFragmentLink?: (href: string, children: ReactNode) => ReactNode;
  linkPhrases?: readonly LinkPhrase[];
  /**
   * Shown, with one warning, when the text cannot be rendered (the parser or KaTeX threw): <Markdown>
   * passes the plain-text paragraphs it shows while this chunk loads.
   */
  fallback: ReactNode;
}

/** The heavy half of <Markdown>: loaded lazily, never on the first-load path. */
export default function MarkdownRenderer({
  text,
  renderFragmentLink,
  linkPhrases,
  fallback,
}: RendererProps) {
  // NOTE: memoised so the component types stay the same between renders (a new `a` would remount links).
  const components = useMemo<Components>(
    () => ({
      a: ({ href, children }) => {
        const safe = safeHref(href);
        if (!safe) return <span className="unlinked">{children}</span>;
        if (isFragmentHref(safe)) {
          return renderFragmentLink ? (
            renderFragmentLink(safe, children)
          ) : (
            <a href={safe}>{children}</a>
          );
        }
        return (
          <a href={safe} target="_blank" rel="noopener noreferrer">
            {children}
          </a>
        );
      },
      // Images from the data would be third-party requests (and the CSP blocks them): show their alt text.
      img: ({ alt }) => (alt ? <span className="image-alt">{alt}</span> : null),
    }),
    [renderFragmentLink],
  );
  // NOTE: react-markdown's component is a plain function (no hooks), so calling it here keeps a
  // parser failure (e.g. a stack overflow on input the guard let through) inside this one block,
  // without React reporting it as an error.
  try {
    return renderMarkdown({
      remarkPlugins,
      rehypePlugins,
      skipHtml: true,
      urlTransform,
      components,
      children: linkPhrases && linkPhrases.length > 0 ? applyLinkPhrases(text, linkPhrases) : text,
    });
  } catch (error) {
    console.warn('Markdown could not be rendered; showing it as plain text.', error);
    return fallback;
  }
}
