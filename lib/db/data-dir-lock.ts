import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/*
 * PGlite is single-process: two processes on one data folder corrupt it. Whoever works on the
 * folder (the app, `npm run backup`, `npm run restore`) holds `<data dir>.lock` (beside the
 * folder, so it is never inside a backup) naming its pid, taken BEFORE the folder is opened and
 * refused while another live process holds it. PGlite's own postmaster.pid cannot serve: it
 * holds the WASM postgres's pid, not the Node process's.
 */
export function dataDirLockPath(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`${path.resolve(dataDir)} is in use by process ${pid} (the app, a backup or a restore); stop it first.`);
    this.name = "DataDirInUseError";
  }
}

export type DataDirLock = { release(): void };

/**
 * Locks held by this process, on globalThis: `next dev` re-evaluates modules, and the app and
 * tests may open one folder twice in a process (shared holds, counted). A backup or restore
 * needs the folder alone (exclusive), even against this process.
 */
type Held = { exclusive: boolean; count: number };
const globalForLocks = globalThis as typeof globalThis & { __brandpilotDataDirLocks?: Map<string, Held> };
const heldHere = (globalForLocks.__brandpilotDataDirLocks ??= new Map());

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number(JSON.parse(fs.readFileSync(file, "utf8")).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Creates the lock file exclusively, content included: written to a private temp file, then
 * hard-linked to the lock name. link() fails with EEXIST like open(…, "wx"), but the file never
 * appears empty, so a concurrent reader cannot mistake a lock being written for a stale one.
 */
function tryCreate(file: string): boolean {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  fs.writeFileSync(temp, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }), { flag: "wx" });
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Removes a stale lock (its pid `stalePid` is dead, or is our own pid left by an earlier process
 * we do not remember, as after a container restart). Renamed aside first, atomically, and checked:
 * if another process replaced it meanwhile, its lock is put back instead of deleted.
 */
function removeStale(file: string, stalePid: number | null): void {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    fs.renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (readPid(aside) !== stalePid) {
    try {
      fs.linkSync(aside, file);
    } catch {
      // Someone created a new lock in between: theirs stands.
    }
  }
  fs.rmSync(aside, { force: true });
}

function acquireFile(dataDir: string): void {
  const file = dataDirLockPath(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(file)) return;
    const pid = readPid(file);
    if (pid !== null && pid !== process.pid && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
    // Retried once only: a second loss means another process is taking over at the same moment.
    if (attempt === 0) removeStale(file, pid);
  }
  throw new DataDirInUseError(dataDir, readPid(file) ?? 0);
}

/**
 * Takes the folder's lock for this process until `release()` or exit. `exclusive` (backup,
 * restore) refuses any other holder, this process included; shared holds (the app opening the
 * folder) may repeat within one process. Throws DataDirInUseError when another holds it.
 */
export function acquireDataDirLock(dataDir: string, options: { exclusive: boolean }): DataDirLock {
  const key = path.resolve(dataDir);
  const here = heldHere.get(key);
  if (here) {
    if (options.exclusive || here.exclusive) throw new DataDirInUseError(dataDir, process.pid);
    here.count++;
  } else {
    acquireFile(key);
    heldHere.set(key, { exclusive: options.exclusive, count: 1 });
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    const held = heldHere.get(key);
    if (held && --held.count > 0) return;
    heldHere.delete(key);
    const file = dataDirLockPath(key);
    if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
  };
  process.on("exit", release);
  return { release };
}
