import "server-only";
import { Pool } from "pg";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import * as schema from "./schema";
import { MIGRATIONS_FOLDER } from "./migrations-folder";
import type { Database } from "./types";

/** A pool against real PostgreSQL. Migrations are applied by `npm run db:migrate`, not here. */
export function openPostgres(options: { url: string; max: number }) {
  const pool = new Pool({ connectionString: options.url, max: options.max });
  // An idle client error (server restart) must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error("[db] idle client error:", error.message));
  const db = drizzle(pool, { schema }) as unknown as Database;
  return { db, pool };
}

export async function migratePostgres(url: string) {
  const pool = new Pool({ connectionString: url, max: 1 });
  try {
    await migrate(drizzle(pool), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await pool.end();
  }
}
