import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

/** Setup is open exactly while the instance has no account at all (disabled ones count: someone set it up). */
export async function hasAnyUser(db: Database): Promise<boolean> {
  const [row] = await db.select({ one: sql<number>`1` }).from(users).limit(1);
  return row !== undefined;
}

/**
 * First-run setup is done once an instance owner exists (setup, `npm run setup` and the demo seed
 * make one). Sign-in paths that could create the first account (SSO) wait for this, or they would
 * close setup (hasAnyUser) with nobody able to administer the instance. Owners are never all
 * removed, so a true answer cannot turn false under a concurrent setup.
 */
export async function hasInstanceOwner(db: Database): Promise<boolean> {
  const [row] = await db.select({ one: sql<number>`1` }).from(users).where(eq(users.isInstanceOwner, true)).limit(1);
  return row !== undefined;
}

/**
 * Serialises everything that decides "is this the first account?" (setup on the web, in a terminal,
 * token issue at start) across connections and instances, for the rest of the transaction.
 */
export async function lockSetup(tx: Database): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended('brandpilot:first-run-setup', 0))`);
}
