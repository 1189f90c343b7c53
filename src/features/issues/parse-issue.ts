import * as z from 'zod/mini';
import {
  describeSchemaError,
  issueSchema,
  paperListSchema,
  paperSchema,
  type Issue,
  type Paper,
} from '../../data/schema';

/** A paper the data had but that failed its schema; the page marks it instead of dropping it silently. */
export interface InvalidPaper {
  /** Position in the issue's paper list, from 0. */
  index: number;
  /** Whatever id and titles could be read, to tell the reader which paper it was. */
  id: string | null;
  title: string | null;
  problem: string;
}

/** An issue whose papers were validated one by one: `papers` holds the good ones, in order. */
export interface LoadedIssue extends Issue {
  invalidPapers: InvalidPaper[];
}

// The envelope is checked strictly, but papers only as "a list"; each paper gets its own verdict so one
// bad paper cannot take the whole issue down.
const envelopeSchema = z.object({ ...issueSchema.shape, papers: paperListSchema });

export type ParseIssueResult = { ok: true; issue: LoadedIssue } | { ok: false; problem: string };

export function parseIssue(body: unknown): ParseIssueResult {
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) return { ok: false, problem: describeSchemaError(envelope.error) };

  const papers: Paper[] = [];
  const invalidPapers: InvalidPaper[] = [];
  const seen = new Set<string>();
  envelope.data.papers.forEach((raw, index) => {
    const parsed = paperSchema.safeParse(raw);
    if (parsed.success && !seen.has(parsed.data.id)) {
      seen.add(parsed.data.id);
      papers.push(parsed.data);
      return;
    }
    invalidPapers.push({
      index,
      id: readString(raw, 'id'),
      title: readString(raw, 'titleEn') ?? readString(raw, 'titleKo'),
      problem: parsed.success
        ? `papers.${index}.id: "${parsed.data.id}" appears twice`
        : describeSchemaError({
            issues: parsed.error.issues.map((issue) => ({
              ...issue,
              path: ['papers', index, ...issue.path],
            })),
          }),
    });
  });

  return { ok: true, issue: { ...envelope.data, papers, invalidPapers } };
}

function readString(value: unknown, key: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' && field.trim() !== '' ? field.slice(0, 300) : null;
}
