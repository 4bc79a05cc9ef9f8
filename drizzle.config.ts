import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` uses this file (it needs no database). Migrations are applied by
// `npm run db:migrate` (Postgres) or automatically on start (embedded PGlite), both through
// drizzle's runtime migrator, because drizzle-kit cannot load pgvector into PGlite.
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/db/schema/index.ts",
  out: "./drizzle",
});
