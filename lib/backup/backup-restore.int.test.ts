import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, count } from "drizzle-orm";
import { dataDirLockPath } from "@/lib/db/data-dir-lock";
import { openPglite } from "@/lib/db/pglite";
import { users, workspaces } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { backupPgliteDataDir } from "./backup-pglite";
import { authSecretPath, secretFileFor } from "./backup-paths";
import { restorePgliteDataDir } from "./restore-pglite";

// Real folders (not the shared in-memory template): the backup reads the data dir from disk.
let root: string;
let source: string;
let archive: string;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "brandpilot-backup-"));
  source = path.join(root, "source", "pglite");
  archive = path.join(root, "backups", "snapshot.tar.gz");
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function readData(dataDir: string) {
  const { db, close } = await openPglite({ dataDir });
  try {
    const rows = await db.select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name }).from(workspaces).orderBy(asc(workspaces.slug));
    const [userCount] = await db.select({ n: count() }).from(users);
    return { workspaces: rows, users: userCount!.n };
  } finally {
    await close();
  }
}

describe("backup and restore of the embedded database", () => {
  it("refuses to back up while the app holds the folder, then snapshots it with its auth secret", async () => {
    const { db, close } = await openPglite({ dataDir: source });
    for (const slug of ["alpha", "beta", "gamma"]) await db.insert(workspaces).values({ id: createId("workspace"), slug, name: `Brand ${slug} — Ümlaut` });
    await db.insert(users).values({ id: createId("user"), email: "kept@test.example", name: "Kept" });
    fs.writeFileSync(authSecretPath(source), "secret-of-the-instance");
    await expect(backupPgliteDataDir({ dataDir: source, file: archive })).rejects.toThrow(/is in use by process \d+ .*stop it first\. Stop Brandpilot/);
    expect(fs.existsSync(archive)).toBe(false);
    await close();

    const result = await backupPgliteDataDir({ dataDir: source, file: archive });
    expect(result.bytes).toBeGreaterThan(1000);
    expect(fs.readFileSync(secretFileFor(archive), "utf8")).toBe("secret-of-the-instance");
  }, 60_000);

  it("holds the folder while the backup runs: the app cannot open it meanwhile", async () => {
    const running = backupPgliteDataDir({ dataDir: source, file: path.join(root, "backups", "while-running.tar.gz") });
    expect(JSON.parse(fs.readFileSync(dataDirLockPath(source), "utf8")).pid).toBe(process.pid);
    await expect(openPglite({ dataDir: source })).rejects.toThrow(`${source} is in use by process ${process.pid}`);
    await running;
    expect(fs.existsSync(dataDirLockPath(source))).toBe(false);
  }, 60_000);

  it("refuses to open a folder another live process holds, before touching it", async () => {
    const sleeper = spawn("sleep", ["60"]);
    const other = path.join(root, "other", "pglite");
    fs.mkdirSync(path.dirname(other), { recursive: true });
    fs.writeFileSync(dataDirLockPath(other), JSON.stringify({ pid: sleeper.pid }));
    try {
      await expect(openPglite({ dataDir: other })).rejects.toThrow(`is in use by process ${sleeper.pid}`);
      expect(fs.existsSync(path.join(other, "PG_VERSION"))).toBe(false);
    } finally {
      sleeper.kill();
    }
  }, 60_000);

  it("restores into an empty folder with the same data and the auth secret", async () => {
    const target = path.join(root, "restored", "pglite");
    const result = await restorePgliteDataDir({ archive, dataDir: target });
    expect(result).toMatchObject({ movedAside: null, secretRestored: true, workspaces: 3 });
    expect(await readData(target)).toEqual(await readData(source));
    expect((await readData(target)).workspaces.map((w) => w.name)).toEqual(["Brand alpha — Ümlaut", "Brand beta — Ümlaut", "Brand gamma — Ümlaut"]);
    expect(fs.readFileSync(authSecretPath(target), "utf8")).toBe("secret-of-the-instance");
  }, 60_000);

  it("refuses a non-empty folder without --force, a folder in use, and an archive that does not open", async () => {
    await expect(restorePgliteDataDir({ archive, dataDir: source })).rejects.toThrow(/already holds a database.*--force/);
    const { close } = await openPglite({ dataDir: source });
    await expect(restorePgliteDataDir({ archive, dataDir: source, force: true })).rejects.toThrow(/in use by process/);
    await close();
    const broken = path.join(root, "broken.tar.gz");
    fs.writeFileSync(broken, "not a tarball");
    const empty = path.join(root, "never", "pglite");
    await expect(restorePgliteDataDir({ archive: broken, dataDir: empty })).rejects.toThrow(/not a Brandpilot backup that opens/);
    expect(fs.existsSync(empty)).toBe(false);
  }, 60_000);

  it("with --force moves the old folder aside (never deletes it) and restores over it", async () => {
    const before = await readData(source);
    const { db, close } = await openPglite({ dataDir: source });
    await db.insert(workspaces).values({ id: createId("workspace"), slug: "added-after-backup", name: "Later" });
    await close();
    const result = await restorePgliteDataDir({ archive, dataDir: source, force: true, now: new Date("2031-05-01T10:00:00Z") });
    expect(result.movedAside).toBe(`${source}.before-restore-2031-05-01T10-00-00Z`);
    expect(await readData(source)).toEqual(before);
    expect((await readData(result.movedAside!)).workspaces.map((w) => w.slug)).toContain("added-after-backup");
  }, 120_000);
});
