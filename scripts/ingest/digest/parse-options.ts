export interface ParseOptions {
  /** Used in every reported problem, e.g. `2025-10-20.txt`. */
  fileName: string;
  format: 'text' | 'html';
  /** The parsed `<digest>.links.json`, when there is one (validated here). */
  sidecar?: unknown;
  /** For the forum API's cooked HTML of the first post (format `html`): what the topic says around it. */
  forumPost?: { title: string; source: string; likes: number | null; postedAt?: string | null };
}
