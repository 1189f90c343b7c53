/**
 * The rendered Markdown's half of KEEP_TOGETHER (plain-text.ts): every text node outside code and math gets the same
 * nowrap spans the plain-text stand-in and the titles get, so a Korean particle never opens a line after
 * a closing bracket or quote. Runs before rehype-katex, while math is still `<code class="language-math">`.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { KEEP_CLASS, KEEP_TOGETHER } from './plain-text';

export default function rehypeKeepTogether() {
  return (tree: Root) => {
    visit(tree);
  };
}

function visit(parent: Root | Element): void {
  const children: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'text') children.push(...split(child.value));
    else {
      if (child.type === 'element' && child.tagName !== 'code' && child.tagName !== 'pre')
        visit(child);
      children.push(child);
    }
  }
  // Only text was replaced, by text and elements: what an element may hold, it still holds.
  parent.children = children as ElementContent[];
}

function split(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of value.matchAll(KEEP_TOGETHER)) {
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    out.push({
      type: 'element',
      tagName: 'span',
      properties: { className: [KEEP_CLASS] },
      children: [{ type: 'text', value: match[0] }],
    });
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  return out;
}
