/** The one way data files are written: 2-space JSON with a trailing newline. Key order is the order
 * the objects were built in (schema order), so equal data always gives equal bytes. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
