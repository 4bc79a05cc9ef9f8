/**
 * With DATABASE_URL the database is PostgreSQL: backups are pg_dump's custom format, restored
 * with pg_restore. The commands are printed for the operator (credentials stay in their shell,
 * and managed Postgres usually has its own snapshots); see docs/data-protection.md → Backups.
 */
export function postgresBackupCommands(options: { databaseUrl: string; file: string }) {
  const url = new URL(options.databaseUrl);
  // Never echo a password into a terminal or log: pass it through PGPASSWORD/.pgpass instead.
  url.password = "";
  const target = url.toString();
  return {
    backup: `pg_dump --format=custom --no-owner --file="${options.file}" "${target}"`,
    restore: `pg_restore --clean --if-exists --no-owner --exit-on-error --dbname="${target}" "${options.file}"`,
  };
}
