import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import type { KatexOptions } from 'katex';
import 'katex/dist/katex.min.css';
import { linkPhrases as applyLinkPhrases, type LinkPhrase } from './link-phrases';
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
const rehypePlugins: NonNullable<Parameters<typeof ReactMarkdown>[0]['rehypePlugins']> = [
  [rehypeKatex, katexOptions],
];

function urlTransform(url: string): string {
  return safeHref(url) ?? '';
}

interface RendererProps {
  text: string;
  renderFragmentLink?: (href: string, children: ReactNode) => ReactNode;
  linkPhrases?: readonly LinkPhrase[];
}

/** The heavy half of <Markdown>: loaded lazily, never on the first-load path. */
export default function MarkdownRenderer({ text, renderFragmentLink, linkPhrases }: RendererProps) {
  const components: Components = {
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
  };
  return (
    <ReactMarkdown
      remarkPlugins={remarkPlugins}
      rehypePlugins={rehypePlugins}
      skipHtml
      urlTransform={urlTransform}
      components={components}
    >
      {linkPhrases && linkPhrases.length > 0 ? applyLinkPhrases(text, linkPhrases) : text}
    </ReactMarkdown>
  );
}
