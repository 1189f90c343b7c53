import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { isSafeHttpUrl, type Link } from '../../src/data/schema';
import { normalizeSpace, plainText, type Block } from './blocks';

export interface HtmlDigest {
  /** Candidate title lines from outside the post (topic heading, og:title, <title>), best first. */
  titles: Block[];
  /** The post body as blocks. */
  blocks: Block[];
  /** Canonical forum URL of the topic, when the saved page names one. */
  source: string | null;
  /** The first post's like count, when the page shows one. */
  likes: number | null;
  /** True when no `.cooked`/`[itemprop=text]` element was found and the whole document was read. */
  usedWholeDocument: boolean;
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'img',
  'hr',
  'br',
  'figure',
]);
const HEADING = /^h[1-6]$/;
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'ul',
  'ol',
  'li',
  'aside',
  'table',
  'pre',
  'details',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
  'main',
  'hr',
]);

function tagOf(node: Node): string {
  return node instanceof HTMLElement ? (node.rawTagName ?? '').toLowerCase() : '';
}

function hasClass(el: HTMLElement, name: string): boolean {
  return (el.getAttribute('class') ?? '').split(/\s+/).includes(name);
}

function isImageWrapper(el: HTMLElement): boolean {
  // Discourse wraps uploaded images in a lightbox whose caption repeats the paper title: not content.
  return hasClass(el, 'lightbox-wrapper') || hasClass(el, 'lightbox') || hasClass(el, 'meta');
}

function isLinkPreview(el: HTMLElement): boolean {
  return /\bonebox\b/.test(el.getAttribute('class') ?? '') && tagOf(el) !== 'a';
}

interface Inline {
  text: string;
  links: Link[];
}

/** Inline content as text; bold/italic become \textbf{}/\textit{} for the clean-up, <br> a newline. */
function inline(node: Node, out: Inline): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    out.text += node.text.replace(/[ \t\r\n\f]+/g, ' ');
    return;
  }
  if (!(node instanceof HTMLElement)) return;
  const tag = tagOf(node);
  if (tag === 'br') {
    out.text += '\n';
    return;
  }
  if (tag === 'img') {
    if (hasClass(node, 'emoji'))
      out.text += node.getAttribute('alt') ?? node.getAttribute('title') ?? '';
    return;
  }
  if (SKIPPED.has(tag) || isImageWrapper(node)) return;
  if (tag === 'strong' || tag === 'b' || tag === 'em' || tag === 'i') {
    const inner: Inline = { text: '', links: out.links };
    node.childNodes.forEach((child) => inline(child, inner));
    if (inner.text.trim() === '') {
      out.text += inner.text;
      return;
    }
    const command = tag === 'strong' || tag === 'b' ? '\\textbf' : '\\textit';
    // Spaces stay outside the braces so "a <b> b </b>c" keeps its word breaks.
    const lead = /^\s*/.exec(inner.text)?.[0] ?? '';
    const trail = /\s*$/.exec(inner.text)?.[0] ?? '';
    out.text += `${lead}${command}{${inner.text.trim()}}${trail}`;
    return;
  }
  if (tag === 'code') {
    // \texttt{} is what the clean-up turns into a Markdown code span; braces and backslashes inside
    // are spelled as LaTeX so the text comes through as written.
    const inner: Inline = { text: '', links: out.links };
    node.childNodes.forEach((child) => inline(child, inner));
    out.text += `\\texttt{${latexVerbatim(inner.text)}}`;
    return;
  }
  if (tag === 'a') {
    const inner: Inline = { text: '', links: out.links };
    node.childNodes.forEach((child) => inline(child, inner));
    const href = node.getAttribute('href');
    if (href !== undefined && isSafeHttpUrl(href)) {
      const label = normalizeSpace(inner.text);
      out.links.push(label !== '' && label !== href ? { url: href, label } : { url: href });
      // A link inside a sentence stays a link (\href, which the clean-up writes as Markdown); a bare
      // URL stays the URL it shows.
      if (label !== '' && label !== href) {
        out.text += `\\href{${href.replace(/[{}\\%\s]/g, encodeURIComponent)}}{${inner.text}}`;
        return;
      }
    }
    out.text += inner.text;
    return;
  }
  node.childNodes.forEach((child) => inline(child, out));
}

/** Text for inside a LaTeX group, read back as the same characters by the clean-up. */
function latexVerbatim(text: string): string {
  return text.replace(/[\\{}%$&#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  );
}

function hasBlockChildren(el: HTMLElement): boolean {
  return el.childNodes.some(
    (child) =>
      child instanceof HTMLElement &&
      (BLOCK_TAGS.has(tagOf(child)) || isLinkPreview(child) || isImageWrapper(child)),
  );
}

function linkPreview(el: HTMLElement): Link | undefined {
  const candidates = [
    el.getAttribute('data-onebox-src'),
    el.querySelector('header a[href]')?.getAttribute('href'),
    el.querySelector('h3 a[href]')?.getAttribute('href'),
    el.querySelector('a[href]')?.getAttribute('href'),
  ];
  const url = candidates.find(
    (href): href is string => href !== undefined && href !== null && isSafeHttpUrl(href),
  );
  if (url === undefined) return undefined;
  const labelEl =
    el.querySelector('article h3') ?? el.querySelector('h3') ?? el.querySelector('header');
  const label = normalizeSpace(labelEl?.text ?? '');
  return label !== '' ? { url, label } : { url };
}

class BlockCollector {
  readonly blocks: Block[] = [];
  private readonly counts = new Map<string, number>();

  describe(tag: string, text: string): string {
    const n = (this.counts.get(tag) ?? 0) + 1;
    this.counts.set(tag, n);
    const plain = plainText(text);
    const snippet = plain.length > 30 ? `${plain.slice(0, 30)}…` : plain;
    return `${tag}#${n} "${snippet}"`;
  }

  /** One block per line of the inline content (a <br> splits a paragraph, as in the text copy). */
  addInline(nodes: readonly Node[], tag: string, kind: Block['kind']): void {
    const content: Inline = { text: '', links: [] };
    nodes.forEach((child) => inline(child, content));
    const lines = content.text
      .split('\n')
      .map(normalizeSpace)
      .filter((text) => text !== '');
    if (lines.length === 0 && content.links.length === 0) return;
    const element = this.describe(tag, normalizeSpace(content.text.replace(/\n/g, ' ')));
    if (lines.length === 0) {
      this.blocks.push({ kind, text: '', links: content.links, element });
      return;
    }
    lines.forEach((text, index) => {
      // Links stay with the first line: the parser only needs to know the paragraph carries them.
      this.blocks.push({ kind, text, links: index === 0 ? content.links : [], element });
    });
  }

  /** Each item is a block; a nested list follows its parent item, flattened. */
  walkList(list: HTMLElement, quote: boolean): void {
    for (const item of list.childNodes) {
      if (!(item instanceof HTMLElement)) continue;
      const isList = (node: Node) => ['ul', 'ol'].includes(tagOf(node));
      this.addInline(
        item.childNodes.filter((node) => !isList(node)),
        'li',
        'list-item',
      );
      for (const nested of item.childNodes) {
        if (nested instanceof HTMLElement && isList(nested)) this.walkList(nested, quote);
      }
    }
  }

  walk(container: HTMLElement, quote: boolean): void {
    let loose: Node[] = [];
    const flushLoose = () => {
      if (loose.length > 0) this.addInline(loose, 'text', quote ? 'quote' : 'paragraph');
      loose = [];
    };
    for (const child of container.childNodes) {
      const tag = tagOf(child);
      const isInlineContent =
        child.nodeType === NodeType.TEXT_NODE ||
        (child instanceof HTMLElement &&
          !BLOCK_TAGS.has(tag) &&
          !isLinkPreview(child) &&
          !isImageWrapper(child));
      if (isInlineContent) {
        // Text sitting directly in a div is a paragraph of its own, as the browser shows it.
        loose.push(child);
        continue;
      }
      flushLoose();
      if (!(child instanceof HTMLElement) || SKIPPED.has(tag) || isImageWrapper(child)) continue;
      if (isLinkPreview(child)) {
        const link = linkPreview(child);
        if (link) {
          this.blocks.push({
            kind: 'link-preview',
            text: link.label ?? link.url,
            links: [link],
            element: this.describe('aside.onebox', link.label ?? link.url),
          });
        }
      } else if (HEADING.test(tag)) {
        this.addInline(child.childNodes, tag, 'heading');
      } else if (tag === 'blockquote') {
        if (hasBlockChildren(child)) this.walk(child, true);
        else this.addInline(child.childNodes, tag, 'quote');
      } else if (tag === 'ul' || tag === 'ol') {
        this.walkList(child, quote);
      } else if (tag === 'table') {
        for (const row of child.querySelectorAll('tr')) {
          const cells = row.querySelectorAll('th, td').map((cell) => normalizeSpace(cell.text));
          const text = cells.filter((cell) => cell !== '').join(' | ');
          if (text !== '')
            this.blocks.push({
              kind: 'paragraph',
              text,
              links: [],
              element: this.describe('tr', text),
            });
        }
      } else if (tag === 'p' || tag === 'pre' || tag === 'li' || !hasBlockChildren(child)) {
        this.addInline(child.childNodes, tag, quote ? 'quote' : 'paragraph');
      } else {
        this.walk(child, quote);
      }
    }
    flushLoose();
  }
}

function findLikes(root: HTMLElement, post: HTMLElement): number | null {
  // The nearest wrapper of the first post: the count of a reply further down must not be taken.
  const scope =
    post.closest('.crawler-post') ??
    post.closest('.topic-post') ??
    post.closest('article') ??
    post.closest('[itemtype*="DiscussionForumPosting"]') ??
    root;
  for (const counter of scope.querySelectorAll('[itemprop="interactionStatistic"]')) {
    const type =
      counter.querySelector('[itemprop="interactionType"]')?.getAttribute('content') ?? '';
    const count = counter
      .querySelector('[itemprop="userInteractionCount"]')
      ?.getAttribute('content');
    if (/LikeAction/.test(type) && count !== undefined && /^\d+$/.test(count.trim()))
      return Number(count);
  }
  for (const el of scope.querySelectorAll('.post-likes, .like-count, button.like-count')) {
    const match = /(\d[\d,]*)/.exec(el.text);
    if (match?.[1] !== undefined) return Number(match[1].replace(/,/g, ''));
  }
  const spoken = /(\d[\d,]*)\s*개의\s*좋아요/.exec(
    scope === root ? root.text : scope.text.replace(post.text, ''),
  );
  return spoken?.[1] !== undefined ? Number(spoken[1].replace(/,/g, '')) : null;
}

function titleCandidates(root: HTMLElement, post: HTMLElement): Block[] {
  const found: Block[] = [];
  const add = (text: string | undefined, element: string) => {
    const clean = normalizeSpace(text ?? '');
    if (clean !== '' && !found.some((block) => block.text === clean)) {
      found.push({ kind: 'heading', text: clean, links: [], element });
    }
  };
  for (const h1 of root.querySelectorAll('#topic-title h1, .fancy-title, h1')) {
    if (!post.querySelectorAll('h1').includes(h1))
      add(h1.text, `h1 "${normalizeSpace(h1.text).slice(0, 30)}"`);
  }
  add(root.querySelector('meta[property="og:title"]')?.getAttribute('content'), 'meta og:title');
  // The <title> carries " - <category> - <forum name>" after the topic title.
  const title = root.querySelector('title')?.text;
  if (title !== undefined) add(title.split(/ [-–|] /)[0], '<title>');
  return found;
}

function findSource(root: HTMLElement): string | null {
  const candidates = [
    root.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    root.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  return candidates.find((url): url is string => url !== undefined && isSafeHttpUrl(url)) ?? null;
}

/**
 * The forum page saved as HTML (a Discourse topic): the first post's body as blocks, plus page facts.
 * With `postBody`, the input is the post's body itself (the forum API's cooked HTML).
 */
export function htmlToBlocks(input: string, { postBody = false } = {}): HtmlDigest {
  const root = parse(input.replace(/^\ufeff/, ''), {
    comment: false,
    blockTextElements: { script: true, noscript: true, style: true, pre: true },
  });
  if (postBody) {
    const collector = new BlockCollector();
    collector.walk(root, false);
    return {
      titles: [],
      blocks: collector.blocks,
      source: null,
      likes: null,
      usedWholeDocument: false,
    };
  }
  const body = root.querySelector('[itemprop="text"], .cooked');
  const post = body ?? root.querySelector('body') ?? root;
  const collector = new BlockCollector();
  collector.walk(post, false);
  return {
    titles: body ? titleCandidates(root, post) : [],
    blocks: collector.blocks,
    source: findSource(root),
    likes: body ? findLikes(root, post) : null,
    usedWholeDocument: body === null,
  };
}
