import { isSafeHttpUrl } from '../../src/data/schema';
import { normalizeSpace, type Block } from './blocks';

const BULLET = /^[-*•·▪◦‣]\s+/;
// `<https://…>` (an autolink) or a bare URL, whose last character may be anything, `>` included.
const BARE_URL = /^(?:<(https?:\/\/\S+?)>|(https?:\/\/\S+))$/;

/**
 * The text copied from the rendered forum page: every non-blank line is a block (the copy puts each
 * paragraph on one line). Any line ending (LF, CRLF, CR), a BOM and odd spaces are accepted.
 */
export function textToBlocks(input: string): Block[] {
  const lines = input.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  lines.forEach((raw, index) => {
    const text = normalizeSpace(raw);
    if (text === '') return;
    const line = index + 1;
    const match = BARE_URL.exec(text);
    const url = match?.[1] ?? match?.[2];
    if (url !== undefined && isSafeHttpUrl(url)) {
      blocks.push({ kind: 'paragraph', text, links: [{ url }], line });
    } else if (BULLET.test(text)) {
      blocks.push({ kind: 'list-item', text: text.replace(BULLET, ''), links: [], line });
    } else {
      blocks.push({ kind: 'paragraph', text, links: [], line });
    }
  });
  return blocks;
}
