import { describeSchemaError } from '../../../src/data/schema';
import { sidecarSchema, type Sidecar } from '../sidecar';
import type { ParseOptions } from './parse-options';
import type { ProblemLog } from './problem-log';

export function sidecarFileName(fileName: string): string {
  return `${fileName.replace(/\.(?:txt|html?)$/i, '')}.links.json`;
}

/** The links sidecar, validated: `undefined` when there is none, `null` when it is invalid (an error). */
export function readSidecar(options: ParseOptions, log: ProblemLog): Sidecar | undefined | null {
  if (options.sidecar === undefined) return undefined;
  const result = sidecarSchema.safeParse(options.sidecar);
  if (result.success) return result.data;
  log.errors.push({
    code: 'sidecar',
    file: sidecarFileName(options.fileName),
    message: `not a valid links sidecar: ${describeSchemaError(result.error)}`,
  });
  return null;
}
