import fs from "node:fs";
import { env } from "@/lib/env";
import path from "node:path";
import { PGLITE_TEMPLATE_PATH } from "./template-path";

/**
 * Once per run. PostgreSQL: apply migrations to DATABASE_URL (a database the caller created for
 * tests). PGlite: migrate one in-memory database and dump it, because initdb costs seconds and
 * every test file wants its own fresh database.
 */
export default async function globalSetup() {
  const databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    const host = new URL(databaseUrl).hostname;
    // Tests write and tamper with data: refuse anything but a local server.
    if (!["localhost", "127.0.0.1", "::1", "[::1]"].includes(host)) {
      throw new Error(`Integration tests refuse to run against non-local database host "${host}"`);
    }
    const { migratePostgres } = await import("@/lib/db/postgres");
    await migratePostgres(databaseUrl);
    return;
  }
  const { openPglite } = await import("@/lib/db/pglite");
  const { client } = await openPglite({});
  const dump = await client.dumpDataDir("none");
  await client.close();
  fs.mkdirSync(path.dirname(PGLITE_TEMPLATE_PATH), { recursive: true });
  fs.writeFileSync(PGLITE_TEMPLATE_PATH, Buffer.from(await dump.arrayBuffer()));
}
