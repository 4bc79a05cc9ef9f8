import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import * as schema from "./schema";
import { holdDataDirLock } from "./data-dir-lock";
import { MIGRATIONS_FOLDER } from "./migrations-folder";
import type { Database } from "./types";

/**
 * Opens (or creates) an embedded Postgres in `dataDir`, with pgvector, and applies pending
 * migrations. PGlite allows one connection per process: callers keep the result as a singleton.
 * `loadDataDir` starts from a dumped data directory instead (tests use a migrated template).
 * While a folder is open, `<dataDir>.lock` names this process (lib/db/data-dir-lock.ts).
 */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }) {
  if (options.dataDir) fs.mkdirSync(path.resolve(options.dataDir), { recursive: true });
  const client = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { vector },
  });
  // Backup and restore check this lock and refuse while the folder is in use.
  const lock = options.dataDir ? holdDataDirLock(options.dataDir) : null;
  const db = drizzle(client, { schema }) as unknown as Database;
  await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  /** Closes the database and gives the folder free for backup/restore. */
  const close = async () => {
    await client.close();
    lock?.release();
  };
  return { db, client, close };
}
