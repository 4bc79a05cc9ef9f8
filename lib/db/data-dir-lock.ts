import fs from "node:fs";
import path from "node:path";

/*
 * PGlite is single-process: two processes on one data folder corrupt it. The app writes
 * `<data dir>.lock` (beside the folder, so it is never inside a backup) with its pid while it
 * holds the folder; backup and restore refuse while that pid is alive. PGlite's own
 * postmaster.pid cannot serve: it holds the WASM postgres's pid, not the Node process's.
 */
export function dataDirLockPath(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The pid of the live process holding the folder, or null (no lock, or a stale one from a crash). */
export function dataDirHolder(dataDir: string): number | null {
  let pid: number;
  try {
    pid = Number(JSON.parse(fs.readFileSync(dataDirLockPath(dataDir), "utf8")).pid);
  } catch {
    return null;
  }
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/** Marks the folder as held by this process until `release()` or exit. */
export function holdDataDirLock(dataDir: string): { release(): void } {
  const file = dataDirLockPath(dataDir);
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
  const release = () => {
    try {
      if (Number(JSON.parse(fs.readFileSync(file, "utf8")).pid) === process.pid) fs.rmSync(file, { force: true });
    } catch {
      // Already gone.
    }
    process.off("exit", release);
  };
  process.on("exit", release);
  return { release };
}
