import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import * as schema from "./schema";
import { acquireDataDirLock } from "./data-dir-lock";
import { MIGRATIONS_FOLDER } from "./migrations-folder";
import type { Database } from "./types";

/**
 * Opens (or creates) an embedded Postgres in `dataDir`, with pgvector, and applies pending
 * migrations. PGlite allows one connection per process: callers keep the result as a singleton.
 * `loadDataDir` starts from a dumped data directory instead (tests use a migrated template).
 * The folder's lock (lib/db/data-dir-lock.ts) is taken BEFORE opening: a backup, a restore or
 * another process on the folder makes this throw DataDirInUseError instead of sharing it.
 */
export async function openPglite(options: { dataDir?: string; loadDataDir?: Blob }) {
  if (options.dataDir) fs.mkdirSync(path.resolve(options.dataDir), { recursive: true });
  const lock = options.dataDir ? acquireDataDirLock(options.dataDir, { exclusive: false }) : null;
  let client: PGlite;
  try {
    client = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { vector },
    });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzle(client, { schema }) as unknown as Database;
  try {
    await migrate(drizzle(client), { migrationsFolder: MIGRATIONS_FOLDER });
  } catch (error) {
    await client.close().catch(() => {});
    lock?.release();
    throw error;
  }
  /** Closes the database and gives the folder free for backup/restore. */
  const close = async () => {
    await client.close();
    lock?.release();
  };
  return { db, client, close };
}
