/**
 * What the fake forum and the fake arXiv answer, in the shapes of their real APIs: Discourse's category
 * listing (`/c/<slug>/<id>.json`: `topic_list.topics`, `more_topics_url` without `.json`, as Discourse's
 * ListController writes it) and topic JSON (`/t/<id>.json`: `post_stream.posts[0].cooked`), and arXiv's
 * Atom feed (`/api/query?id_list=…`: one `<entry>` per paper, namespaces declared on the elements).
 * The post is the real seed week (content/digests) cooked back into Discourse's markup.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cookedPost } from '../../../scripts/ingest/synthetic-archive';
import { PROJECT_ROOT } from '../ingest/fixtures';

const SEED_DIR = path.join(PROJECT_ROOT, 'content/digests');
export const SEED_TEXT = readFileSync(path.join(SEED_DIR, '2025-10-20.txt'), 'utf8');
const SEED_LINKS = JSON.parse(
  readFileSync(path.join(SEED_DIR, '2025-10-20.links.json'), 'utf8'),
) as { papers: { titleEn: string; paper: string }[] };

/** The seed week's paper links, by English title. */
export const SEED_PAPER_URLS = new Map(SEED_LINKS.papers.map((p) => [p.titleEn, p.paper]));
export const SEED_ARXIV_IDS = SEED_LINKS.papers.map((p) => p.paper.replace(/^.*\/abs\//, ''));

export const DIGEST_TITLE = '이번 주에 살펴볼 만한 AI/ML 논문 모음';

/** The seed week's post as Discourse cooks it; `dropPapers` leaves the last papers out. */
export function seedCooked({ dropPapers = 0 } = {}): string {
  let lines = SEED_TEXT.replace(/\r\n?/g, '\n').split('\n');
  const links = new Map<string, string>();
  const headers: number[] = [];
  lines.forEach((line, index) => {
    const en = line.includes(' / ') ? line.slice(line.lastIndexOf(' / ') + 3) : '';
    const url = SEED_PAPER_URLS.get(en);
    if (url) {
      links.set(line, url);
      headers.push(index);
    }
  });
  if (dropPapers > 0) {
    const footer = lines.findIndex((line) => line.includes('파이토치 한국 사용자 모임'));
    const from = headers[headers.length - dropPapers] ?? footer;
    lines = [...lines.slice(0, from), ...lines.slice(footer)];
  }
  return cookedPost(lines.join('\n'), links);
}

export interface TopicSpec {
  id: number;
  title: string;
  slug?: string;
  likeCount?: number;
  cooked?: string;
  bumpedAt?: string;
  pinned?: boolean;
}

export function slugOf(spec: TopicSpec): string {
  return spec.slug ?? `topic-${spec.id}`;
}

export function listedTopic(spec: TopicSpec) {
  const created = spec.bumpedAt ?? '2025-10-27T01:32:10.000Z';
  return {
    id: spec.id,
    title: spec.title,
    fancy_title: spec.title,
    slug: slugOf(spec),
    posts_count: 2,
    reply_count: 1,
    highest_post_number: 2,
    image_url: null,
    created_at: created,
    last_posted_at: created,
    bumped: true,
    bumped_at: created,
    archetype: 'regular',
    unseen: false,
    pinned: spec.pinned ?? false,
    unpinned: null,
    visible: true,
    closed: false,
    archived: false,
    bookmarked: null,
    liked: null,
    views: 321,
    like_count: spec.likeCount ?? 0,
    has_summary: false,
    last_poster_username: 'bot',
    category_id: 14,
    pinned_globally: false,
    featured_link: null,
    posters: [
      { extras: 'latest', description: 'Original Poster', user_id: 1, primary_group_id: null },
    ],
  };
}

/** One page of `/c/news/14.json`; `nextPage` adds `more_topics_url` as Discourse writes it. */
export function listingPage(topics: TopicSpec[], nextPage?: number): string {
  return JSON.stringify({
    users: [
      { id: 1, username: 'bot', name: 'Bot', avatar_template: '/letter_avatar/bot/{size}/1.png' },
    ],
    primary_groups: [],
    topic_list: {
      can_create_topic: false,
      ...(nextPage !== undefined ? { more_topics_url: `/c/news/14?page=${nextPage}` } : {}),
      per_page: 30,
      top_tags: [],
      topics: topics.map(listedTopic),
    },
  });
}

/** `/t/<id>.json`: the digest post first, then a reply (which must never be read). */
export function topicJson(spec: TopicSpec): string {
  const created = '2025-10-27T01:32:10.000Z';
  const post = (postNumber: number, cooked: string) => ({
    id: spec.id * 10 + postNumber,
    name: 'Bot',
    username: 'bot',
    avatar_template: '/letter_avatar/bot/{size}/1.png',
    created_at: created,
    cooked,
    post_number: postNumber,
    post_type: 1,
    updated_at: created,
    reply_count: 0,
    reply_to_post_number: null,
    quote_count: 0,
    reads: 40,
    score: 10,
    yours: false,
    topic_id: spec.id,
    topic_slug: slugOf(spec),
    version: 1,
    actions_summary: [{ id: 2, count: spec.likeCount ?? 0 }],
  });
  return JSON.stringify({
    post_stream: {
      posts: [
        post(1, spec.cooked ?? seedCooked()),
        post(2, '<p>좋은 정리 감사합니다! 3개의 좋아요</p>'),
      ],
      stream: [spec.id * 10 + 1, spec.id * 10 + 2],
    },
    timeline_lookup: [[1, 0]],
    suggested_topics: [],
    tags: [],
    id: spec.id,
    title: spec.title,
    fancy_title: spec.title,
    posts_count: 2,
    created_at: created,
    views: 321,
    reply_count: 1,
    like_count: spec.likeCount ?? 0,
    last_posted_at: created,
    visible: true,
    closed: false,
    archived: false,
    archetype: 'regular',
    slug: slugOf(spec),
    category_id: 14,
    word_count: 4200,
    deleted_at: null,
    user_id: 1,
    chunk_size: 20,
    details: { created_by: { id: 1, username: 'bot' }, participants: [] },
  });
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Authors invented for the fake arXiv: three per paper, and a long list for one. */
export function fakeAuthors(id: string): string[] {
  const count = id.endsWith('3928') ? 7 : 3;
  return Array.from({ length: count }, (_, i) => `Author ${i + 1} of ${id}`);
}

/** arXiv's Atom answer to `id_list=…`: an entry for each id in `known` (in reverse order). */
export function arxivFeed(ids: readonly string[], known: (id: string) => boolean): string {
  const entries = ids
    .filter(known)
    .reverse()
    .map(
      (id) => `  <entry>
    <id>http://arxiv.org/abs/${id}v2</id>
    <updated>2025-10-16T17:59:59Z</updated>
    <published>2025-10-15T17:59:59Z</published>
    <title>Title of
      ${escapeXml(id)}</title>
    <summary>  An abstract.
</summary>
${fakeAuthors(id)
  .map(
    (name) =>
      `    <author><name>${escapeXml(name)}</name><arxiv:affiliation xmlns:arxiv="http://arxiv.org/schemas/atom">Lab</arxiv:affiliation></author>`,
  )
  .join('\n')}
    <link href="http://arxiv.org/abs/${id}v2" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/${id}v2" rel="related" type="application/pdf"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.AI" scheme="http://arxiv.org/schemas/atom"/>
  </entry>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?id_list=${ids.join(',')}" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: id_list=${ids.join(',')}</title>
  <id>http://arxiv.org/api/fake</id>
  <updated>2025-10-20T00:00:00-04:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${ids.length}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
  <opensearch:itemsPerPage xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${ids.length}</opensearch:itemsPerPage>
${entries.join('\n')}
</feed>
`;
}
