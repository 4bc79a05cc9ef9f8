// `npm run backup [-- --out <file>]`: a snapshot of the embedded database folder (PGLITE_DATA_DIR)
// to backups/brandpilot-<time>.tar.gz, with the auth secret beside it. With DATABASE_URL it prints
// the pg_dump command instead (see docs/data-protection.md → Backups).
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { backupPgliteDataDir } from "@/lib/backup/backup-pglite";
import { backupStamp, defaultBackupFile } from "@/lib/backup/backup-paths";
import { postgresBackupCommands } from "@/lib/backup/postgres-commands";

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const now = new Date();
  if (env.DATABASE_URL) {
    const file = values.out ?? `brandpilot-${backupStamp(now)}.dump`;
    console.log("DATABASE_URL is set: back up PostgreSQL with pg_dump (password via PGPASSWORD or ~/.pgpass):\n");
    console.log(`  ${postgresBackupCommands({ databaseUrl: env.DATABASE_URL, file }).backup}\n`);
    console.log("Keep NEXTAUTH_SECRET (and the audit key settings) with the dump: sessions and audit verification need them.");
    return;
  }
  const result = await backupPgliteDataDir({ dataDir: env.PGLITE_DATA_DIR, file: values.out ?? defaultBackupFile(now) });
  console.log(`Backed up ${env.PGLITE_DATA_DIR} to ${result.file} (${(result.bytes / 1024 / 1024).toFixed(1)} MB).`);
  if (result.secretFile) console.log(`Auth secret saved to ${result.secretFile} (keep it with the archive, as secret as the data).`);
}

main().catch((error) => {
  console.error(isAppError(error) ? error.message : error);
  process.exit(1);
});
