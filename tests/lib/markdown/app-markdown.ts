/**
 * Test helper: reads Markdown exactly as the app's renderer does (remark-parse + remark-math, no GFM) and
 * reduces it to a compact form to compare against: <b>bold</b>, <i>italic</i>, <m>tex</m>, <c>code</c>.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import type { Nodes, Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkMath);

export function parseAppMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** The word joiner our output may carry to satisfy CommonMark's flanking rules is invisible. */
const WORD_JOINER = /\u2060/g;

export function canonical(markdown: string): string {
  return parseAppMarkdown(markdown)
    .children.map((block) =>
      block.type === 'paragraph' ? block.children.map(inline).join('') : `<block:${block.type}>`,
    )
    .join('\n\n');
}

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(WORD_JOINER, '');
    case 'strong':
      return `<b>${node.children.map(inline).join('')}</b>`;
    case 'emphasis':
      return `<i>${node.children.map(inline).join('')}</i>`;
    case 'inlineMath':
      return `<m>${node.value}</m>`;
    case 'inlineCode':
      return `<c>${node.value}</c>`;
    default:
      return `<${node.type}>`;
  }
}

/** Every math span remark-math finds, and every piece of text outside math. */
export function mathAndText(markdown: string): { math: string[]; text: string[] } {
  const math: string[] = [];
  const text: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'inlineMath' || node.type === 'math') math.push(node.value);
    else if (node.type === 'text' || node.type === 'inlineCode') text.push(node.value);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(parseAppMarkdown(markdown));
  return { math, text };
}
