/** What a highlight's quoted or bold name is matched against. */
export interface PaperNames {
  id: string;
  titleKo: string;
  titleEn: string;
}

export interface Mention {
  text: string;
  paperId: string;
}

/** Lowercase letters and digits only, so quotes, case and punctuation never decide a match. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\\/g, '')
    .replace(/['"‘’“”`´「」『』«»]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '');
}

function beforeColon(title: string): string {
  const index = title.search(/\s*[:：]\s/);
  return index > 0 ? title.slice(0, index) : title;
}

export class PaperMatcher {
  private readonly exact = new Map<string, string>();
  private readonly keys: { key: string; id: string }[] = [];

  constructor(papers: readonly PaperNames[]) {
    for (const paper of papers) {
      for (const name of [
        paper.titleEn,
        beforeColon(paper.titleEn),
        paper.titleKo,
        beforeColon(paper.titleKo),
      ]) {
        const key = normalizeName(name);
        if (key === '') continue;
        if (!this.exact.has(key)) this.exact.set(key, paper.id);
        this.keys.push({ key, id: paper.id });
      }
    }
  }

  /** The paper a name stands for: the whole title, its part before ':', or (when long enough to be
   * unambiguous) the beginning of exactly one title. */
  match(name: string): string | undefined {
    const key = normalizeName(name);
    if (key.length < 2) return undefined;
    const exact = this.exact.get(key);
    if (exact !== undefined) return exact;
    if (key.length < 6) return undefined;
    const ids = new Set(
      this.keys.filter((entry) => entry.key.startsWith(`${key} `)).map((entry) => entry.id),
    );
    return ids.size === 1 ? [...ids][0] : undefined;
  }
}

// Quoted ("x", “x”, 'x', ‘x’, 「x」, 『x』, «x») or bold (**x**, also with escaped stars) names.
// A straight single quote only opens after a non-letter and closes before one, so "Others'" and
// "It's" are not quotes.
const NAME =
  /\\?\*\\?\*(?<bold>[^*\n]+?)\\?\*\\?\*|"(?<dq>[^"\n]+?)"|“(?<cdq>[^”\n]+?)”|「(?<cj>[^」\n]+?)」|『(?<cjw>[^』\n]+?)』|‘(?<csq>[^’\n]+?)’|«(?<gu>[^»\n]+?)»|(?<![\p{L}\p{N}])'(?<sq>[^'\n]+?)'(?![\p{L}\p{N}])/gu;

/** The quoted or bold names in a text, each as it stands in the text, in order. */
export function quotedNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(NAME)) {
    const groups = match.groups ?? {};
    const name = Object.values(groups).find((value): value is string => value !== undefined);
    if (name !== undefined && name.trim() !== '') names.push(name.trim());
  }
  return names;
}

/** The papers a highlight names, in the order it names them, and each mention's exact text. */
export function findMentions(
  body: string,
  matcher: PaperMatcher,
): { paperIds: string[]; mentions: Mention[] } {
  const paperIds: string[] = [];
  const mentions: Mention[] = [];
  for (const name of quotedNames(body)) {
    const paperId = matcher.match(name);
    if (paperId === undefined) continue;
    if (!paperIds.includes(paperId)) paperIds.push(paperId);
    if (!mentions.some((m) => m.text === name && m.paperId === paperId))
      mentions.push({ text: name, paperId });
  }
  return { paperIds, mentions };
}
