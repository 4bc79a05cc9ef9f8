import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import * as schema from "./schema";
import { MIGRATIONS_FOLDER } from "./migrations-folder";
import type { Database } from "./types";

/**
 * Opens (or creates) an embedded Postgres in `dataDir`, with pgvector, and applies pending
 * migrations. PGlite allows one connection per process: callers keep the result as a singleton.
 * `loadDataDir` starts from a dumped data directory instead (tests use a migrated template).
 */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }) {
  if (options.dataDir) fs.mkdirSync(path.resolve(options.dataDir), { recursive: true });
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { vector },
  });
  const db = drizzle(client, { schema }) as unknown as Database;
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  return { db, client };
}
