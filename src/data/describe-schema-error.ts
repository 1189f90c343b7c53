/**
 * No zod import here on purpose: the fetcher needs this on the first load, the schemas themselves
 * load in parallel with the data they check (src/features/issues/api/).
 */
/** A readable one-line description of a zod error, with the path of each problem. */
export function describeSchemaError(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  max = 3,
): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length > max ? ` (+${error.issues.length - max} more)` : '';
  return parts.join('; ') + more;
}
