import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { getDb, setDbForTests } from "@/lib/db/client";
import type { Database } from "@/lib/db/types";
import { PGLITE_TEMPLATE_PATH } from "@/lib/testing/template-path";

/**
 * First-run behaviour depends on the WHOLE instance being empty ("no account at all"), which a
 * shared test database never is on PostgreSQL (other files run alongside, CI seeds the demo).
 * So each such test gets its own empty, migrated database for its duration: a fresh copy of the
 * PGlite template, or a new PostgreSQL database next to DATABASE_URL's, dropped afterwards.
 * The app's getDb() answers with it while the callback runs.
 */
export async function withFreshDatabase<T>(run: (db: Database) => Promise<T>): Promise<T> {
  const previous = await getDb();
  const fresh = env.DATABASE_URL ? await openFreshPostgres(env.DATABASE_URL) : await openFreshPglite();
  setDbForTests(fresh.db);
  try {
    return await run(fresh.db);
  } finally {
    setDbForTests(previous);
    await fresh.close();
  }
}

async function openFreshPglite() {
  const { openPglite } = await import("@/lib/db/pglite");
  const { db, client } = await openPglite({ loadDataDir: new Blob([fs.readFileSync(PGLITE_TEMPLATE_PATH)]) });
  return { db, close: () => client.close() };
}

async function openFreshPostgres(adminUrl: string) {
  const { Client } = await import("pg");
  const { migratePostgres, openPostgres } = await import("@/lib/db/postgres");
  const name = `brandpilot_fresh_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  const { db, pool } = openPostgres({ url: url.toString(), max: 5 });
  return {
    db,
    async close() {
      await pool.end();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
