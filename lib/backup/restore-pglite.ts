import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { AppError } from "@/lib/errors";
import { holdDataDirAlone } from "./hold-data-dir";
import { authSecretPath, backupStamp, secretFileFor } from "./backup-paths";

export type RestoreResult = { dataDir: string; movedAside: string | null; secretRestored: boolean; workspaces: number };

function isEmptyOrMissing(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

/**
 * Restores a backup archive into the data folder. The archive is unpacked and opened in a
 * sibling folder first (a corrupt archive fails there and touches nothing); only then is the old
 * folder moved aside to `<dir>.before-restore-<time>` (never deleted) and the new one moved in.
 * A non-empty target needs `force`; the app must not be running on it.
 */
export async function restorePgliteDataDir(options: { archive: string; dataDir: string; force?: boolean; now?: Date }): Promise<RestoreResult> {
  const archive = path.resolve(options.archive);
  const dataDir = path.resolve(options.dataDir);
  const stamp = backupStamp(options.now ?? new Date());
  if (!fs.existsSync(archive)) throw new AppError("not_found", { key: "backup.noBackupArchiveAt", params: { archive } });
  // The lock file lives beside the folder; held until the new folder is in place.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const lock = holdDataDirAlone(dataDir, "restore");
  const staging = `${dataDir}.restoring-${stamp}`;
  try {
    if (!isEmptyOrMissing(dataDir) && !options.force) {
      throw new AppError("conflict", { key: "backup.alreadyHoldsDatabaseAdd", params: { dataDir } });
    }
    let workspaces: number;
    try {
      const client = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([fs.readFileSync(archive)]), extensions: { vector } });
      try {
        const result = await client.query<{ n: number }>("select count(*)::int as n from workspaces");
        workspaces = result.rows[0]!.n;
      } finally {
        await client.close();
      }
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw new AppError("invalid_input", { key: "backup.notABackup", params: { archive, detail: error instanceof Error ? error.message : String(error) } });
    }
    let movedAside: string | null = null;
    if (fs.existsSync(dataDir)) {
      if (isEmptyOrMissing(dataDir)) fs.rmdirSync(dataDir);
      else {
        movedAside = `${dataDir}.before-restore-${stamp}`;
        fs.renameSync(dataDir, movedAside);
      }
    }
    fs.renameSync(staging, dataDir);
    const secretRestored = restoreAuthSecret(archive, dataDir, stamp);
    return { dataDir, movedAside, secretRestored, workspaces };
  } finally {
    lock.release();
  }
}

/** Puts the archive's auth secret back beside the folder; a different existing secret is kept aside. */
function restoreAuthSecret(archive: string, dataDir: string, stamp: string): boolean {
  const saved = secretFileFor(archive);
  if (!fs.existsSync(saved)) return false;
  const target = authSecretPath(dataDir);
  if (fs.existsSync(target)) {
    if (fs.readFileSync(target, "utf8") === fs.readFileSync(saved, "utf8")) return true;
    fs.renameSync(target, `${target}.before-restore-${stamp}`);
  }
  fs.copyFileSync(saved, target);
  fs.chmodSync(target, 0o600);
  return true;
}
