// `npm run restore -- <file> [--force]`: restores a `npm run backup` archive into PGLITE_DATA_DIR.
// Refuses while the app runs on the folder, and a non-empty folder without --force (which moves
// it aside, never deletes it). With DATABASE_URL it prints the pg_restore command instead.
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { restorePgliteDataDir } from "@/lib/backup/restore-pglite";
import { postgresBackupCommands } from "@/lib/backup/postgres-commands";

async function main() {
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) {
    console.error("Usage: npm run restore -- <backup file> [--force]");
    process.exit(2);
  }
  if (env.DATABASE_URL) {
    console.log("DATABASE_URL is set: restore PostgreSQL with pg_restore (stop the app first; password via PGPASSWORD or ~/.pgpass):\n");
    console.log(`  ${postgresBackupCommands({ databaseUrl: env.DATABASE_URL, file }).restore}\n`);
    return;
  }
  const result = await restorePgliteDataDir({ archive: file, dataDir: env.PGLITE_DATA_DIR, force: values.force });
  console.log(`Restored ${file} into ${result.dataDir} (${result.workspaces} workspaces).`);
  if (result.movedAside) console.log(`The previous folder was moved to ${result.movedAside}; delete it once you have checked the restore.`);
  console.log(result.secretRestored ? "The auth secret was restored beside the folder." : "No auth secret beside the archive: existing sessions will need a new sign-in.");
}

main().catch((error) => {
  console.error(isAppError(error) ? error.message : error);
  process.exit(1);
});
