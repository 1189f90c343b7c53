/**
 * The search tokenizer: pure string functions shared by the index, the query parser and the highlighter.
 *
 * Hangul is indexed as overlapping syllable bigrams (plus each run's last syllable as a unigram), so a
 * word matches inside compounds and before particles: `모델` is a bigram of `모델이`, `모델을` and
 * `언어모델`. Other letters and digits form words, lowercased, with simple plural folding. Query words
 * additionally lose a trailing particle (`캐시를` -> `캐시`).
 */

/** NFC, so that decomposed Hangul (NFD jamo from some copy-pastes) matches composed text. */
export function normalizeText(text: string): string {
  return text.normalize('NFC');
}

/**
 * Lowercases without changing the length of the string, so offsets found in the folded text are valid
 * in the original (a few characters, e.g. `İ`, lowercase to two code units and are left as they are).
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const folded = char.toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}

export function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

function isJamo(code: number): boolean {
  return (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3130 && code <= 0x318f);
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return (
    !isHangulSyllable(code) && !isJamo(code) && LETTER_OR_DIGIT.test(String.fromCharCode(code))
  );
}

export interface TextRun {
  kind: 'hangul' | 'word';
  start: number;
  end: number;
  /** The run's text as written (case kept). */
  text: string;
}

/** Splits text into runs of Hangul syllables and runs of other letters/digits; the rest separates. */
export function scanRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let kind: TextRun['kind'] | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const charKind = isHangulSyllable(code) ? 'hangul' : isWordChar(code) ? 'word' : null;
    if (charKind !== kind) {
      if (kind) runs.push({ kind, start, end: i, text: text.slice(start, i) });
      kind = charKind;
      start = i;
    }
  }
  if (kind) runs.push({ kind, start, end: text.length, text: text.slice(start) });
  return runs;
}

/**
 * Folds simple English plurals so that singular and plural meet on one term: models/model -> model,
 * policies/policy -> policy, caches/cache -> cach, processes/process -> process. The result is an index
 * term, not a word a reader sees.
 */
export function foldPlural(word: string): string {
  if (word.length <= 3 || !/[a-z]$/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('ies') && stem.length > 4) stem = stem.slice(0, -3) + 'y';
  else if (/(?:s|x|z|ch|sh)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  // A trailing silent e differs between "cache" and "caches" after the rules above; drop it on both.
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}

/** The whole word plus its camel-case parts: ChunkLLM -> chunkllm, chunk, llm; dLLMs -> dllm, llm. */
function wordTerms(word: string): string[] {
  const whole = foldPlural(foldCase(word));
  const parts = word.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z]{2,})/);
  if (parts.length < 2) return [whole];
  const terms = [whole];
  for (const part of parts) {
    if (part.length >= 2) terms.push(foldPlural(foldCase(part)));
  }
  return terms;
}

/** One index term, shared by every text that contains it; `seen` marks the text it was last found in. */
interface TermSlot {
  term: string;
  seen: number;
}

const SYLLABLES = 0xd7a3 - 0xac00 + 1;

/**
 * Collects the distinct terms each field is indexed under: overlapping Hangul bigrams plus each run's
 * last syllable (so every syllable starts at least one term), and folded words with their camel-case
 * parts. Distinct, because term frequency barely matters next to where a word matched, and each
 * repeat costs the index as much as a new term.
 *
 * NOTE: this is the hot loop of the index build. One collector serves a whole build, so every term is
 * one shared string: a bigram is looked up by its two char codes (no string is cut for it), a word's
 * folding runs once per distinct spelling, and the index's own maps hash each term only once.
 */
export class TermCollector {
  private readonly hangul = new Map<number, TermSlot>();
  private readonly words = new Map<string, TermSlot[]>();
  private readonly slots = new Map<string, TermSlot>();
  private text = 0;
  private terms: string[] = [];

  collect(text: string): string[] {
    const normalized = normalizeText(text);
    this.text++;
    this.terms = [];
    let wordStart = -1;
    let previous = -1;
    for (let i = 0; i <= normalized.length; i++) {
      const code = i < normalized.length ? normalized.charCodeAt(i) : 32;
      if (isHangulSyllable(code)) {
        if (wordStart >= 0) {
          this.addWord(normalized.slice(wordStart, i));
          wordStart = -1;
        }
        if (previous >= 0) {
          this.addHangul(
            (previous - 0xac00) * SYLLABLES + (code - 0xac00) + SYLLABLES,
            normalized,
            i - 1,
            2,
          );
        }
        previous = code;
        continue;
      }
      if (previous >= 0) {
        this.addHangul(previous - 0xac00, normalized, i - 1, 1);
        previous = -1;
      }
      if (i < normalized.length && isWordChar(code)) {
        if (wordStart < 0) wordStart = i;
      } else if (wordStart >= 0) {
        this.addWord(normalized.slice(wordStart, i));
        wordStart = -1;
      }
    }
    return this.terms;
  }

  /** `key` numbers unigrams below SYLLABLES and bigrams above. */
  private addHangul(key: number, text: string, at: number, length: number): void {
    let slot = this.hangul.get(key);
    if (slot === undefined) {
      slot = { term: text.slice(at, at + length), seen: 0 };
      this.hangul.set(key, slot);
    }
    this.add(slot);
  }

  private addWord(word: string): void {
    let slots = this.words.get(word);
    if (slots === undefined) {
      slots = wordTerms(word).map((term) => {
        let slot = this.slots.get(term);
        if (slot === undefined) {
          slot = { term, seen: 0 };
          this.slots.set(term, slot);
        }
        return slot;
      });
      this.words.set(word, slots);
    }
    for (const slot of slots) this.add(slot);
  }

  private add(slot: TermSlot): void {
    if (slot.seen === this.text) return;
    slot.seen = this.text;
    this.terms.push(slot.term);
  }
}

/** The distinct terms of one text (see TermCollector, which the index uses across many texts). */
export function indexTerms(text: string): string[] {
  return new TermCollector().collect(text);
}

/**
 * Particles (and a few very common endings) stripped from the end of a Korean query word, longest first.
 * A single-syllable particle is only stripped when at least two syllables remain, so `길이`, `차이`,
 * `평가` and `결과` stay whole; PROTECTED_ENDINGS keeps longer nouns that end like a particle.
 */
const PARTICLES = [
  '으로부터',
  '에서부터',
  '이라는',
  '으로서',
  '으로써',
  '으로는',
  '에게서',
  '에서는',
  '에서도',
  '에서의',
  '에서',
  '에게',
  '한테',
  '까지',
  '부터',
  '으로',
  '로서',
  '로써',
  '로는',
  '처럼',
  '보다',
  '마다',
  '조차',
  '이나',
  '이랑',
  '라는',
  '이다',
  '에는',
  '에도',
  '와는',
  '과는',
  '하는',
  '되는',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '도',
  '만',
  '로',
  '나',
  '랑',
];

const PROTECTED_ENDINGS = [
  '정도',
  '속도',
  '온도',
  '밀도',
  '강도',
  '빈도',
  '척도',
  '각도',
  '난이도',
  '정확도',
  '유사도',
  '복잡도',
  '신뢰도',
  '해상도',
  '민감도',
  '중요도',
  '선호도',
  '만족도',
  '충실도',
  '평가',
  '추가',
  '증가',
  '참가',
  '부가',
  '전문가',
  '결과',
  '효과',
  '성과',
  '통과',
  '경로',
  '회로',
  '통로',
  '차이',
  '길이',
  '높이',
  '깊이',
  '넓이',
  '사이',
  '정의',
  '주의',
  '논의',
  '회의',
  '합의',
  '의의',
  '동의',
  '백만',
  '천만',
  '하나',
  '아이',
  '레이',
  '웨이',
  '윈도',
  '크로',
];

function hangulSuffixLength(word: string): number {
  let n = 0;
  while (n < word.length && isHangulSyllable(word.charCodeAt(word.length - 1 - n))) n++;
  return n;
}

function stripOnce(word: string): string {
  if (PROTECTED_ENDINGS.some((ending) => word.endsWith(ending))) return word;
  const hangulTail = hangulSuffixLength(word);
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle) || word.length === particle.length) continue;
    const stemHangul = hangulTail - particle.length;
    // After Latin or digits (`LLM의`, `GPT-4로`) the particle is unambiguous.
    if (stemHangul === 0 || stemHangul >= (particle.length === 1 ? 2 : 1)) {
      return word.slice(0, -particle.length);
    }
  }
  return word;
}

/**
 * Strips a trailing particle from one query word: `모델이` -> `모델`, `캐시를` -> `캐시`,
 * `LLM의` -> `LLM`, `모델들을` -> `모델`. Words that only look like they end in one stay whole.
 */
export function stripParticle(word: string): string {
  let stem = stripOnce(word);
  // The plural suffix sits before the particle: 모델들을 -> 모델들 -> 모델.
  if (stem.endsWith('들') && hangulSuffixLength(stem) >= 3) stem = stem.slice(0, -1);
  return stem;
}

export interface QueryWord {
  kind: 'hangul' | 'word';
  /** The word as matched: NFC, particle stripped, lowercased for words. */
  text: string;
  /** Index terms that must all be present (AND). */
  terms: string[];
  /** Match index terms that start with the term (single syllables; the word being typed). */
  prefix: boolean;
}

/**
 * Parses a query into words. Every word must match (AND); each is one run of Hangul or of other
 * letters, after the particle of its whitespace-separated chunk is stripped. The last Latin word is
 * prefix-matched while it is still being typed (no trailing space), so `diffu` already finds results.
 */
export function parseQuery(query: string): QueryWord[] {
  const normalized = normalizeText(query);
  const chunks = normalized.split(/\s+/).filter(Boolean);
  const typing = !/\s$/.test(normalized);
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  chunks.forEach((chunk, chunkIndex) => {
    const runs = scanRuns(stripParticle(chunk));
    runs.forEach((run, runIndex) => {
      const isLast = typing && chunkIndex === chunks.length - 1 && runIndex === runs.length - 1;
      const word = toQueryWord(run, isLast);
      const key = `${word.kind}:${word.text}:${word.prefix}`;
      if (!seen.has(key)) {
        seen.add(key);
        words.push(word);
      }
    });
  });
  return words;
}

function toQueryWord(run: TextRun, isLast: boolean): QueryWord {
  if (run.kind === 'hangul') {
    const text = run.text;
    if (text.length === 1) return { kind: 'hangul', text, terms: [text], prefix: true };
    const bigrams = new Set<string>();
    for (let i = 0; i + 1 < text.length; i++) bigrams.add(text.slice(i, i + 2));
    return { kind: 'hangul', text, terms: [...bigrams], prefix: false };
  }
  const text = foldCase(run.text);
  return { kind: 'word', text, terms: [foldPlural(text)], prefix: isLast && text.length >= 3 };
}

/** Does this field text contain the word? The exact check behind every match and highlight. */
export function findWordRanges(text: string, word: QueryWord): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (word.kind === 'hangul') {
    let from = 0;
    for (;;) {
      const at = text.indexOf(word.text, from);
      if (at < 0) break;
      ranges.push([at, at + word.text.length]);
      from = at + 1;
    }
    return ranges;
  }
  const term = word.terms[0] ?? '';
  // Every matching token contains the folded term, except `policies` for `policy`: probe without the y.
  const probe = term.length > 1 && term.endsWith('y') ? term.slice(0, -1) : term;
  if (!probe) return ranges;
  const folded = foldCase(text);
  let from = 0;
  for (;;) {
    const at = folded.indexOf(probe, from);
    if (at < 0) break;
    let start = at;
    while (start > 0 && isWordChar(folded.charCodeAt(start - 1))) start--;
    let end = at + probe.length;
    while (end < folded.length && isWordChar(folded.charCodeAt(end))) end++;
    const hit = wordTerms(text.slice(start, end)).some((candidate) =>
      word.prefix ? candidate.startsWith(term) : candidate === term,
    );
    if (hit) ranges.push([start, end]);
    from = end;
  }
  return ranges;
}
