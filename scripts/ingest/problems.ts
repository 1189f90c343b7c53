/** What went wrong (or looked odd) while reading one digest file, and where. */
export interface IngestProblem {
  /** A stable, greppable name for the kind of problem. */
  code: ProblemCode;
  /** The digest (or sidecar) file name as given, e.g. `2025-10-20.txt`. */
  file: string;
  /** 1-based line number in the text form. */
  line?: number;
  /** The element in the HTML form, e.g. `h2#3 "논문 소개"`. */
  element?: string;
  message: string;
}

export type ProblemCode =
  | 'not-a-digest'
  | 'no-papers'
  | 'period'
  | 'missing-part'
  | 'section-order'
  | 'link'
  | 'sidecar'
  | 'ignored'
  | 'clean-up'
  /** A field longer (or a list longer) than the data schema allows (FIELD_LIMITS). */
  | 'over-limit'
  | 'schema'
  | 'internal';

/** Where a problem is, in the form editors and terminals understand: `file:line` or `file (element)`. */
export function formatProblem(problem: IngestProblem): string {
  const where =
    problem.line !== undefined
      ? `${problem.file}:${problem.line}`
      : problem.element !== undefined
        ? `${problem.file} (${problem.element})`
        : problem.file;
  return `${where}: ${problem.message}`;
}
