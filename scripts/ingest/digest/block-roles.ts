import { plainText, type Block } from '../blocks';

/** The parts of a paper, in the order a digest writes them. */
export type Section = 'summary' | 'abstract' | 'links' | 'more';

export const SECTION_ORDER: readonly Section[] = ['summary', 'abstract', 'links', 'more'];
export const SECTION_LABEL: Record<Section, string> = {
  summary: '논문 소개',
  abstract: '논문 초록(Abstract)',
  links: '논문 링크',
  more: '더 읽어보기',
};

/** What one block is, judged from the block alone. */
export type Role =
  | { type: 'text' }
  | { type: 'caption' }
  | { type: 'footer' }
  | { type: 'likes'; count: number }
  | { type: 'highlight'; number: number; rest: string }
  | { type: 'section'; section: Section; rest?: string };

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'keycap_ten',
];
const HIGHLIGHT =
  /^(?::(one|two|three|four|five|six|seven|eight|nine|keycap_ten):|([1-9])\ufe0f?\u20e3|(🔟))\s*(.*)$/su;
// Discourse's copied lightbox caption: "<file name> 1200×800 88.3 KB".
const IMAGE_CAPTION = /\d{2,5}\s*[×x]\s*\d{2,5}\s+\d+(?:[.,]\d+)?\s*[KMG]?B$/i;
const LIKES = /^(\d[\d,]*)\s*(?:개의\s*좋아요|likes?)$/i;

function headingKey(text: string): string {
  return plainText(text)
    .replace(
      /^(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}]|\ufe0f|\u20e3|#|\s)+/u,
      '',
    )
    .replace(/[\s()[\]{}（）【】<>:：*_.\-–]/g, '')
    .toLowerCase();
}

/** A section heading however it is worded or spaced, or `논문 링크: <url>` with its link inline. */
function sectionOf(block: Block): { section: Section; rest?: string } | undefined {
  const plain = plainText(block.text);
  const inlineLink = /^(논문\s*링크|더\s*읽어\s*보기)\s*[:：]\s*(\S.*)$/.exec(plain);
  if (inlineLink?.[1] !== undefined) {
    return { section: inlineLink[1].includes('링크') ? 'links' : 'more', rest: inlineLink[2] };
  }
  if (plain.length > 60) return undefined;
  const key = headingKey(plain);
  if (/^(?:논문)?소개$|^(?:paper)?introduction$/.test(key)) return { section: 'summary' };
  if (/^(?:논문)?초록(?:abstract)?$|^(?:paper)?abstract$/.test(key)) return { section: 'abstract' };
  if (/^(?:논문)?(?:링크|주소)(?:links?)?$|^(?:paper)?links?$/.test(key))
    return { section: 'links' };
  if (/^더(?:읽어|알아)보기$|^(?:readmore|furtherreading|참고자료|관련링크)$/.test(key))
    return { section: 'more' };
  return undefined;
}

export function classifyBlock(block: Block): Role {
  const plain = plainText(block.text);
  const likes = LIKES.exec(plain);
  if (likes?.[1] !== undefined) return { type: 'likes', count: Number(likes[1].replace(/,/g, '')) };
  if (
    (plain.includes('파이토치') &&
      /파이토치\s*한국\s*사용자\s*모임/.test(plain) &&
      /(유용하셨나요|회원으로\s*가입|이메일)/.test(plain)) ||
    /^(?::wrapped_gift:|🎁)/.test(plain) ||
    (plain.includes('좋아요') && /좋아요.{0,20}눌러\s*주시면/.test(plain))
  ) {
    return { type: 'footer' };
  }
  if (plain.length < 300 && block.kind !== 'link-preview' && IMAGE_CAPTION.test(plain))
    return { type: 'caption' };
  const section = sectionOf(block);
  if (section) return { type: 'section', ...section };
  const highlight = HIGHLIGHT.exec(block.text);
  if (highlight) {
    const [, word, digit, ten, rest = ''] = highlight;
    const number =
      word !== undefined
        ? NUMBER_WORDS.indexOf(word) + 1
        : digit !== undefined
          ? Number(digit)
          : ten
            ? 10
            : 0;
    return { type: 'highlight', number, rest: rest.trim() };
  }
  return { type: 'text' };
}
