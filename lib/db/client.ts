import "server-only";
import { env } from "@/lib/env";
import type { Database } from "./types";

type DatabaseState = { db: Promise<Database> };

// globalThis, not a module variable: `next dev` re-evaluates modules on reload, and PGlite must
// never be opened twice in one process. Tests install their own database here too.
const globalForDb = globalThis as typeof globalThis & { __brandpilotDb?: DatabaseState };

async function openConfiguredDatabase(): Promise<Database> {
  if (env.DATABASE_URL) {
    const { openPostgres } = await import("./postgres");
    return openPostgres({ url: env.DATABASE_URL, max: env.DATABASE_POOL_MAX }).db;
  }
  const { openPglite } = await import("./pglite");
  const { db } = await openPglite({ dataDir: env.PGLITE_DATA_DIR });
  return db;
}

/**
 * The process-wide database. Embedded: opened and migrated on first use. Postgres: a pool; run
 * `npm run db:migrate` before starting. Nothing is seeded here: demo data is a start-up task
 * (lib/setup/startup.ts), so opening the database never pulls in the app's domain modules.
 */
export function getDb(): Promise<Database> {
  if (!globalForDb.__brandpilotDb) {
    const db = openConfiguredDatabase();
    // A failed open must not be cached forever: the next request retries.
    db.catch(() => {
      if (globalForDb.__brandpilotDb?.db === db) globalForDb.__brandpilotDb = undefined;
    });
    globalForDb.__brandpilotDb = { db };
  }
  return globalForDb.__brandpilotDb.db;
}

/** Test seam: run against a database the test set up (a PGlite template, or a Postgres test DB). */
export function setDbForTests(db: Database) {
  globalForDb.__brandpilotDb = { db: Promise.resolve(db) };
}
