import { dataDirHolder } from "@/lib/db/data-dir-lock";
import { AppError } from "@/lib/errors";

/** PGlite is single-process: a backup or restore next to a running app would read or replace a live folder. */
export function assertDataDirNotInUse(dataDir: string, operation: "back up" | "restore"): void {
  const pid = dataDirHolder(dataDir);
  if (pid !== null) {
    throw new AppError(
      "conflict",
      `Cannot ${operation} ${dataDir}: the app (process ${pid}) has it open. Stop Brandpilot (and any worker on this folder), then run the command again.`,
    );
  }
}
