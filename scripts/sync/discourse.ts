/**
 * What the sync reads from the forum, a Discourse site: the category's topic listing (JSON, paged) and
 * one topic's JSON. Only the fields the sync uses are validated; everything else passes through as is,
 * so the topic can be saved exactly as fetched.
 */
import * as z from 'zod/mini';
import { describeSchemaError } from '../../src/data/schema';
import { discourseTopicSchema, forumBase, type DiscourseTopic } from '../ingest/forum-topic';
import { parseTitleLine } from '../ingest/digest/title-line';

/** 읽을거리&정보공유: where the weekly digest is posted. */
export const DIGEST_CATEGORY_PATH = '/c/news/14';
export const DIGEST_TITLE = '이번 주에 살펴볼 만한 AI/ML 논문 모음';

const listedTopicSchema = z.looseObject({
  id: z.int().check(z.positive()),
  title: z.string(),
  slug: z.string(),
  like_count: z.optional(z.nullable(z.int().check(z.nonnegative()))),
  bumped_at: z.optional(z.nullable(z.string())),
  pinned: z.optional(z.nullable(z.boolean())),
});

const listingSchema = z.looseObject({
  topic_list: z.looseObject({
    topics: z.optional(z.array(listedTopicSchema)),
    more_topics_url: z.optional(z.nullable(z.string())),
  }),
});

export type ListedTopic = z.infer<typeof listedTopicSchema>;

export interface ListingPage {
  topics: ListedTopic[];
  /** The next page's JSON URL, when the forum names one. */
  next: string | null;
}

export function listingUrl(forum: string, page: number): string {
  const base = `${forumBase(forum)}${DIGEST_CATEGORY_PATH}.json`;
  return page === 0 ? base : `${base}?page=${page}`;
}

export function topicJsonUrl(forum: string, id: number): string {
  return `${forumBase(forum)}/t/${id}.json`;
}

/**
 * `more_topics_url` is the page's HTML path (`/c/news/14?page=1`, or `/c/news/14/l/latest?page=1`); the
 * JSON lives at the same path with `.json` before the query, as Discourse's own client requests it.
 * Only a path on the same forum is followed.
 */
export function nextListingUrl(forum: string, moreTopicsUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(moreTopicsUrl, `${forumBase(forum)}/`);
  } catch {
    return null;
  }
  if (url.origin !== new URL(forumBase(forum)).origin) return null;
  if (!url.pathname.endsWith('.json')) url.pathname = `${url.pathname.replace(/\/+$/, '')}.json`;
  return url.toString();
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new Error(`not valid JSON (${(error as Error).message})`);
  }
}

export function parseListing(forum: string, body: string): ListingPage {
  const parsed = listingSchema.safeParse(parseJson(body));
  if (!parsed.success)
    throw new Error(`not a Discourse topic list (${describeSchemaError(parsed.error)})`);
  const more = parsed.data.topic_list.more_topics_url;
  return {
    topics: parsed.data.topic_list.topics ?? [],
    next: more ? nextListingUrl(forum, more) : null,
  };
}

/** The topic's fields the sync reads, and the JSON as fetched (key order kept) for saving. */
export function parseTopic(body: string): { topic: DiscourseTopic; raw: unknown } {
  const raw = parseJson(body);
  const parsed = discourseTopicSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`not a Discourse topic (${describeSchemaError(parsed.error)})`);
  return { topic: parsed.data, raw };
}

/**
 * The week a topic title announces (its first day, `YYYY-MM-DD`), when the title is a weekly digest's:
 * `[2025/10/20 ~ 26] 이번 주에 살펴볼 만한 AI/ML 논문 모음`, also across a month or a year.
 */
export function digestWeek(title: string): string | undefined {
  const line = parseTitleLine(title.normalize('NFC').trim());
  if (!line?.ok) return undefined;
  const words = (text: string) => text.replace(/\s+/g, ' ').trim();
  return words(line.value.title) === DIGEST_TITLE ? line.value.period.start : undefined;
}
