import fs from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { env } from "@/lib/env";
import { setDbForTests } from "@/lib/db/client";
import { PGLITE_TEMPLATE_PATH } from "./template-path";

/**
 * Per test file: its own database handle. PGlite gets a private copy of the migrated template;
 * PostgreSQL shares one migrated database, so tests create their own workspaces and users and
 * never assume an empty table.
 */
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    const { openPostgres } = await import("@/lib/db/postgres");
    const { db, pool } = openPostgres({ url: databaseUrl, max: 5 });
    setDbForTests(db);
    close = () => pool.end();
    return;
  }
  const { openPglite } = await import("@/lib/db/pglite");
  const template = new Blob([fs.readFileSync(PGLITE_TEMPLATE_PATH)]);
  const { db, client } = await openPglite({ loadDataDir: template });
  setDbForTests(db);
  close = () => client.close();
});

afterAll(async () => {
  await close?.();
});
