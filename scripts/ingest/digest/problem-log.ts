import { positionOf, type Block } from '../blocks';
import type { IngestProblem, ProblemCode } from '../problems';

/** Collects what went wrong (errors: no issue) and what looked odd (warnings), each at its block's place. */
export class ProblemLog {
  readonly errors: IngestProblem[] = [];
  readonly warnings: IngestProblem[] = [];

  constructor(readonly fileName: string) {}

  warn(block: Block | undefined, code: ProblemCode, message: string): void {
    this.warnings.push({ code, file: this.fileName, ...positionOf(block), message });
  }

  fail(block: Block | undefined, code: ProblemCode, message: string): void {
    this.errors.push({ code, file: this.fileName, ...positionOf(block), message });
  }
}
