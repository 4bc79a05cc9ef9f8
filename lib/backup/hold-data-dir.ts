import { acquireDataDirLock, DataDirInUseError, type DataDirLock } from "@/lib/db/data-dir-lock";
import { AppError } from "@/lib/errors";

/**
 * Takes the data folder alone for a backup or restore: PGlite is single-process, so an app
 * starting meanwhile would read or replace a live folder. The app takes the same lock before it
 * opens the folder, so it refuses to start until the operation releases it.
 */
export function holdDataDirAlone(dataDir: string, operation: "back up" | "restore"): DataDirLock {
  try {
    return acquireDataDirLock(dataDir, { exclusive: true });
  } catch (error) {
    if (!(error instanceof DataDirInUseError)) throw error;
    throw new AppError("conflict", { key: "backup.cannotStopBrandpilotAny", params: { operation, message: error.message } });
  }
}
