/**
 * A text[] literal passed as one bound parameter. drizzle expands a JS array into a list of
 * parameters, which is wrong for `= any(…)` and slow for bulk unnest; this keeps it one value.
 */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/(["\\])/g, "\\$1")}"`).join(",")}}`;
}
