/**
 * A week as the sync saves it: `<week>.topic.json` in content/digests holds the forum's topic JSON
 * exactly as fetched, with the forum it came from and the like count the forum's listing last showed
 * (the listing refreshes it without fetching the topic again). The ingest reads the first post's
 * cooked HTML like a saved page.
 */
import * as z from 'zod/mini';
import { describeSchemaError, safeUrlSchema, utcTimeSchema } from '../../src/data/schema';

export const TOPIC_FILE_SUFFIX = '.topic.json';

/** The fields of Discourse's topic JSON (`/t/<id>.json`) that are read; the rest is kept as is. */
export const discourseTopicSchema = z.looseObject({
  id: z.int().check(z.positive()),
  title: z.string().check(z.minLength(1)),
  slug: z.string(),
  like_count: z.optional(z.nullable(z.int().check(z.nonnegative()))),
  created_at: z.optional(z.unknown()),
  post_stream: z.looseObject({
    posts: z.array(
      z.looseObject({
        post_number: z.int(),
        cooked: z.string(),
        created_at: z.optional(z.unknown()),
      }),
    ),
  }),
});

export const savedTopicSchema = z.object({
  /** The forum's base URL, e.g. https://discuss.pytorch.kr. */
  forum: safeUrlSchema,
  /** The topic's like count as the forum's listing last showed it. */
  likeCount: z.nullable(z.int().check(z.nonnegative())),
  /** `<forum>/t/<id>.json` as fetched. */
  topic: discourseTopicSchema,
});

export type DiscourseTopic = z.infer<typeof discourseTopicSchema>;
export type SavedTopic = z.infer<typeof savedTopicSchema>;

/** The forum's base URL without a trailing slash. */
export function forumBase(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The topic's page, as the forum links it: `<forum>/t/<slug>/<id>`. */
export function topicPageUrl(forum: string, slug: string, id: number): string {
  return `${forumBase(forum)}/t/${slug === '' ? 'topic' : encodeURIComponent(slug)}/${id}`;
}

/** The first post's cooked HTML, or undefined when the topic JSON does not carry post 1. */
export function firstPostHtml(topic: DiscourseTopic): string | undefined {
  return topic.post_stream.posts.find((post) => post.post_number === 1)?.cooked;
}

/**
 * When the digest was posted: the first post's `created_at` (the topic's, which Discourse sets to the
 * same time, when the post lacks one), as a UTC ISO time; null when neither is a readable time.
 */
export function postedAt(topic: DiscourseTopic): string | null {
  const first = topic.post_stream.posts.find((post) => post.post_number === 1);
  for (const value of [first?.created_at, topic.created_at]) {
    if (typeof value !== 'string') continue;
    const time = Date.parse(value);
    if (!Number.isFinite(time)) continue;
    // Only a time the issue schema accepts: a year past 9999 would fail the whole week.
    const iso = new Date(time).toISOString();
    if (utcTimeSchema.safeParse(iso).success) return iso;
  }
  return null;
}

export interface ForumPost {
  /** The topic title: the digest's title line. */
  title: string;
  /** The first post's cooked HTML. */
  html: string;
  /** `<forum>/t/<slug>/<id>`. */
  source: string;
  likes: number | null;
  /** When the first post was published (UTC ISO time), when the topic JSON says. */
  postedAt: string | null;
  topicId: number;
}

/** A saved topic file's content, ready for the HTML ingest, or why it cannot be read. */
export function readSavedTopic(value: unknown): ForumPost | string {
  const parsed = savedTopicSchema.safeParse(value);
  if (!parsed.success) return `not a saved forum topic: ${describeSchemaError(parsed.error)}`;
  const { forum, likeCount, topic } = parsed.data;
  const html = firstPostHtml(topic);
  if (html === undefined) return 'the topic JSON carries no first post (post_number 1)';
  return {
    title: topic.title,
    html,
    source: topicPageUrl(forum, topic.slug, topic.id),
    likes: likeCount,
    postedAt: postedAt(topic),
    topicId: topic.id,
  };
}
