import "server-only";
import { sql } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

/** Setup is open exactly while the instance has no account at all (disabled ones count: someone set it up). */
export async function hasAnyUser(db: Database): Promise<boolean> {
  const [row] = await db.select({ one: sql<number>`1` }).from(users).limit(1);
  return row !== undefined;
}

/**
 * Serialises everything that decides "is this the first account?" (setup on the web, in a terminal,
 * token issue at start) across connections and instances, for the rest of the transaction.
 */
export async function lockSetup(tx: Database): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('brandpilot:first-run-setup', 0))`);
}
