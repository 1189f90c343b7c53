import * as z from 'zod/mini';
import { linkSchema, safeUrlSchema } from '../../src/data/schema';

/**
 * `<digest>.links.json` next to a digest supplies what a text copy loses: where the links point.
 * Papers are matched by English title (case, quotes and punctuation do not matter). Documented in
 * docs/data-format.md.
 */
export const sidecarSchema = z.object({
  /** Free text for the humans who edit the file; ignored. */
  note: z.optional(z.string()),
  /** Forum URL of the digest post. */
  source: z.optional(safeUrlSchema),
  papers: z.optional(
    z.array(
      z.object({
        titleEn: z.string().check(z.minLength(1)),
        /** The paper itself (논문 링크). */
        paper: z.optional(z.nullable(safeUrlSchema)),
        /** Further links (더 읽어보기), as URLs or `{ url, label }`. */
        more: z.optional(z.array(z.union([safeUrlSchema, linkSchema]))),
      }),
    ),
  ),
});

export type Sidecar = z.infer<typeof sidecarSchema>;
