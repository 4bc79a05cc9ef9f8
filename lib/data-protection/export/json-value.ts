/**
 * Database values as JSON and CSV cells: the two drivers hand back Dates, bigints, bytes and
 * arrays differently, and an archive must read the same from either.
 */
export function toJsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  return value;
}

export function toCsvCell(value: unknown): string {
  const json = toJsonValue(value);
  if (json === null) return "";
  if (typeof json === "object") return JSON.stringify(json);
  return String(json);
}
