/**
 * The fields an update changed, each as `{ from, to }`, for the audit entry: what was there
 * before is the part an audit trail cannot rebuild afterwards. Values compare as JSON, so arrays
 * and objects (channels, landing pages) count as changed only when their content differs.
 */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>, keys: readonly (keyof T & string)[]): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of keys) {
    if (!(key in after)) continue;
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}
