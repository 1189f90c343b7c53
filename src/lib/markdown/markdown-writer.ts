/**
 * The Markdown writer of normalize-latex.ts: a paragraph's tree (latex-parser.ts) as CommonMark with
 * `$...$` math, written for the app's renderer (react-markdown + remark-math). Text is escaped so it
 * stays text (escape-markdown.ts); emphasis delimiters get a word joiner where CommonMark's flanking
 * rules would otherwise not read them as emphasis (see joinTokens).
 */
import { escapeLineStart, escapeMarkdownText, linkDestination } from './escape-markdown';
import type { Node } from './latex-parser';

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;
/** An invisible word joiner written as a character reference: see joinTokens. */
const WORD_JOINER = '&#x2060;';

/** One paragraph's nodes as one line of Markdown. */
export function paragraphMarkdown(nodes: Node[]): string {
  return escapeLineStart(joinTokens(flatten(nodes)).trim(), 'app');
}

/** Markdown pieces; a text token holds raw text until joinTokens escapes the whole run at once. */
type Token = { kind: 'text' | 'math' | 'code' | 'open' | 'close' | 'verbatim'; md: string };

function flatten(
  nodes: Node[],
  inside: { strong: boolean; emphasis: boolean } = { strong: false, emphasis: false },
): Token[] {
  const tokens: Token[] = [];
  for (const node of nodes) {
    switch (node.kind) {
      case 'text':
        pushToken(tokens, { kind: 'text', md: node.value });
        break;
      case 'math':
        tokens.push({ kind: 'math', md: mathMarkdown(node.tex) });
        break;
      case 'code':
        if (node.value !== '') tokens.push({ kind: 'code', md: codeMarkdown(node.value) });
        break;
      case 'link': {
        // Brackets and destination are written as they are; the label inside is escaped as usual.
        tokens.push({ kind: 'verbatim', md: '[' });
        for (const token of flatten(node.children, inside)) pushToken(tokens, token);
        tokens.push({ kind: 'verbatim', md: `](${linkDestination(node.url)})` });
        break;
      }
      case 'strong':
      case 'emphasis': {
        // Nested emphasis of the same kind adds nothing and would confuse the delimiter pairing.
        const inner = inside[node.kind]
          ? flatten(node.children, inside)
          : wrapEmphasis(
              flatten(node.children, { ...inside, [node.kind]: true }),
              node.kind === 'strong' ? '**' : '*',
            );
        for (const token of inner) pushToken(tokens, token);
        break;
      }
    }
  }
  return tokens;
}

/** One token per run of text, so emphasis sees the whole run when it trims its edges. */
function pushToken(tokens: Token[], token: Token): void {
  if (token.md === '') return;
  const previous = tokens[tokens.length - 1];
  if (token.kind === 'text' && previous?.kind === 'text') previous.md += token.md;
  else tokens.push({ ...token });
}

/** Delimiters hug the content (CommonMark: `** x**` is not bold), so edge whitespace moves outside. */
function wrapEmphasis(inner: Token[], marker: string): Token[] {
  const first = inner[0];
  const last = inner[inner.length - 1];
  let leading = '';
  let trailing = '';
  if (first?.kind === 'text') {
    const trimmed = first.md.trimStart();
    leading = first.md.slice(0, first.md.length - trimmed.length);
    inner[0] = { kind: 'text', md: trimmed };
  }
  const lastIndex = inner.length - 1;
  const lastNow = inner[lastIndex];
  if (last?.kind === 'text' && lastNow?.kind === 'text') {
    const trimmed = lastNow.md.trimEnd();
    trailing = lastNow.md.slice(trimmed.length);
    inner[lastIndex] = { kind: 'text', md: trimmed };
  }
  const content = inner.filter((token) => token.md !== '');
  const before: Token[] = leading ? [{ kind: 'text', md: leading }] : [];
  const after: Token[] = trailing ? [{ kind: 'text', md: trailing }] : [];
  if (content.length === 0) return [...before, ...after];
  return [
    ...before,
    { kind: 'open', md: marker },
    ...content,
    { kind: 'close', md: marker },
    ...after,
  ];
}

/**
 * Concatenates tokens so each emphasis delimiter really opens or closes. CommonMark decides by the
 * characters around a run: `**"OptPipe"**는` is not bold (the closing run sits between punctuation and
 * a letter), and `**a***b*` merges two runs. Where that would happen we put an invisible word joiner,
 * written as `&#x2060;` because the `&`/`;` of the reference are punctuation, which is what makes the
 * delimiter count; the joiner itself also keeps a Korean particle on the same line as its word.
 */
function joinTokens(tokens: Token[]): string {
  let out = '';
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const previous = tokens[i - 1];
    if (token.kind === 'open') {
      const next = tokens[i + 1]?.md[0];
      const mergesRun = previous?.kind === 'close';
      if (mergesRun || !leftFlanking(out.at(-1), next)) out += WORD_JOINER;
    } else if (token.kind === previous?.kind && (token.kind === 'math' || token.kind === 'code')) {
      // `$a$$b$` or `` `a``b` `` would read as one longer fence.
      out += WORD_JOINER;
    }
    // Escaped as a whole run: `&` and `#9;` from separate LaTeX escapes still form a reference.
    out += token.kind === 'text' ? escapeMarkdownText(token.md, 'app') : token.md;
    if (token.kind === 'close') {
      const before = tokens[i - 1]?.md.at(-1);
      const next = tokens[i + 1];
      if (next?.kind !== 'open' && !rightFlanking(before, next?.md[0])) out += WORD_JOINER;
    }
  }
  return out;
}

function leftFlanking(before: string | undefined, after: string | undefined): boolean {
  if (after === undefined || WHITESPACE.test(after)) return false;
  if (!PUNCTUATION.test(after)) return true;
  return before === undefined || WHITESPACE.test(before) || PUNCTUATION.test(before);
}

function rightFlanking(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || WHITESPACE.test(before)) return false;
  if (!PUNCTUATION.test(before)) return true;
  return after === undefined || WHITESPACE.test(after) || PUNCTUATION.test(after);
}

function mathMarkdown(tex: string): string {
  // remark-math ends `$...$` at any `$`, even `\$`; a `$$` fence with padding contains it safely.
  return tex.includes('$') ? `$$ ${tex} $$` : `$${tex}$`;
}

function codeMarkdown(value: string): string {
  // A loop, not Math.max(...runs): a huge code span has more backtick runs than a call has arguments.
  let longest = 0;
  for (const match of value.matchAll(/`+/g)) longest = Math.max(longest, match[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}
