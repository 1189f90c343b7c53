// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDigest } from '../../../scripts/ingest/parse-digest';
import { seedCooked } from '../sync/forum-fixtures';
import { parseSeed, SEED_TEXT } from './fixtures';

const TITLE = '[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음';

function firstSummary(cooked: string): string {
  const result = parseDigest(cooked, {
    fileName: '2025-10-20.topic.json',
    format: 'html',
    forumPost: { title: TITLE, source: 'https://discuss.pytorch.kr/t/x/1', likes: 1 },
  });
  expect(result.errors).toEqual([]);
  return result.issue?.papers[0]?.summary ?? '';
}

describe('the HTML ingest keeps what a post says inside its sentences', () => {
  it('a link in a paragraph stays a Markdown link; only http(s) targets', () => {
    const summary = firstSummary(
      seedCooked().replace(
        '<p>LLM 뇌 부패 가설을',
        '<p>코드는 <a href="https://github.com/llm-brain-rot/code">공식 저장소</a>, <a href="https://x.org/a_(b) c">설명(2)</a>, <a href="javascript:alert(1)">나쁜 링크</a>에 있다. LLM 뇌 부패 가설을',
      ),
    );
    expect(summary).toMatch(
      /^코드는 \[공식 저장소\]\(https:\/\/github\.com\/llm-brain-rot\/code\), \[설명\(2\)\]\(https:\/\/x\.org\/a_%28b%29%20c\), 나쁜 링크에 있다\. /,
    );
    expect(summary).not.toContain('javascript');
  });

  it('inline code stays code, with its characters as written', () => {
    const summary = firstSummary(
      seedCooked().replace(
        '<p>LLM 뇌 부패 가설을',
        '<p>설치: <code>pip install x_y*{a}\\ 100% $HOME</code>. LLM 뇌 부패 가설을',
      ),
    );
    expect(summary).toMatch(/^설치: `pip install x_y\*\{a\}\\ 100% \$HOME`\. /);
  });

  it('a bare URL line ending in > keeps it; an <autolink> loses only its brackets', () => {
    const text = SEED_TEXT.replace(
      /(LLMs Can Get "Brain Rot"!\n[\s\S]*?논문 링크\n\n더 읽어보기\n)/,
      '$1\nhttps://example.org/q?a=<b>\n\n<https://example.org/auto>\n',
    );
    const issue = parseSeed(text).issue;
    expect(issue?.papers[0]?.moreLinks.map((link) => link.url)).toEqual([
      'https://example.org/q?a=<b>',
      'https://example.org/auto',
    ]);
  });
});
