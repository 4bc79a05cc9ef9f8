import "server-only";
import type { SQL } from "drizzle-orm";
import type { Database } from "./types";

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{ rows }` (node-postgres QueryResult,
 * PGlite Results); the shared Database type cannot say so, hence this one typed cast.
 */
export async function executeRows<Row>(db: Database, query: SQL): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}
