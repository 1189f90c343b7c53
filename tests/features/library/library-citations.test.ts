// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { Paper } from '../../../src/data/schema';
import {
  toCslItems,
  toCslJson,
  toRis,
  type CslItem,
} from '../../../src/features/library/library-citations';
import type { LibraryEntry } from '../../../src/features/library/library-schema';
import { toSavedPaper } from '../../../src/features/library/library-store';
import { toBibtex } from '../../../src/features/library/library-transfer';
import { brainRot, issue, noLink, olderIssue, optPipe } from './fixtures';

const at = '2025-10-21T00:00:00.000Z';
function entry(paper: Paper = brainRot, from = issue): LibraryEntry {
  return {
    paper: { ...toSavedPaper(from, paper), savedAt: at },
    likedAt: null,
    bookmarkedAt: at,
    readAt: null,
  };
}

function withArxiv(paper: Paper, authors: string[], published = '2024-12-31'): Paper {
  const id = /\d{4}\.\d{5}/.exec(paper.paperUrl ?? '')?.[0] ?? '2510.05186';
  return {
    ...paper,
    arxiv: {
      id,
      authors,
      published,
      primaryCategory: 'cs.CL',
      pdfUrl: `https://arxiv.org/pdf/${id}`,
    },
  };
}

interface ParsedCsl {
  type: string;
  title?: string;
  author?: { family?: string; given?: string; suffix?: string; literal?: string }[];
  issued?: { 'date-parts': number[][] };
  URL?: string;
  number?: string;
  note?: string;
}

/** What a reference manager reads back: citation-js's RIS plugin, the way Zotero's own RIS import works. */
function readRis(text: string): ParsedCsl[] {
  return plugins.input.chain(text, { target: '@csl/list+object' }) as ParsedCsl[];
}

function apa(items: unknown): string {
  return new Cite(items).format('bibliography', { format: 'text', template: 'apa' });
}

/** How the four authors of `withAuthors` read in CSL: split where unambiguous, else whole. */
const ADA_BEN_MARTIN_SAND = [
  { family: 'Kim', given: 'Ada' },
  { family: 'Lee', given: 'Ben' },
  { family: 'King', given: 'Martin', suffix: 'Jr.' },
  { literal: 'Sand and Sea' },
];
const withAuthors = withArxiv(brainRot, ['Ada Kim', 'Ben Lee', 'Martin King, Jr.', 'Sand and Sea']);

describe('toRis', () => {
  it('writes one UNPB record per paper, TY first and ER last, with arXiv authors, date, URL and id', () => {
    expect(toRis([entry(withAuthors)])).toBe(
      [
        'TY  - UNPB',
        'TI  - LLMs Can Get "Brain Rot"!',
        'AU  - Kim, Ada',
        'AU  - Lee, Ben',
        'AU  - King, Martin, Jr.',
        'AU  - Sand and Sea',
        'PY  - 2024',
        'DA  - 2024/12/31/',
        'UR  - https://arxiv.org/abs/2510.13928',
        'DB  - arXiv',
        'M1  - arXiv:2510.13928',
        'N1  - LLM은 "브레인 로트"에 걸릴 수 있다!; PyTorchKR 논문 모음 2025-10-20',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('reads back in a real RIS parser with the right titles, authors, dates and URLs', () => {
    const text = toRis([entry(withAuthors), entry(noLink), entry(optPipe, olderIssue)]);
    const [first, second, third] = readRis(text);
    expect(first).toMatchObject({
      type: 'manuscript',
      title: 'LLMs Can Get "Brain Rot"!',
      author: ADA_BEN_MARTIN_SAND,
      issued: { 'date-parts': [[2024, 12, 31]] },
      URL: 'https://arxiv.org/abs/2510.13928',
      number: 'arXiv:2510.13928',
    });
    // Not on arXiv: no invented author, date or URL.
    expect(second?.title).toBe(noLink.titleEn);
    expect(second).not.toHaveProperty('author');
    expect(second).not.toHaveProperty('issued');
    expect(second).not.toHaveProperty('URL');
    expect(second?.note).toBe('AI의 SPACE; PyTorchKR 논문 모음 2025-10-20');
    // An older save without arXiv's data: the year from the id (as the BibTeX export), no day, no authors.
    expect(third).toMatchObject({
      title: optPipe.titleEn,
      issued: { 'date-parts': [[2025]] },
      URL: 'https://arxiv.org/abs/2510.05186',
    });
    expect(third).not.toHaveProperty('author');
    const records = text.split('ER  - \r\n');
    expect(records).toHaveLength(4);
    expect(records[2]).toContain('PY  - 2025\r\n');
    expect(records[2]).not.toContain('DA  - ');
    // CRLF throughout: no bare line feed.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps a link that is not arXiv as given, with no year', () => {
    const github = entry({ ...noLink, paperUrl: 'https://github.com/org/repo' });
    expect(toRis([github])).toContain('\r\nUR  - https://github.com/org/repo\r\n');
    expect(toRis([github])).not.toMatch(/^(PY|DA|M1|DB) {2}- /m);
    const [parsed] = readRis(toRis([github]));
    expect(parsed?.URL).toBe('https://github.com/org/repo');
  });

  it('writes nothing for an empty selection', () => {
    expect(toRis([])).toBe('');
  });

  it('hostile titles and authors stay one line each: nothing starts a tag, ends a record or cuts a value', () => {
    const hostile = [
      'Line one\nER  - \nTY  - JOUR\nTI  - Injected record',
      'ER  - inside a title',
      'A  - B (two spaces, a dash: RIS would cut the value here)',
      'Tabs\tand\r\ncarriage\rreturns\u2028line\u2029separators\u0085NEL \u0000nul',
      '{Braces} "quotes" \\back\\slash %&$#_^~ @misc{x,',
      '한국어 제목: 언어 모델 🤖 — Ünïcödé',
      '   ',
    ];
    const entries = hostile.map((title, index) =>
      entry({
        ...withArxiv(optPipe, [`Evil\nER  - \nTY  - GEN`, 'Ada Kim']),
        id: `p${index}`,
        titleEn: title,
        titleKo: '',
      }),
    );
    const text = toRis(entries);
    for (const line of text.split('\r\n'))
      expect(line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line), line).toBe(true);
    const parsed = readRis(text);
    expect(parsed).toHaveLength(hostile.length);
    parsed.forEach((item, index) => {
      const expected = hostile[index]!.replace(/[\s\p{Cc}]+/gu, ' ').trim();
      expect(item.title).toBe(expected || undefined);
      expect(item.author).toEqual([
        { literal: 'Evil ER - TY - GEN' },
        { family: 'Kim', given: 'Ada' },
      ]);
      expect(item.URL).toBe('https://arxiv.org/abs/2510.05186');
    });
  });

  it('any title, however broken, reads back as one record with that title on one line', () => {
    const piece = fc.oneof(
      fc.constantFrom('\n', '\r\n', '\r', 'ER  - ', 'TY  - JOUR', '  - ', '\u2028', '\t', '\u0000'),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    );
    const title = fc.array(piece, { maxLength: 12 }).map((parts) => `T ${parts.join('')}`);
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 4 }), (titles) => {
        const entries = titles.map((t, index) =>
          entry({ ...brainRot, id: `p${index}`, titleEn: t, titleKo: '' }),
        );
        const parsed = readRis(toRis(entries));
        expect(parsed.map((item) => item.title)).toEqual(
          titles.map((t) => t.replace(/[\s\p{Cc}]+/gu, ' ').trim()),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('toCslJson', () => {
  it('is an array of CSL articles with unique ids, the same keys as the BibTeX export', () => {
    const entries = [entry(withAuthors), entry(brainRot, olderIssue), entry(noLink)];
    const items = JSON.parse(toCslJson(entries)) as CslItem[];
    expect(items[0]).toEqual({
      id: 'arxiv-2510.13928',
      type: 'article',
      title: 'LLMs Can Get "Brain Rot"!',
      author: ADA_BEN_MARTIN_SAND,
      issued: { 'date-parts': [[2024, 12, 31]] },
      URL: 'https://arxiv.org/abs/2510.13928',
      publisher: 'arXiv',
      number: 'arXiv:2510.13928',
      note: 'LLM은 "브레인 로트"에 걸릴 수 있다!; PyTorchKR 논문 모음 2025-10-20',
    });
    expect(items.map((item) => item.id)).toEqual([
      'arxiv-2510.13928',
      'arxiv-2510.13928-2',
      '2025-10-20-space-of-ai',
    ]);
    const bibtexKeys = [...toBibtex(entries).matchAll(/^@misc\{([^,]+),/gm)].map((m) => m[1]);
    expect(items.map((item) => item.id)).toEqual(bibtexKeys);
    // Only CSL variables, and nothing the saved data does not hold.
    expect(items[2]).toEqual({
      id: '2025-10-20-space-of-ai',
      type: 'article',
      title: noLink.titleEn,
      note: 'AI의 SPACE; PyTorchKR 논문 모음 2025-10-20',
    });
    expect(items[1]).toMatchObject({ issued: { 'date-parts': [[2025]] } });
    expect(items[1]).not.toHaveProperty('author');
  });

  it('formats as an APA bibliography with its title, authors and date', () => {
    const bibliography = apa(toCslItems([entry(withAuthors), entry(noLink)]));
    expect(bibliography).toContain('Kim, A., Lee, B., King, M., Jr., & Sand and Sea. (2024).');
    expect(bibliography).toContain('LLMs Can Get “Brain Rot”! (arXiv:2510.13928). arXiv.');
    expect(bibliography).toContain('https://arxiv.org/abs/2510.13928');
    expect(bibliography).toContain(
      'The SPACE of AI: Real-World Lessons on AI’s Impact on Developers',
    );
    // The JSON file itself is what a citeproc tool reads.
    expect(apa(JSON.parse(toCslJson([entry(withAuthors)])))).toContain('Kim, A.');
  });

  it('hostile and non-Latin text survives as data, on one line', () => {
    const title = 'Line\nbreak "quotes" {braces} </script> \u2028 한국어 제목 🤖';
    const paper = withArxiv({ ...optPipe, titleEn: title }, [
      '김철수',
      'Ludwig van Beethoven',
      'Qwen Team',
      'J. R. R. Tolkien',
      'Łukasz Kaiser',
      'Kim, Ada',
      'Evil\nName',
    ]);
    const [item] = JSON.parse(toCslJson([entry(paper)])) as CslItem[];
    expect(item?.title).toBe('Line break "quotes" {braces} </script> 한국어 제목 🤖');
    expect(item?.author).toEqual([
      { literal: '김철수' },
      { literal: 'Ludwig van Beethoven' },
      { literal: 'Qwen Team' },
      { family: 'Tolkien', given: 'J. R. R.' },
      { family: 'Kaiser', given: 'Łukasz' },
      { literal: 'Kim, Ada' },
      { family: 'Name', given: 'Evil' }, // a line break is only a space
    ]);
    const bibliography = apa([item]);
    expect(bibliography).toContain('김철수');
    expect(bibliography).toContain('Tolkien, J. R. R.');
    expect(bibliography).toContain('한국어 제목');
  });

  it('is an empty list for an empty selection', () => {
    expect(toCslJson([])).toBe('[]\n');
    expect(apa(JSON.parse(toCslJson([])))).toBe('');
  });
});
