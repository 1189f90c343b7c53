/** A phrase of the text that should become a link (e.g. a paper name inside a highlight). */
export interface LinkPhrase {
  text: string;
  href: string;
}

/**
 * Turns exact phrases of a Markdown text into links. Only the first occurrence of each phrase is
 * linked, never inside inline math (`$...$`), inline code or an existing link; longer phrases win
 * over shorter ones they contain. The text the reader sees is unchanged.
 */
export function linkPhrases(markdown: string, phrases: readonly LinkPhrase[]): string {
  const ordered = phrases
    .filter((phrase) => phrase.text.trim() !== '')
    .sort((a, b) => b.text.length - a.text.length);

  let result = markdown;
  for (const phrase of ordered) {
    const at = findOutsideProtected(result, phrase.text);
    if (at < 0) continue;
    const link = `[${escapeLinkText(phrase.text)}](${phrase.href})`;
    result = result.slice(0, at) + link + result.slice(at + phrase.text.length);
  }
  return result;
}

/** Index of `needle` in `text` outside `$...$`, `` `...` ``, `[...](...)` and `\x` escapes; -1 when none. */
function findOutsideProtected(text: string, needle: string): number {
  const protectedRanges: Array<[number, number]> = [];
  // NOTE: a backslash escape is matched first so an escaped `\$` never opens math (`\$5 … \$10`).
  const pattern = /\\[\s\S]|\$\$[\s\S]*?\$\$|\$[^$\n]+\$|`[^`\n]*`|\[[^\]\n]*\]\([^)\n]*\)/g;
  for (const match of text.matchAll(pattern)) {
    protectedRanges.push([match.index, match.index + match[0].length]);
  }
  let from = 0;
  while (from <= text.length) {
    const at = text.indexOf(needle, from);
    if (at < 0) return -1;
    const end = at + needle.length;
    if (!protectedRanges.some(([start, stop]) => at < stop && end > start)) return at;
    from = at + 1;
  }
  return -1;
}

function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (character) => `\\${character}`);
}
