import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { vector } from "@electric-sql/pglite-pgvector";
import { AppError } from "@/lib/errors";
import { holdDataDirAlone } from "./hold-data-dir";
import { authSecretPath, secretFileFor } from "./backup-paths";

export type BackupResult = { file: string; bytes: number; secretFile: string | null };

/**
 * A consistent snapshot of the embedded database: opened by this process alone (refused while the
 * app holds it), dumped with PGlite's `dumpDataDir` as a gzip tarball. The auth secret beside the
 * folder is copied to `<file>.auth-secret` (0600): sessions and the derived audit key depend on it.
 */
export async function backupPgliteDataDir(options: { dataDir: string; file: string }): Promise<BackupResult> {
  const dataDir = path.resolve(options.dataDir);
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new AppError("not_found", { key: "backup.noEmbeddedDatabaseAt", params: { dataDir } });
  }
  // Held while dumping: an app starting meanwhile refuses instead of opening the folder too.
  const lock = holdDataDirAlone(dataDir, "back up");
  try {
    const client = await PGlite.create({ dataDir, extensions: { vector } });
    let dump: Blob;
    try {
      dump = await client.dumpDataDir("gzip");
    } finally {
      await client.close();
    }
    fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
    const file = path.resolve(options.file);
    // Write then rename: a half-written archive never carries the final name.
    fs.writeFileSync(`${file}.partial`, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    fs.renameSync(`${file}.partial`, file);
    let secretFile: string | null = null;
    if (fs.existsSync(authSecretPath(dataDir))) {
      secretFile = secretFileFor(file);
      fs.copyFileSync(authSecretPath(dataDir), secretFile);
      fs.chmodSync(secretFile, 0o600);
    }
    return { file, bytes: fs.statSync(file).size, secretFile };
  } finally {
    lock.release();
  }
}
