// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readSavedTopic } from '../../../scripts/ingest/forum-topic';

const topic = (created: { topic?: unknown; post?: unknown }) => ({
  forum: 'https://discuss.pytorch.kr/',
  likeCount: 4,
  topic: {
    id: 8064,
    title: '[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음',
    slug: 'w',
    ...(created.topic !== undefined && { created_at: created.topic }),
    post_stream: {
      posts: [
        { post_number: 2, cooked: '<p>reply</p>', created_at: '2030-01-01T00:00:00.000Z' },
        {
          post_number: 1,
          cooked: '<p>digest</p>',
          ...(created.post !== undefined && { created_at: created.post }),
        },
      ],
    },
  },
});

describe('a topic saved by the sync', () => {
  it('is dated by its first post, never a reply, in UTC', () => {
    const post = readSavedTopic(topic({ post: '2025-10-27T10:32:10+09:00', topic: 'x' }));
    expect(post).toMatchObject({
      html: '<p>digest</p>',
      source: 'https://discuss.pytorch.kr/t/w/8064',
      likes: 4,
      postedAt: '2025-10-27T01:32:10.000Z',
    });
  });

  it("falls back to the topic's time, and to no time at all rather than a wrong one", () => {
    expect(readSavedTopic(topic({ topic: '2025-10-27T01:32:10Z' }))).toMatchObject({
      postedAt: '2025-10-27T01:32:10.000Z',
    });
    for (const value of [undefined, 'yesterday', 12, null, { $date: 1 }, '+275760-09-13T00:00:00Z'])
      expect(readSavedTopic(topic({ post: value, topic: value }))).toMatchObject({
        postedAt: null,
      });
  });
});
