/**
 * The paragraph parser of normalize-latex.ts: one paragraph of digest prose with stray LaTeX read into a
 * small tree of text, math, code, emphasis and links, which markdown-writer.ts writes as Markdown and
 * toPlain reads as plain text. The decisions it makes are listed in normalize-latex.ts.
 */
import { katexProblem, looksLikeProse, mathNodes } from './latex-math';
import {
  ACCENTS,
  DECLARATIONS,
  DROPPED_WITH_ARGUMENT,
  LAYOUT,
  LETTER_ACCENTS,
  STYLE_COMMANDS,
  type Style,
} from './latex-tables';
import { texToPlain } from './plain-text';
import { TEX_SYMBOLS } from './tex-symbols';

export type Node =
  | { kind: 'text'; value: string }
  | { kind: 'math'; tex: string }
  | { kind: 'code'; value: string }
  | { kind: 'strong' | 'emphasis'; children: Node[] }
  /** \href{url}{label} with an http(s) URL: a Markdown link. */
  | { kind: 'link'; url: string; children: Node[] };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITESPACE = /\s/u;
/** The characters that need a decision in prose; everything between them is copied as it is. */
const SPECIAL = /[\\{}$`'*-]/g;

/** Deeper LaTeX groups than this are read as literal braces: no real text nests so far, and recursion
 * on hostile input must not overflow the stack. */
const MAX_GROUP_DEPTH = 32;
/** How far a LaTeX quote may reach for its closing quote; keeps hostile input linear. */
const MAX_QUOTE_LENGTH = 400;
/** How far a command's {...} argument is looked for when it is only read, not parsed. */
const MAX_RAW_GROUP_LENGTH = 2000;

/** Paragraphs split at blank lines; line breaks inside a paragraph are only spaces in Markdown anyway. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v]*\n\s*/)
    .map((paragraph) => paragraph.replace(/[ \t\f\v]*\n[ \t\f\v]*/g, ' ').trim());
}

export function parseParagraph(paragraph: string, warnings: string[]): Node[] {
  return new ParagraphParser(paragraph, warnings).parseAll();
}

class ParagraphParser {
  private pos = 0;
  private depth = 0;
  private readonly absentFrom = new Map<string, number>();
  /** Where a LaTeX quote opened earlier closes, and with what. */
  private readonly closingQuotes = new Map<number, { text: string; length: number }>();
  private readonly src: string;
  private readonly warnings: string[];

  constructor(src: string, warnings: string[]) {
    this.src = src;
    this.warnings = warnings;
  }

  parseAll(): Node[] {
    return this.parseRange(0, this.src.length);
  }

  /** Parses up to `end`, or up to the `}` closing the current group when `inGroup`. */
  private parseSequence(end: number, inGroup: boolean): { nodes: Node[]; closed: boolean } {
    this.depth++;
    try {
      return this.parseSequenceAtDepth(end, inGroup);
    } finally {
      this.depth--;
    }
  }

  /**
   * `src.indexOf(needle, from)`, remembering where a needle no longer occurs, so a run of openers without
   * closers (`\\( \\( \\( ...`) costs one scan, not one per opener.
   */
  private find(needle: string, from: number): number {
    const none = this.absentFrom.get(needle);
    if (none !== undefined && from >= none) return -1;
    const at = this.src.indexOf(needle, from);
    if (at < 0) this.absentFrom.set(needle, Math.min(from, none ?? from));
    return at;
  }

  private get tooDeep(): boolean {
    return this.depth >= MAX_GROUP_DEPTH;
  }

  private parseSequenceAtDepth(end: number, inGroup: boolean): { nodes: Node[]; closed: boolean } {
    const nodes: Node[] = [];
    const src = this.src;
    while (this.pos < end) {
      const quote = this.closingQuotes.get(this.pos);
      if (quote) {
        nodes.push(text(quote.text));
        this.pos += quote.length;
        continue;
      }
      SPECIAL.lastIndex = this.pos;
      const found = SPECIAL.exec(src);
      const next = found && found.index < end ? found.index : end;
      if (next > this.pos) {
        nodes.push(text(src.slice(this.pos, next)));
        this.pos = next;
        continue;
      }
      const ch = src[this.pos];
      if (ch === '}') {
        if (inGroup) {
          this.pos++;
          return { nodes, closed: true };
        }
        return { nodes, closed: false };
      }
      if (ch === '{' && this.tooDeep) {
        nodes.push(text('{'));
        this.pos++;
      } else if (ch === '{') {
        this.pos++;
        const group = this.parseSequence(end, true);
        if (!group.closed) nodes.push(text('{'));
        append(nodes, group.nodes);
      } else if (ch === '\\') {
        const declared = this.parseBackslash(end, nodes);
        if (declared) {
          // A declaration ({\bf ...}) styles the rest of this group, which parseBackslash consumed.
          return { nodes, closed: declared.closed };
        }
      } else if (ch === '$') {
        this.parseDollar(end, nodes);
      } else if (ch === '`') {
        this.parseOpeningQuote(end, nodes);
      } else if (ch === '-') {
        this.parseDashes(nodes);
      } else if (ch === '*') {
        this.parseAuthorBold(end, nodes);
      } else {
        nodes.push(text(ch ?? ''));
        this.pos++;
      }
    }
    return { nodes, closed: false };
  }

  /** Returns the group state when a declaration consumed the rest of the group. */
  private parseBackslash(end: number, nodes: Node[]): { closed: boolean } | null {
    const src = this.src;
    const start = this.pos;
    const next = src[start + 1];
    if (next === undefined || start + 1 >= end) {
      nodes.push(text('\\'));
      this.pos++;
      return null;
    }
    if (!/[A-Za-z]/.test(next)) {
      this.pos += 2;
      this.parseControlSymbol(next, end, nodes);
      return null;
    }
    const nameMatch = /[A-Za-z]+\*?/y;
    nameMatch.lastIndex = start + 1;
    const rawName = nameMatch.exec(src)?.[0] ?? '';
    const name = rawName.replace(/\*$/, '');
    this.pos = Math.min(start + 1 + rawName.length, end);

    const declaration = DECLARATIONS.get(name);
    if (declaration && this.tooDeep) {
      this.skipSpaces(end);
      return null;
    }
    if (declaration) {
      this.skipSpaces(end);
      const rest = this.parseSequence(end, true);
      append(nodes, styled(declaration, rest.nodes));
      return { closed: rest.closed };
    }
    const style = STYLE_COMMANDS.get(name);
    if (style) {
      this.skipOptionalArgument(end);
      if (name === 'url') {
        const raw = this.readRawGroup(end);
        if (raw !== null) {
          nodes.push(text(raw));
          return null;
        }
      }
      const argument = this.parseGroupArgument(end);
      if (argument) append(nodes, styled(style, argument));
      else this.warnings.push(`\\${name} without a {...} argument was dropped`);
      return null;
    }
    if (name === 'href') {
      const url = this.readRawGroup(end)?.trim() ?? '';
      const label = this.parseGroupArgument(end);
      // Only an absolute http(s) URL becomes a link; anything else keeps just its label.
      if (label && /^https?:\/\/[^\s]+$/i.test(url) && isHttpUrl(url))
        nodes.push({ kind: 'link', url, children: label });
      else if (label) append(nodes, label);
      return null;
    }
    if (DROPPED_WITH_ARGUMENT.has(name)) {
      this.skipOptionalArgument(end);
      this.readRawGroup(end);
      return null;
    }
    const layout = LAYOUT.get(name);
    if (layout !== undefined) {
      if (layout === '') this.skipSpaces(end);
      else nodes.push(text(layout));
      return null;
    }
    const symbol = TEX_SYMBOLS.get(name);
    if (symbol !== undefined) {
      // `\ldots{}` and `\times{}` are common ways to end a control word; the braces mean nothing here.
      if (src.startsWith('{}', this.pos) && this.pos + 2 <= end) this.pos += 2;
      nodes.push(text(symbol));
      return null;
    }
    const letterAccent = LETTER_ACCENTS.get(name);
    if (letterAccent !== undefined && src[this.pos] === '{') {
      const base = this.readAccentBase(end);
      if (base !== null) {
        nodes.push(text((base + letterAccent).normalize('NFC')));
        return null;
      }
    }
    if (name === 'i' || name === 'j') {
      nodes.push(text(name === 'i' ? 'ı' : 'ȷ'));
      return null;
    }
    // Not a text command we know: typeset it as math when KaTeX can (\mathcal{O}, \hat{y}), else keep it.
    const tex = src.slice(start, this.scanMathAtomEnd(end));
    if (katexProblem(tex) === null) {
      this.pos = start + tex.length;
      nodes.push({ kind: 'math', tex });
      return null;
    }
    // Kept whole, arguments and all, so nothing the author wrote is lost; the warning names it.
    this.warnings.push(`unknown LaTeX command kept as text: ${tex}`);
    this.pos = start + tex.length;
    nodes.push(text(tex));
    return null;
  }

  private parseControlSymbol(symbol: string, end: number, nodes: Node[]): void {
    const accent = ACCENTS.get(symbol);
    if (accent !== undefined) {
      const base = this.readAccentBase(end);
      if (base !== null) {
        nodes.push(text((base + accent).normalize('NFC')));
        return;
      }
      nodes.push(text(symbol));
      return;
    }
    switch (symbol) {
      case '(':
      case '[': {
        const closer = symbol === '(' ? '\\)' : '\\]';
        const close = this.find(closer, this.pos);
        if (close >= 0 && close + 2 <= end) {
          append(nodes, this.mathOrText(this.src.slice(this.pos, close), this.pos));
          this.pos = close + 2;
        } else {
          nodes.push(text(symbol));
        }
        return;
      }
      case '\\':
      case ' ':
      case '\t':
      case '\n':
      case ';':
      case ':':
      case '>':
        nodes.push(text(' '));
        return;
      case ',':
        nodes.push(text('\u202f'));
        return;
      case '!':
      case '-':
      case '/':
      case '@':
        return;
      default:
        // \% \$ \& \# \_ \{ \} and other escaped punctuation: the character itself. A backslash
        // before a non-ASCII letter or a digit is no command at all, so it stays.
        if (LETTER_OR_DIGIT.test(symbol)) nodes.push(text('\\'));
        nodes.push(text(symbol));
    }
  }

  /** `$...$`, `$$...$$`: math when it looks like math, prose when it wraps prose, else a literal `$`. */
  private parseDollar(end: number, nodes: Node[]): void {
    const src = this.src;
    const start = this.pos;
    if (src[start + 1] === '$') {
      const close = this.find('$$', start + 2);
      if (close > start + 2 && close + 2 <= end && src.slice(start + 2, close).trim() !== '') {
        append(nodes, this.mathOrText(src.slice(start + 2, close), start + 2));
        this.pos = close + 2;
      } else {
        nodes.push(text('$$'));
        this.pos = start + 2;
      }
      return;
    }
    const close = this.findClosingDollar(start, end);
    if (close < 0) {
      nodes.push(text('$'));
      this.pos = start + 1;
      return;
    }
    append(nodes, this.mathOrText(src.slice(start + 1, close), start + 1));
    this.pos = close + 1;
  }

  /**
   * Pandoc's rule, which keeps "$5 and $10" prose: the opening `$` has a non-space right after it, the
   * closing one is the next unescaped `$`, with a non-space before it and no digit after it.
   */
  private findClosingDollar(open: number, end: number): number {
    const src = this.src;
    const first = src[open + 1];
    if (first === undefined || open + 1 >= end || WHITESPACE.test(first)) return -1;
    for (let i = open + 1; i < end; i++) {
      const ch = src[i];
      if (ch === '\\') {
        i++;
        continue;
      }
      if (ch !== '$') continue;
      const before = src[i - 1] ?? '';
      const after = src[i + 1] ?? '';
      if (WHITESPACE.test(before) || /[0-9]/.test(after)) return -1;
      return i;
    }
    return -1;
  }

  /**
   * Delimited content: prose (parsed as prose, delimiters dropped), a plain number (text), math KaTeX
   * accepts, or, failing that, its source as text with a warning. `contentStart` is where the content
   * starts in the paragraph, for prose (so its quotes and groups resolve).
   */
  private mathOrText(content: string, contentStart?: number): Node[] {
    if (contentStart !== undefined && looksLikeProse(content)) {
      return this.parseRange(contentStart, contentStart + content.length);
    }
    return mathNodes(content, this.warnings);
  }

  /** Parses `[start, end)` as prose, then returns to where it was. */
  private parseRange(start: number, end: number): Node[] {
    const resume = this.pos;
    this.pos = start;
    const nodes: Node[] = [];
    while (this.pos < end) {
      append(nodes, this.parseSequence(end, false).nodes);
      if (this.pos < end && this.src[this.pos] === '}') {
        nodes.push(text('}'));
        this.pos++;
      }
    }
    this.pos = resume;
    return nodes;
  }

  /**
   * The digest authors write Markdown bold, and the forum shows it verbatim when CommonMark's flanking
   * rules defeat it (`**QK 어댑터(QK Adapter)**와`). We keep what they meant: a `**...**` pair is bold.
   * A lone `*` or an unpaired `**` is a character.
   */
  private parseAuthorBold(end: number, nodes: Node[]): void {
    const src = this.src;
    const start = this.pos;
    if (src[start + 1] === '*') {
      const close = this.find('**', start + 2);
      const first = src[start + 2] ?? ' ';
      const last = src[close - 1] ?? ' ';
      if (
        close > start + 2 &&
        close + 2 <= end &&
        !WHITESPACE.test(first) &&
        !WHITESPACE.test(last)
      ) {
        nodes.push({ kind: 'strong', children: this.parseRange(start + 2, close) });
        this.pos = close + 2;
        return;
      }
      nodes.push(text('**'));
      this.pos = start + 2;
      return;
    }
    nodes.push(text('*'));
    this.pos = start + 1;
  }

  private parseOpeningQuote(end: number, nodes: Node[]): void {
    const src = this.src;
    const start = this.pos;
    // Quotes never pair across math: `'` is a prime there.
    const window = src.slice(start, Math.min(end, start + MAX_QUOTE_LENGTH));
    const dollar = window.indexOf('$');
    const limit = start + (dollar >= 0 ? dollar : window.length);
    if (src[start + 1] === '`') {
      const close = start + window.indexOf("''", 2);
      if (close > start + 2 && close + 2 <= limit) {
        this.closingQuotes.set(close, { text: '”', length: 2 });
        nodes.push(text('“'));
      } else {
        nodes.push(text('``'));
      }
      this.pos = start + 2;
      return;
    }
    for (let i = start + 2; i < limit; i++) {
      if (src[i] !== "'" || this.closingQuotes.has(i)) continue;
      // An apostrophe inside a word (model's) is not the closing quote.
      if (LETTER_OR_DIGIT.test(src[i + 1] ?? '')) continue;
      if (WHITESPACE.test(src[i - 1] ?? ' ')) break;
      this.closingQuotes.set(i, { text: '’', length: 1 });
      nodes.push(text('‘'));
      this.pos = start + 1;
      return;
    }
    nodes.push(text('`'));
    this.pos = start + 1;
  }

  /** LaTeX `--` / `---` between words or spaced out; `-->`, `<!--` and `--flag` stay as they are. */
  private parseDashes(nodes: Node[]): void {
    const src = this.src;
    let run = 1;
    while (src[this.pos + run] === '-') run++;
    const before = src[this.pos - 1] ?? '';
    const after = src[this.pos + run] ?? '';
    const between =
      (LETTER_OR_DIGIT.test(before) && LETTER_OR_DIGIT.test(after)) ||
      (before === ' ' && after === ' ');
    if ((run === 2 || run === 3) && between) nodes.push(text(run === 2 ? '–' : '—'));
    else nodes.push(text('-'.repeat(run)));
    this.pos += run;
  }

  private skipSpaces(end: number): void {
    while (this.pos < end && (this.src[this.pos] === ' ' || this.src[this.pos] === '\t'))
      this.pos++;
  }

  private skipOptionalArgument(end: number): void {
    const save = this.pos;
    this.skipSpaces(end);
    if (this.src[this.pos] !== '[') {
      this.pos = save;
      return;
    }
    const close = this.src.indexOf(']', this.pos);
    if (close >= 0 && close < end) this.pos = close + 1;
    else this.pos = save;
  }

  /** A `{...}` argument parsed as prose, or null (nothing consumed) when there is none. */
  private parseGroupArgument(end: number): Node[] | null {
    const save = this.pos;
    this.skipSpaces(end);
    if (this.src[this.pos] !== '{' || this.tooDeep) {
      this.pos = save;
      return null;
    }
    this.pos++;
    return this.parseSequence(end, true).nodes;
  }

  /** A `{...}` argument as raw source (balanced braces), or null when there is none. */
  private readRawGroup(end: number): string | null {
    const save = this.pos;
    this.skipSpaces(end);
    const limit = Math.min(end, this.pos + MAX_RAW_GROUP_LENGTH);
    const close = this.src[this.pos] === '{' ? matchingBrace(this.src, this.pos, limit) : -1;
    if (close < 0) {
      this.pos = save;
      return null;
    }
    const raw = this.src.slice(this.pos + 1, close);
    this.pos = close + 1;
    return raw;
  }

  private readAccentBase(end: number): string | null {
    const src = this.src;
    if (src[this.pos] === '{') {
      const close = matchingBrace(src, this.pos, Math.min(end, this.pos + 8));
      const inner = close >= 0 ? src.slice(this.pos + 1, close) : '';
      if (/^(?:\p{L}|\\[ij])$/u.test(inner)) {
        this.pos = close + 1;
        return inner === '\\i' ? 'i' : inner === '\\j' ? 'j' : inner;
      }
      return null;
    }
    const ch = src[this.pos];
    if (ch !== undefined && this.pos < end && /\p{L}/u.test(ch)) {
      this.pos++;
      return ch;
    }
    return null;
  }

  /** End of `\name{...}{...}` with any `^x` / `_{...}` scripts after it: a candidate math atom. */
  private scanMathAtomEnd(end: number): number {
    let at = this.pos;
    end = Math.min(end, at + MAX_RAW_GROUP_LENGTH);
    for (let groups = 0; groups < 3 && this.src[at] === '{'; groups++) {
      const close = matchingBrace(this.src, at, end);
      if (close < 0) break;
      at = close + 1;
    }
    while (at < end && (this.src[at] === '^' || this.src[at] === '_')) {
      const next = at + 1;
      if (this.src[next] === '{') {
        const close = matchingBrace(this.src, next, end);
        if (close < 0) break;
        at = close + 1;
      } else if (next < end && /[A-Za-z0-9]/.test(this.src[next] ?? '')) {
        at = next + 1;
      } else {
        break;
      }
    }
    return at;
  }
}

function text(value: string): Node {
  return { kind: 'text', value };
}

function styled(style: Style, children: Node[]): Node[] {
  if (style === 'plain') return children;
  if (style === 'code') return [{ kind: 'code', value: toPlain(children) }];
  return [{ kind: style, children }];
}

/**
 * `nodes.push(...more)` without the spread: a call's arguments go on the stack, and a huge paragraph
 * (a 1 MB field of `a--b`) has more nodes than the stack holds.
 */
function append(nodes: Node[], more: readonly Node[]): void {
  for (const node of more) nodes.push(node);
}

function matchingBrace(src: string, open: number, end: number): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i;
  }
  return -1;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A tree as the text a reader sees; formulas read as the app's plain-text reading reads them. */
export function toPlain(nodes: Node[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text' || node.kind === 'code') out += node.value;
    else if (node.kind === 'math') out += texToPlain(node.tex);
    else out += toPlain(node.children);
  }
  return out;
}
