import type { Database } from "./types";

type PgErrorFields = { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };

/**
 * Whether the error, or one it wraps (drizzle wraps driver errors in `cause`), is Postgres'
 * unique_violation (SQLSTATE 23505) on the named constraint. PGlite names it `constraint`,
 * postgres.js `constraint_name`.
 */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const fields = current as PgErrorFields;
    if (fields.code === "23505") return (fields.constraint ?? fields.constraint_name) === constraint;
    current = fields.cause;
  }
  return false;
}

/**
 * A write that a unique index guards, with the same sentence for a lost race as for the check
 * that ran before it. Two requests can both pass "is the name free?" and then both insert; the
 * second insert fails with 23505. The write runs in its own savepoint (a nested transaction), so
 * the caller's transaction survives the failure and `explain` can query again: it now sees the
 * winner's row and throws the usual conflict. `fallback` is thrown if it does not.
 */
export async function writeGuardedByUnique<T>(
  db: Database,
  options: { constraint: string; write: (tx: Database) => Promise<T>; explain: () => Promise<void>; fallback: () => Error },
): Promise<T> {
  try {
    return await db.transaction(async (tx) => options.write(tx));
  } catch (error) {
    if (!isUniqueViolation(error, options.constraint)) throw error;
    await options.explain();
    throw options.fallback();
  }
}
