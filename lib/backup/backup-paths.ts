import path from "node:path";

/** The auth secret the embedded instance generates beside its data folder (lib/auth/secret.ts). */
export function authSecretPath(dataDir: string): string {
  return path.resolve(dataDir, "..", "auth-secret");
}

/** `brandpilot-2026-12-07T10-15-00Z`: sortable, and valid in every file system. */
export function backupStamp(now: Date): string {
  return now.toISOString().replace(/\.\d{3}Z$/, "Z").replaceAll(":", "-");
}

export function defaultBackupFile(now: Date, folder = "backups"): string {
  return path.resolve(folder, `brandpilot-${backupStamp(now)}.tar.gz`);
}

/** The auth secret travels beside its archive: `<archive>.auth-secret`. */
export function secretFileFor(archive: string): string {
  return `${archive}.auth-secret`;
}
