import { z } from "zod";

/**
 * Cursor pagination for list routes. The cursor is opaque to clients (base64url JSON of the last
 * row's sort key), so the sort key can change without breaking the contract; a tampered or
 * foreign cursor fails validation like any other bad input. Use keyset queries:
 * `where (created_at, id) < (cursor.createdAt, cursor.id) order by created_at desc, id desc limit limit+1`.
 */
export const DEFAULT_PAGE_LIMIT = 25;
export const MAX_PAGE_LIMIT = 100;

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).default(DEFAULT_PAGE_LIMIT).describe(`Items per page (1–${MAX_PAGE_LIMIT}).`),
  cursor: z.string().max(512).optional().describe("`next_cursor` of the previous page; omit for the first page."),
});

/**
 * Field schemas for cursor keys. A cursor's fields go into SQL as parameters, so a tampered one
 * must fail here (→ 400), not in Postgres (a NUL byte, a 31st of February, a non-date → 500).
 */
export const cursorIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

// Postgres' own `timestamptz::text` (DateStyle ISO: `2026-01-31 09:05:00.123456+00`), or ISO 8601 with `T`/`Z`.
const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

/** A timestamp key of a cursor: the pattern above, on a day that exists. */
export const cursorTimestampSchema = z.string().refine((value) => {
  const match = TIMESTAMP_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}, "not a timestamp");

export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/** The cursor's key checked against `schema`, or null when it is not one this list issued. */
export function decodeCursor<T extends z.ZodType>(cursor: string, schema: T): z.output<T> | null {
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A page's response shape, for the route's output schema. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), next_cursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page.") });
}

/**
 * Turns `limit + 1` fetched rows into a page: the extra row only proves there is a next page.
 * `keyOf` gives the sort key of the last row shown.
 */
export function toPage<Row, Item>(rows: Row[], options: { limit: number; keyOf(row: Row): Record<string, string | number>; map(row: Row): Item }) {
  const shown = rows.slice(0, options.limit);
  const hasMore = rows.length > options.limit;
  return { data: shown.map(options.map), next_cursor: hasMore && shown.length > 0 ? encodeCursor(options.keyOf(shown[shown.length - 1]!)) : null };
}
