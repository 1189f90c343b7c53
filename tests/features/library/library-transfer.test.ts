// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { paths } from '../../../src/config/paths';
import { parseBackup } from '../../../src/features/library/library-import';
import { libraryPageText } from '../../../src/features/library/library-page-text';
import { migrate, UnreadableLibraryError } from '../../../src/features/library/library-migrate';
import type { LibraryEntry } from '../../../src/features/library/library-schema';
import { arxivIdFromUrl } from '../../../src/lib/arxiv-id';
import {
  escapeBibtex,
  toBackupJson,
  toBibtex,
  toMarkdown,
} from '../../../src/features/library/library-transfer';
import { toSavedPaper } from '../../../src/features/library/library-store';
import { brainRot, issue, noLink, olderIssue, optPipe } from './fixtures';

const at = '2025-10-21T00:00:00.000Z';
function entry(paper = brainRot, from = issue, marks: Partial<LibraryEntry> = {}): LibraryEntry {
  return {
    paper: { ...toSavedPaper(from, paper), savedAt: at },
    likedAt: null,
    bookmarkedAt: at,
    readAt: null,
    ...marks,
  };
}

describe('arxivIdFromUrl', () => {
  it.each([
    ['https://arxiv.org/abs/2510.13928', '2510.13928'],
    ['https://arxiv.org/abs/2510.13928v3', '2510.13928'],
    ['http://arxiv.org/pdf/2505.22618.pdf', '2505.22618'],
    ['https://arxiv.org/pdf/2505.22618v2', '2505.22618'],
    ['https://www.arxiv.org/html/2509.26507v1/', '2509.26507'],
    ['https://export.arxiv.org/abs/1706.03762', '1706.03762'],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'hep-th/9901001'],
    ['https://arxiv.org/abs/math.GT/0309136', 'math.GT/0309136'],
    ['https://huggingface.co/papers/2510.12712', '2510.12712'],
    ['https://www.alphaxiv.org/abs/2510.07242', '2510.07242'],
    ['https://arxiv.org/abs/2510.13928?context=cs', '2510.13928'],
  ])('%s → %s', (url, id) => {
    expect(arxivIdFromUrl(url)).toBe(id);
  });

  it.each([
    [null],
    ['https://github.com/org/repo'],
    ['https://arxiv.org/list/cs.CL/recent'],
    ['https://notarxiv.org/abs/2510.13928'],
    ['https://arxiv.org.evil.example/abs/2510.13928'],
    ['not a url'],
  ])('finds no arXiv id in %s', (url) => {
    expect(arxivIdFromUrl(url)).toBeNull();
  });
});

describe('toBibtex', () => {
  it('writes an arXiv entry with eprint, year and both titles', () => {
    expect(toBibtex([entry()])).toBe(
      [
        '@misc{arxiv-2510.13928,',
        '  title         = {{LLMs Can Get {"}Brain Rot{"}!}},',
        '  eprint        = {2510.13928},',
        '  archivePrefix = {arXiv},',
        '  year          = {2025},',
        '  url           = {https://arxiv.org/abs/2510.13928},',
        '  note          = {LLM은 {"}브레인 로트{"}에 걸릴 수 있다!; PyTorchKR 논문 모음 2025-10-20}',
        '}',
        '',
      ].join('\n'),
    );
  });

  it("names arXiv's authors so a reference manager can cite them, and takes the year from arXiv", () => {
    const withAuthors = {
      ...brainRot,
      arxiv: {
        id: '2510.13928',
        authors: ['Ada Kim', 'Ben Lee', 'Martin King, Jr.', 'Sand and Sea'],
        published: '2024-12-31',
        primaryCategory: 'cs.CL',
        pdfUrl: 'https://arxiv.org/pdf/2510.13928v1',
      },
    };
    const text = toBibtex([entry(withAuthors)]);
    expect(text).toContain(
      '  author        = {Ada Kim and Ben Lee and {Martin King, Jr.} and Sand {and} Sea},',
    );
    expect(text).toContain('  year          = {2024},');
    // Older saves (before authors were kept) still export, without an author field.
    expect(toBibtex([entry()])).not.toContain('author');
    const markdown = toMarkdown([entry(withAuthors)], paths.paper, {
      appUrl: (path) => path,
      exportedAt: new Date(at),
    });
    expect(markdown).toContain('  Ada Kim, Ben Lee, Martin King, Jr. 외 1명\n');
  });

  it('falls back to a plain entry without an arXiv id, and keeps keys unique', () => {
    const twice = [entry(noLink), entry(noLink, olderIssue)];
    const text = toBibtex(twice);
    expect(text).toContain('@misc{2025-10-20-space-of-ai,');
    expect(text).toContain('@misc{2025-10-13-space-of-ai,');
    expect(text).not.toContain('eprint');
    const sameArxiv = toBibtex([entry(), entry(brainRot, olderIssue)]);
    expect(sameArxiv).toContain('@misc{arxiv-2510.13928,');
    expect(sameArxiv).toContain('@misc{arxiv-2510.13928-2,');
  });

  it('escapes LaTeX specials and keeps braces balanced as BibTeX counts them (a backslash hides none)', () => {
    expect(escapeBibtex('50% of {A & B} cost $5 #1 a_b ~x^2 \\o/ @x "q"')).toBe(
      '50\\% of \\textbraceleft{}A \\& B\\textbraceright{} cost \\$5 \\#1 a\\_b \\textasciitilde{}x\\textasciicircum{}2 \\textbackslash{}o/ {@}x {"}q{"}',
    );
    const text = toBibtex([
      entry({ ...optPipe, titleEn: 'Unbalanced } title {{ \\}', paperUrl: null }),
    ]);
    let depth = 0;
    for (const char of text) {
      if (char === '{') depth += 1;
      else if (char === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('hostile titles and authors survive a real BibTeX parser as text: one entry per paper', () => {
    const hostile = [
      'Nice title}} @misc(injected, title = "Injected entry", author = "Mallory", note = "x")',
      'A single { brace',
      'A single } brace',
      'Back\\slash \\textbf{not bold} and \\\\',
      '@comment{x} @string{a = "b"} "quoted" 100% & $5 #1 a_b ~ ^',
      '}}}} {{{{',
    ];
    const entries = hostile.map((title, index) =>
      entry(
        {
          ...optPipe,
          id: `p${index}`,
          titleEn: title,
          titleKo: '',
          paperUrl: null,
          arxiv: {
            id: '2510.05186',
            authors: [title, 'Ada Kim'],
            published: '2025-10-07',
            primaryCategory: null,
            pdfUrl: 'https://arxiv.org/pdf/2510.05186',
          },
        },
        issue,
      ),
    );
    const library = parseBibtex(toBibtex(entries), {
      sentenceCase: false,
      caseProtection: false,
      english: false,
    });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(hostile.length);
    library.entries.forEach((parsed, index) => {
      expect(parsed.fields.title).toBe(hostile[index]);
      expect((parsed.fields.author as { lastName?: string }[]).length).toBe(2);
    });
  });
});

describe('toMarkdown', () => {
  const appUrl = (path: string) => `https://example.org${path}`;

  it('lists papers by issue with both titles, the paper link, a link here and a read checkbox', () => {
    const text = toMarkdown(
      [entry(brainRot, issue, { readAt: at }), entry(noLink), entry(optPipe, olderIssue)],
      paths.paper,
      { appUrl, exportedAt: new Date(at) },
    );
    expect(text).toBe(
      [
        '# 읽기 목록 · Reading list',
        '',
        '2025-10-21 내보냄 · 3편',
        '',
        '## 2025-10-20 · \\[2025/10/20 ~ 26\\] 이번 주에 살펴볼 만한 AI/ML 논문 모음',
        '',
        '- [x] **LLM은 "브레인 로트"에 걸릴 수 있다!**',
        '  LLMs Can Get "Brain Rot"!',
        '  [논문](https://arxiv.org/abs/2510.13928) · [요약 보기](https://example.org/issues/2025-10-20/papers/llms-can-get-brain-rot)',
        '- [ ] **AI의 SPACE**',
        "  The SPACE of AI: Real-World Lessons on AI's Impact on Developers",
        '  [요약 보기](https://example.org/issues/2025-10-20/papers/space-of-ai)',
        '',
        '## 2025-10-13 · \\[2025/10/13 ~ 19\\] 이번 주에 살펴볼 만한 AI/ML 논문 모음',
        '',
        '- [ ] **OptPipe: LLM 학습을 위한 메모리 및 스케줄링 최적화 파이프라인 병렬 처리**',
        '  OptPipe: Memory- and Scheduling-Optimized Pipeline Parallelism for LLM Training',
        '  [논문](https://arxiv.org/abs/2510.05186) · [요약 보기](https://example.org/issues/2025-10-13/papers/optpipe)',
        '',
      ].join('\n'),
    );
  });

  it('cannot be broken out of by a title or a URL', () => {
    const tricky = entry({
      ...brainRot,
      titleKo: '[click](javascript:alert(1)) **bold**',
      titleEn: '',
      paperUrl: 'https://example.org/a b)(c',
    });
    const text = toMarkdown([tricky], paths.paper, { appUrl, exportedAt: new Date(at) });
    expect(text).toContain('\\[click\\](javascript:alert(1)) \\*\\*bold\\*\\*');
    expect(text).toContain('[논문](https://example.org/a%20b%29%28c)');
  });

  it('a title that looks like a block (---, # x, > x, 1. x, - x, ===) stays text', () => {
    const titles = ['---', '# x', '> x', '1. x', '2) x', '- x', '+ x', '===', '* x'];
    const entries = titles.map((title, index) =>
      entry({ ...brainRot, id: `b${index}`, titleKo: `제목 ${index}`, titleEn: title }),
    );
    const text = toMarkdown(entries, paths.paper, { appUrl, exportedAt: new Date(at) });
    const tree = unified().use(remarkParse).parse(text);
    // One list: every paper an item, nothing broke out into a heading, quote, break or other list.
    expect(tree.children.map((node) => node.type)).toEqual([
      'heading',
      'paragraph',
      'heading',
      'list',
    ]);
    const list = tree.children[3] as { children: unknown[] };
    expect(list.children).toHaveLength(titles.length);
    for (const title of titles)
      expect(text).not.toMatch(
        new RegExp(`^ +${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'),
      );
  });

  it('a title with dollars, character references or backslashes reads as written, math readers too', () => {
    const titles = ['costs $5 and $10', 'AT&amp;T &#35;1', 'C:\\dir \\(x\\)', '$x$ ~strike~ a|b'];
    const entries = titles.map((title, index) =>
      entry({ ...brainRot, id: `t${index}`, titleKo: `제목 ${index}`, titleEn: title }),
    );
    const text = toMarkdown(entries, paths.paper, { appUrl, exportedAt: new Date(at) });
    const tree = unified().use(remarkParse).use(remarkMath).parse(text);
    const list = tree.children[3] as List;
    expect(list.children.map((item) => toString(item.children[0]).split('\n')[1]?.trim())).toEqual(
      titles,
    );
  });
});

describe('backup files', () => {
  it('round-trips through export and import', async () => {
    const data = {
      version: 1 as const,
      papers: { k: entry() },
      issueLikes: { '2025-10-20': { likedAt: at } },
    };
    const parsed = await parseBackup(toBackupJson(data, new Date(at)), migrate);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rejected).toEqual([]);
    expect(Object.values(parsed.data.papers)).toEqual([entry()]);
    expect(parsed.data.issueLikes).toEqual(data.issueLikes);
  });

  it.each([
    ['', /JSON 파일이 아닙니다/],
    ['{"version":1', /JSON 파일이 아닙니다/],
    ['[]', /서재 백업 형식이 아닙니다/],
    ['{"hello":1}', /서재 백업 형식이 아닙니다/],
    ['{"version":-1,"papers":{}}', /서재 백업 형식이 아닙니다/],
  ])('refuses %j with a message the reader can act on', async (text, message) => {
    const parsed = await parseBackup(text, migrate);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(libraryPageText('ko').importProblem(parsed.error)).toMatch(message);
  });

  it('says what was wrong with each entry it leaves out, in words the page can translate', async () => {
    const v1 = await parseBackup(
      JSON.stringify({
        version: 'x',
        papers: { ok: entry(), bad: { ...entry(), paper: { paperId: 'x' } }, worse: 3 },
        issueLikes: { 'not-a-date': { likedAt: at }, '2025-10-20': { likedAt: 'soon' } },
      }),
      migrate,
    );
    expect(v1.ok && v1.rejected.map((r) => [r.where, r.problem])).toEqual([
      ['version', 'version'],
      ['papers.bad', ['paper.issueId', 'paper.issueTitle']],
      ['papers.worse', []],
      ['issueLikes.not-a-date', 'issue-id'],
      ['issueLikes.2025-10-20', ['likedAt']],
    ]);
    const v0 = await parseBackup(JSON.stringify({ liked: 'all', read: [{ title: 3 }] }), migrate);
    expect(v0.ok && v0.rejected.map((r) => [r.where, r.problem])).toEqual([
      ['liked', 'not-a-list'],
      ['read.0', expect.arrayContaining([expect.any(String)])],
    ]);
  });

  it('refuses a file that is far too large before parsing it', async () => {
    const parsed = await parseBackup(' '.repeat(6 * 1024 * 1024), migrate);
    expect(parsed).toMatchObject({ ok: false });
  });
});

describe('migrate', () => {
  it('throws UnreadableLibraryError on what is not a library', () => {
    expect(() => migrate('x')).toThrow(UnreadableLibraryError);
    expect(() => migrate({ version: 0 })).toThrow(UnreadableLibraryError);
  });

  it('re-keys entries by their own issue and paper, so a hand-edited key cannot mislead', () => {
    const result = migrate({ version: 1, papers: { wrong: entry() }, issueLikes: {} });
    expect(Object.keys(result.data.papers)).toEqual(['2025-10-20/llms-can-get-brain-rot']);
  });

  it('reports a v0 list that is not a list', () => {
    const result = migrate({ liked: 'everything', bookmarked: [] });
    expect(result.rejected).toEqual([{ where: 'liked', reason: 'expected a list' }]);
  });
});
