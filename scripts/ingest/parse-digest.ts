import {
  DATA_VERSION,
  describeSchemaError,
  issueSchema,
  type Highlight,
  type Issue,
  type Link,
  type Paper,
  type SummaryItem,
} from '../../src/data/schema';
import { plainText, positionOf, type Block } from './blocks';
import { cleanDigestText, cleanInlineText } from './clean-text';
import { htmlToBlocks } from './html-blocks';
import { findMentions, PaperMatcher, quotedNames, normalizeName } from './mentions';
import { parseTitleLine, type TitleLine } from './period';
import type { IngestProblem, ProblemCode } from './problems';
import { sidecarSchema, type Sidecar } from './sidecar';
import { uniqueSlugs } from './slug';
import { textToBlocks } from './text-blocks';

export interface ParseOptions {
  /** Used in every reported problem, e.g. `2025-10-20.txt`. */
  fileName: string;
  format: 'text' | 'html';
  /** The parsed `<digest>.links.json`, when there is one (validated here). */
  sidecar?: unknown;
  /** For the forum API's cooked HTML of the first post (format `html`): what the topic says around it. */
  forumPost?: { title: string; source: string; likes: number | null; postedAt?: string | null };
}

export interface ParseResult {
  /** Present when the file could be read as a digest and the result passed the schema. */
  issue?: Issue;
  /** Why there is no issue. Empty when `issue` is present. */
  errors: IngestProblem[];
  /** Everything a maintainer should look at; the issue is still written. Papers with a missing part
   * are listed here (and flagged in the paper's `missing`). */
  warnings: IngestProblem[];
}

type Section = 'summary' | 'abstract' | 'links' | 'more';

const SECTION_ORDER: readonly Section[] = ['summary', 'abstract', 'links', 'more'];
const SECTION_LABEL: Record<Section, string> = {
  summary: '논문 소개',
  abstract: '논문 초록(Abstract)',
  links: '논문 링크',
  more: '더 읽어보기',
};

type Role =
  | { type: 'text' }
  | { type: 'caption' }
  | { type: 'footer' }
  | { type: 'likes'; count: number }
  | { type: 'highlight'; number: number; rest: string }
  | { type: 'section'; section: Section; rest?: string };

const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/;
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
const SUMMARY_LABEL = /(요약|정리|한\s*줄|목록|논문\s*별|summary|summaries|tl;?\s*dr)/i;

function headingKey(text: string): string {
  return plainText(text)
    .replace(
      /^(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}]|\ufe0f|\u20e3|#|\s)+/u,
      '',
    )
    .replace(/[\s()[\]{}（）【】<>:：*_.\-–]/g, '')
    .toLowerCase();
}

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

function classify(block: Block): Role {
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

/** `한국어 제목 / English Title`: the first ` / ` after which the text is Latin and Hangul-free, so a
 * slash inside either title ("Twitter/X", "AI/ML") never splits it. */
export function splitTitles(text: string): { ko: string; en: string } | undefined {
  for (const separator of text.matchAll(/\s+\/\s*|\s*\/\s+/g)) {
    const left = text.slice(0, separator.index).trim();
    const right = text.slice(separator.index + separator[0].length).trim();
    if (left !== '' && /[A-Za-z]/.test(right) && !HANGUL.test(right))
      return { ko: left, en: right };
  }
  return undefined;
}

/** Share of Hangul among the letters (Hangul + Latin); undefined when there are none. */
function hangulShare(text: string): number | undefined {
  let hangul = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0x1100 && c <= 0x11ff) ||
      (c >= 0x3130 && c <= 0x318f)
    )
      hangul++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  return hangul + latin === 0 ? undefined : hangul / (hangul + latin);
}

interface PaperDraft {
  header: Block;
  titleKo: string;
  titleEn: string;
  summary: Block[];
  abstractKo: Block[];
  abstractEn: Block[];
  paperLinks: Link[];
  moreLinks: Link[];
  headings: Map<Section, Block>;
}

class Reader {
  readonly errors: IngestProblem[] = [];
  readonly warnings: IngestProblem[] = [];

  constructor(private readonly options: ParseOptions) {}

  problem(
    list: IngestProblem[],
    block: Block | undefined,
    code: ProblemCode,
    message: string,
  ): void {
    list.push({ code, file: this.options.fileName, ...positionOf(block), message });
  }

  warn(block: Block | undefined, code: ProblemCode, message: string): void {
    this.problem(this.warnings, block, code, message);
  }

  fail(block: Block | undefined, code: ProblemCode, message: string): void {
    this.problem(this.errors, block, code, message);
  }

  /** Every text field goes through the shared clean-up; its warnings keep the block's position. */
  clean(blocks: readonly Block[]): string {
    return blocks
      .map((block) => {
        try {
          const result = cleanDigestText(block.text);
          for (const warning of result.warnings) this.warn(block, 'clean-up', warning);
          return result.markdown.trim();
        } catch (error) {
          this.warn(
            block,
            'clean-up',
            `text clean-up failed (${String(error)}); kept the text as it is`,
          );
          return block.text;
        }
      })
      .filter((markdown) => markdown !== '')
      .join('\n\n');
  }

  /** Titles are plain text in the schema: the clean-up's reader-visible text, not its Markdown. */
  cleanInline(text: string, block: Block | undefined): string {
    if (text === '') return '';
    try {
      const result = cleanInlineText(text);
      for (const warning of result.warnings) this.warn(block, 'clean-up', warning);
      return result.text.trim();
    } catch (error) {
      this.warn(
        block,
        'clean-up',
        `text clean-up failed (${String(error)}); kept the text as it is`,
      );
      return text;
    }
  }
}

function findTitle(
  blocks: readonly Block[],
  reader: Reader,
): { index: number; line: TitleLine } | undefined {
  for (let index = 0; index < Math.min(blocks.length, 6); index++) {
    const block = blocks[index];
    if (!block) continue;
    const result = parseTitleLine(plainText(block.text));
    if (result === undefined) continue;
    if (!result.ok) {
      reader.fail(block, 'period', `expected a period like '[2025/10/20 ~ 26]': ${result.reason}`);
      return undefined;
    }
    return { index, line: result.value };
  }
  reader.fail(
    blocks[0],
    'not-a-digest',
    "not a digest: expected a title line like '[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음' at the top",
  );
  return undefined;
}

function findHeaders(blocks: readonly Block[], roles: readonly Role[]): number[] {
  const headers: number[] = [];
  let inLinks = false;
  let section: string | undefined;
  const nextRole = (from: number): Role | undefined => {
    for (let j = from + 1; j < roles.length; j++) if (roles[j]?.type !== 'caption') return roles[j];
    return undefined;
  };
  blocks.forEach((block, index) => {
    const role = roles[index];
    if (role?.type === 'section') {
      inLinks = role.section === 'links' || role.section === 'more';
      section = role.section;
      return;
    }
    if (role?.type !== 'text' || block.kind === 'link-preview' || block.text.length > 400) return;
    const next = nextRole(index);
    // A short bilingual line at the end of a paper's 논문 소개 (e.g. "코드 / Code on GitHub") is still
    // that summary when 논문 초록 follows: only a paper without a summary goes straight to its abstract.
    const endsSummary =
      section === 'summary' && next?.type === 'section' && next.section === 'abstract';
    const opensPaper =
      next?.type === 'section' &&
      (next.section === 'summary' || next.section === 'abstract') &&
      !endsSummary;
    const titles = splitTitles(plainText(block.text));
    const isHeader =
      // Whatever stands right before '논문 소개' names the paper, even without the ' / ' form.
      (next?.type === 'section' && next.section === 'summary') ||
      (titles !== undefined && (opensPaper || block.kind === 'heading')) ||
      // Under 논문 링크/더 읽어보기 only link-preview text follows; a bilingual title there is the next
      // paper, even one whose sections are all missing.
      (titles !== undefined && inLinks && HANGUL.test(titles.ko));
    if (isHeader) {
      headers.push(index);
      inLinks = false;
      section = undefined;
    }
  });
  return headers;
}

function readPaper(
  header: Block,
  content: readonly Block[],
  roles: readonly Role[],
  reader: Reader,
): PaperDraft {
  const plainHeader = plainText(header.text);
  const titles = splitTitles(plainHeader);
  const draft: PaperDraft = {
    header,
    titleKo: titles?.ko ?? ((hangulShare(plainHeader) ?? 0) >= 0.3 ? plainHeader : ''),
    titleEn: titles?.en ?? ((hangulShare(plainHeader) ?? 0) >= 0.3 ? '' : plainHeader),
    summary: [],
    abstractKo: [],
    abstractEn: [],
    paperLinks: [],
    moreLinks: [],
    headings: new Map(),
  };
  const name = draft.titleEn || draft.titleKo;
  let current: Section | undefined;
  let furthest = -1;
  let lastLanguage: 'ko' | 'en' = 'ko';

  const addContent = (block: Block) => {
    if (block.kind === 'link-preview' && current !== 'links' && current !== 'more') {
      reader.warn(
        block,
        'link',
        `paper "${name}": a link preview outside '논문 링크'/'더 읽어보기' is kept as a further link`,
      );
      draft.moreLinks.push(...block.links);
      return;
    }
    switch (current) {
      case undefined:
        reader.warn(
          block,
          'section-order',
          `paper "${name}": expected '${SECTION_LABEL.summary}' before this text; read as the summary`,
        );
        draft.summary.push(block);
        return;
      case 'summary':
        draft.summary.push(block);
        return;
      case 'abstract': {
        const share = hangulShare(plainText(block.text));
        const language = share === undefined ? lastLanguage : share >= 0.2 ? 'ko' : 'en';
        lastLanguage = language;
        (language === 'ko' ? draft.abstractKo : draft.abstractEn).push(block);
        return;
      }
      case 'links':
        // Anything else here is the copied text of a link preview.
        draft.paperLinks.push(...block.links);
        return;
      case 'more':
        draft.moreLinks.push(...block.links);
        return;
    }
  };

  for (const [index, block] of content.entries()) {
    const role = roles[index] ?? classify(block);
    if (role.type === 'caption') continue;
    if (role.type !== 'section') {
      addContent(block);
      continue;
    }
    const order = SECTION_ORDER.indexOf(role.section);
    if (draft.headings.has(role.section)) {
      reader.warn(
        block,
        'section-order',
        `paper "${name}": a second '${SECTION_LABEL[role.section]}'; its text joins the first`,
      );
    } else {
      const passed = SECTION_ORDER[furthest];
      if (order < furthest && passed !== undefined) {
        reader.warn(
          block,
          'section-order',
          `paper "${name}": '${SECTION_LABEL[role.section]}' after '${SECTION_LABEL[passed]}'`,
        );
      }
      draft.headings.set(role.section, block);
    }
    furthest = Math.max(furthest, order);
    current = role.section;
    if (role.rest !== undefined) {
      const url = /^<?(https?:\/\/\S+?)>?$/.exec(role.rest)?.[1];
      const links = block.links.length > 0 ? block.links : url !== undefined ? [{ url }] : [];
      addContent({ ...block, text: role.rest, links });
    }
  }
  return draft;
}

function reportMissing(draft: PaperDraft, missing: string[], reader: Reader): void {
  const name = draft.titleEn || draft.titleKo;
  const expectedSection = (section: Section) => {
    const heading = draft.headings.get(section);
    if (heading) return { block: heading, message: `'${SECTION_LABEL[section]}' is empty` };
    const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1).find((s) =>
      draft.headings.has(s),
    );
    return later !== undefined
      ? {
          block: draft.headings.get(later),
          message: `expected '${SECTION_LABEL[section]}' before '${SECTION_LABEL[later]}'`,
        }
      : { block: draft.header, message: `expected '${SECTION_LABEL[section]}' after the title` };
  };
  if (draft.titleKo === '') {
    missing.push('titleKo');
    reader.warn(
      draft.header,
      'missing-part',
      `paper "${name}": expected '한국어 제목 / English Title', found no Korean title`,
    );
  }
  if (draft.titleEn === '') {
    missing.push('titleEn');
    reader.warn(
      draft.header,
      'missing-part',
      `paper "${name}": expected '한국어 제목 / English Title', found no English title`,
    );
  }
  if (draft.summary.length === 0) {
    missing.push('summary');
    const { block, message } = expectedSection('summary');
    reader.warn(block, 'missing-part', `paper "${name}": ${message}`);
  }
  if (draft.abstractKo.length === 0 || draft.abstractEn.length === 0) {
    if (draft.abstractKo.length === 0) missing.push('abstractKo');
    if (draft.abstractEn.length === 0) missing.push('abstractEn');
    const heading = draft.headings.get('abstract');
    if (heading && (draft.abstractKo.length > 0 || draft.abstractEn.length > 0)) {
      const which = draft.abstractKo.length === 0 ? 'Korean' : 'English';
      reader.warn(
        heading,
        'missing-part',
        `paper "${name}": '${SECTION_LABEL.abstract}' has no ${which} paragraph`,
      );
    } else {
      const { block, message } = expectedSection('abstract');
      reader.warn(block, 'missing-part', `paper "${name}": ${message}`);
    }
  }
}

function splitHighlight(rest: string): { title: string; body: string } {
  const bold = /^\\textbf\{([^{}]+)\}\s*[:：]?\s*/.exec(rest);
  if (bold?.[1] !== undefined)
    return { title: bold[1].replace(/\s*[:：]$/, ''), body: rest.slice(bold[0].length) };
  const colon = /[:：]\s/.exec(rest);
  if (colon && colon.index > 0 && colon.index <= 120) {
    return { title: rest.slice(0, colon.index), body: rest.slice(colon.index + colon[0].length) };
  }
  return { title: '', body: rest };
}

function sidecarFileName(fileName: string): string {
  return `${fileName.replace(/\.(?:txt|html?)$/i, '')}.links.json`;
}

function readSidecar(options: ParseOptions, reader: Reader): Sidecar | undefined | null {
  if (options.sidecar === undefined) return undefined;
  const result = sidecarSchema.safeParse(options.sidecar);
  if (result.success) return result.data;
  reader.errors.push({
    code: 'sidecar',
    file: sidecarFileName(options.fileName),
    message: `not a valid links sidecar: ${describeSchemaError(result.error)}`,
  });
  return null;
}

function dedupeLinks(links: readonly Link[], except: string | null): Link[] {
  const seen = new Set<string>(except !== null ? [except] : []);
  return links.filter((link) => !seen.has(link.url) && seen.add(link.url));
}

/**
 * Reads one digest into an issue without validating it against the schema (parseDigest does that).
 * Split out so the benchmark can time parsing alone.
 */
export function readDigest(
  input: string,
  options: ParseOptions,
): { issue?: Issue; reader: Reader } {
  const reader = new Reader(options);
  const sidecar = readSidecar(options, reader);
  if (sidecar === null) return { reader };

  let blocks: Block[];
  let pageSource: string | null = null;
  let pageLikes: number | null = null;
  const forumPost = options.forumPost;
  if (options.format === 'html') {
    const page = htmlToBlocks(input, { postBody: forumPost !== undefined });
    if (forumPost !== undefined)
      page.titles.push({
        kind: 'heading',
        text: forumPost.title,
        links: [],
        element: 'topic title',
      });
    if (page.usedWholeDocument) {
      reader.warn(
        undefined,
        'ignored',
        "no post body ('.cooked' or '[itemprop=text]') found; read the whole document",
      );
    }
    const pageTitle = page.titles.find((block) => parseTitleLine(block.text) !== undefined);
    blocks = pageTitle ? [pageTitle, ...page.blocks] : page.blocks;
    pageSource = forumPost?.source ?? page.source;
    pageLikes = forumPost?.likes ?? page.likes;
  } else {
    blocks = textToBlocks(input);
  }

  if (blocks.length === 0) {
    reader.fail(undefined, 'not-a-digest', 'not a digest: the file has no text');
    return { reader };
  }
  const title = findTitle(blocks, reader);
  if (!title) return { reader };
  const titleBlock = blocks[title.index];
  for (const skipped of blocks.slice(0, title.index))
    reader.warn(skipped, 'ignored', 'text before the title line is ignored');

  // The forum page repeats the title line (topic heading, then the post); any copies are skipped.
  let rest = blocks.slice(title.index + 1);
  while (
    rest[0] &&
    (rest[0].text === titleBlock?.text || parseTitleLine(plainText(rest[0].text))?.ok === true)
  ) {
    const repeat = parseTitleLine(plainText(rest[0].text));
    if (repeat?.ok && repeat.value.period.start !== title.line.period.start) {
      reader.warn(
        rest[0],
        'period',
        `a second title line names another period (${repeat.value.period.start}); the first one is used`,
      );
    }
    rest = rest.slice(1);
  }

  const roles = rest.map(classify);
  const headers = findHeaders(rest, roles);
  const firstHeader = headers[0];
  if (firstHeader === undefined) {
    reader.fail(
      rest[0] ?? titleBlock,
      'no-papers',
      "not a digest: no papers found (expected a line '한국어 제목 / English Title' followed by '논문 소개')",
    );
    return { reader };
  }
  const lastHeader = headers[headers.length - 1] ?? firstHeader;
  let footerStart = roles.findIndex(
    (role, index) => index > lastHeader && (role.type === 'footer' || role.type === 'likes'),
  );
  if (footerStart < 0) footerStart = rest.length;
  let likes: number | null = pageLikes;
  // The forum's own count (topic JSON) is newer than a count written in a copy of the page.
  roles.forEach((role) => {
    if (role.type === 'likes' && forumPost?.likes == null) likes = role.count;
  });

  // Front matter: intro, highlights, optional per-paper summary list.
  const introBlocks: Block[] = [];
  const highlightDrafts: { number: number; block: Block; rest: string; extra: Block[] }[] = [];
  const summaryBlocks: Block[] = [];
  let zone: 'intro' | 'highlights' | 'summaries' = 'intro';
  rest.slice(0, firstHeader).forEach((block, index) => {
    const role = roles[index];
    if (!role || role.type === 'caption') return;
    if (role.type === 'highlight') {
      highlightDrafts.push({ number: role.number, block, rest: role.rest, extra: [] });
      zone = 'highlights';
      return;
    }
    if (role.type === 'section') {
      reader.warn(
        block,
        'section-order',
        `'${block.text}' before the first paper is ignored (expected a line '한국어 제목 / English Title' before it)`,
      );
      return;
    }
    if (role.type !== 'text') {
      reader.warn(block, 'ignored', 'a forum footer line before the first paper is ignored');
      return;
    }
    if (block.kind === 'link-preview') {
      reader.warn(block, 'ignored', 'a link preview before the first paper is ignored');
      return;
    }
    const last = highlightDrafts[highlightDrafts.length - 1];
    if (zone === 'intro' || !last) {
      introBlocks.push(block);
    } else if (block.kind === 'list-item' || zone === 'summaries') {
      summaryBlocks.push(block);
      zone = 'summaries';
    } else if (plainText(block.text).length <= 40 && SUMMARY_LABEL.test(block.text)) {
      zone = 'summaries';
    } else {
      reader.warn(block, 'ignored', `text after highlight ${last.number} is read as part of it`);
      last.extra.push(block);
    }
  });
  if (highlightDrafts.length === 0) {
    reader.warn(
      rest[0],
      'missing-part',
      "no highlights (expected ':one:' … paragraphs before the first paper)",
    );
  }
  highlightDrafts.forEach((draft, index) => {
    if (draft.number !== index + 1) {
      reader.warn(
        draft.block,
        'section-order',
        `highlight ${draft.number} where ${index + 1} was expected`,
      );
    }
  });

  // Papers.
  const drafts = headers.map((headerIndex, k) => {
    const end = headers[k + 1] ?? footerStart;
    return readPaper(
      rest[headerIndex] as Block,
      rest.slice(headerIndex + 1, end),
      roles.slice(headerIndex + 1, end),
      reader,
    );
  });
  const ids = uniqueSlugs(drafts.map((draft) => draft.titleEn));
  const sidecarEntries = new Map(
    (sidecar?.papers ?? []).map((entry) => [normalizeName(entry.titleEn), entry]),
  );
  const usedEntries = new Set<string>();
  let unlinked = 0;
  const papers: Paper[] = drafts.map((draft, index) => {
    const missing: string[] = [];
    reportMissing(draft, missing, reader);
    const key = normalizeName(draft.titleEn);
    const entry = sidecarEntries.get(key);
    if (entry) usedEntries.add(key);
    const paperUrl = entry?.paper ?? draft.paperLinks[0]?.url ?? null;
    const sidecarMore = (entry?.more ?? []).map((link) =>
      typeof link === 'string' ? { url: link } : link,
    );
    const moreLinks = dedupeLinks(
      [...draft.paperLinks.slice(1), ...draft.moreLinks, ...sidecarMore],
      paperUrl,
    );
    if (paperUrl === null) {
      if (options.format === 'html') {
        missing.push('paperUrl');
        reader.warn(
          draft.headings.get('links') ?? draft.header,
          'missing-part',
          `paper "${draft.titleEn || draft.titleKo}": expected a link under '논문 링크'`,
        );
      } else if (sidecar !== undefined) {
        reader.warn(
          draft.header,
          'link',
          `paper "${draft.titleEn || draft.titleKo}": no link in ${sidecarFileName(options.fileName)}`,
        );
      } else {
        unlinked += 1;
      }
    }
    return {
      id: ids[index] as string,
      titleKo: reader.cleanInline(draft.titleKo, draft.header),
      titleEn: reader.cleanInline(draft.titleEn, draft.header),
      summary: reader.clean(draft.summary),
      abstractKo: reader.clean(draft.abstractKo),
      abstractEn: reader.clean(draft.abstractEn),
      paperUrl,
      moreLinks,
      missing,
    };
  });
  if (unlinked > 0) {
    reader.warn(
      undefined,
      'link',
      `${unlinked} paper(s) have no link: a text copy loses link targets; add them to ${sidecarFileName(options.fileName)}`,
    );
  }
  for (const entry of sidecar?.papers ?? []) {
    if (!usedEntries.has(normalizeName(entry.titleEn))) {
      reader.warnings.push({
        code: 'sidecar',
        file: sidecarFileName(options.fileName),
        message: `the entry "${entry.titleEn}" matches no paper's English title`,
      });
    }
  }

  const matcher = new PaperMatcher(
    drafts.map((draft, index) => ({
      id: ids[index] as string,
      titleKo: draft.titleKo,
      titleEn: draft.titleEn,
    })),
  );
  const highlights: Highlight[] = highlightDrafts.map((draft) => {
    const { title: rawTitle, body: rawBody } = splitHighlight(draft.rest);
    if (rawTitle === '')
      reader.warn(draft.block, 'missing-part', `highlight ${draft.number}: expected 'title: text'`);
    const body = reader.clean([{ ...draft.block, text: rawBody }, ...draft.extra]);
    const { paperIds, mentions } = findMentions(body, matcher);
    return {
      number: draft.number,
      title: reader.cleanInline(rawTitle, draft.block),
      body,
      paperIds,
      mentions,
    };
  });
  const summaries: SummaryItem[] = summaryBlocks.map((block) => {
    const text = reader.clean([block]);
    const lead = plainText(block.text).split(/\s*[:：]\s|\s[-–—]\s/)[0] ?? '';
    const paperId = [...quotedNames(text), lead]
      .map((name) => matcher.match(name))
      .find((id) => id !== undefined);
    return { text, paperId: paperId ?? null };
  });

  const fileDate = /(\d{4}-\d{2}-\d{2})[^/\\]*$/.exec(options.fileName)?.[1];
  if (fileDate !== undefined && fileDate !== title.line.period.start) {
    reader.warn(
      titleBlock,
      'period',
      `the file is named for ${fileDate} but the digest's period starts ${title.line.period.start}`,
    );
  }

  const issue: Issue = {
    version: DATA_VERSION,
    id: title.line.period.start,
    title: reader.cleanInline(title.line.title, titleBlock),
    period: title.line.period,
    source: sidecar?.source ?? pageSource,
    intro: reader.clean(introBlocks),
    highlights,
    summaries,
    papers,
    likes,
    ...(options.forumPost?.postedAt && { postedAt: options.forumPost.postedAt }),
  };
  return { issue, reader };
}

/**
 * A digest (text copy or saved HTML page) in, a validated issue out, with every problem named by file
 * and line/element. Pure, and never throws: anything unexpected becomes an `internal` error.
 */
export function parseDigest(input: string, options: ParseOptions): ParseResult {
  try {
    if (typeof input !== 'string') {
      return {
        errors: [
          { code: 'not-a-digest', file: options.fileName, message: 'not a digest: expected text' },
        ],
        warnings: [],
      };
    }
    const { issue, reader } = readDigest(input, options);
    // Papers are checked after they are all read; report in file order all the same.
    reader.warnings.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
    if (!issue || reader.errors.length > 0)
      return { errors: reader.errors, warnings: reader.warnings };
    const checked = issueSchema.safeParse(issue);
    if (!checked.success) {
      reader.fail(
        undefined,
        'schema',
        `the result does not match the data schema: ${describeSchemaError(checked.error)}`,
      );
      return { errors: reader.errors, warnings: reader.warnings };
    }
    return { issue: checked.data, errors: [], warnings: reader.warnings };
  } catch (error) {
    return {
      errors: [
        {
          code: 'internal',
          file: options.fileName,
          message: `the ingest failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
      warnings: [],
    };
  }
}
