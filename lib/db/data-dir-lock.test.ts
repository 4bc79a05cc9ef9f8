import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { acquireDataDirLock, dataDirLockPath, DataDirInUseError } from "./data-dir-lock";

let root: string;
let dataDir: string;
let sleeper: ChildProcess;

function writeLockOf(pid: number) {
  fs.writeFileSync(dataDirLockPath(dataDir), JSON.stringify({ pid, since: new Date().toISOString() }));
}

function lockPid(): number | null {
  return fs.existsSync(dataDirLockPath(dataDir)) ? JSON.parse(fs.readFileSync(dataDirLockPath(dataDir), "utf8")).pid : null;
}

/** A pid that certainly belonged to a process that has ended. */
async function deadPid(): Promise<number> {
  const child = spawn("true");
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid!;
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "brandpilot-lock-"));
  dataDir = path.join(root, "pglite");
  fs.mkdirSync(dataDir);
  // Another live process on the same machine: the app, a backup or a restore elsewhere.
  sleeper = spawn("sleep", ["60"]);
});

afterEach(() => fs.rmSync(dataDirLockPath(dataDir), { force: true }));

afterAll(() => {
  sleeper.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("the data folder lock", () => {
  it("refuses while a live process of another pid holds it, naming the folder and the pid", () => {
    writeLockOf(sleeper.pid!);
    expect(() => acquireDataDirLock(dataDir, { exclusive: false })).toThrow(DataDirInUseError);
    expect(() => acquireDataDirLock(dataDir, { exclusive: true })).toThrow(
      `${dataDir} is in use by process ${sleeper.pid} (the app, a backup or a restore); stop it first.`,
    );
    expect(lockPid()).toBe(sleeper.pid);
  });

  it("takes over a stale lock whose process has ended, and removes it on release", async () => {
    writeLockOf(await deadPid());
    const lock = acquireDataDirLock(dataDir, { exclusive: true });
    expect(lockPid()).toBe(process.pid);
    lock.release();
    expect(lockPid()).toBeNull();
  });

  it("lets this process open the folder twice, and keeps the lock until the last holder releases", () => {
    const first = acquireDataDirLock(dataDir, { exclusive: false });
    const second = acquireDataDirLock(dataDir, { exclusive: false });
    first.release();
    expect(lockPid()).toBe(process.pid);
    second.release();
    expect(lockPid()).toBeNull();
  });

  it("gives a backup or restore the folder alone, even against this process", () => {
    const app = acquireDataDirLock(dataDir, { exclusive: false });
    expect(() => acquireDataDirLock(dataDir, { exclusive: true })).toThrow(`in use by process ${process.pid}`);
    app.release();
    const backup = acquireDataDirLock(dataDir, { exclusive: true });
    expect(() => acquireDataDirLock(dataDir, { exclusive: false })).toThrow(`in use by process ${process.pid}`);
    backup.release();
  });
});
