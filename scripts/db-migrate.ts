// `npm run db:migrate`: applies drizzle/ migrations to DATABASE_URL (real PostgreSQL with pgvector).
// The embedded database migrates itself on start and needs no command.
import { env } from "@/lib/env";
import { migratePostgres } from "@/lib/db/postgres";

async function main() {
  if (!env.DATABASE_URL) {
    console.log("DATABASE_URL is not set: the embedded database migrates itself on start. Nothing to do.");
    return;
  }
  const started = Date.now();
  await migratePostgres(env.DATABASE_URL);
  console.log(`Migrations applied in ${Date.now() - started} ms.`);
}

main().catch((error) => {
  console.error("Migration failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
