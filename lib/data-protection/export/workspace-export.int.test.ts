import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { getDb } from "@/lib/db/client";
import { auditLog, users, workspaceExports } from "@/lib/db/schema";
import { discoverWorkspaceTables } from "@/lib/data-protection/deletion/workspace-tables";
import { countWorkspaceRows } from "@/lib/data-protection/deletion/count-workspace-rows";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { seedWorkspaceWithData } from "@/lib/testing/data-protection-fixtures";
import { EXCLUDED_TABLES, EXPORT_TABLES } from "./export-tables";
import { createWorkspaceExport, getWorkspaceExport } from "./export-records";
import { openWorkspaceExportDownload } from "./download-export";
import type { ExportManifest } from "./stream-workspace-archive";

let workspace: { id: string; slug: string; name: string };
let other: { id: string };
let seeded: Awaited<ReturnType<typeof seedWorkspaceWithData>>;
let otherSeeded: Awaited<ReturnType<typeof seedWorkspaceWithData>>;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of stream) parts.push(chunk);
  return Buffer.concat(parts);
}

async function exportArchive(workspaceId: string, actor: { id: string; email: string }) {
  const db = await getDb();
  const { id } = await createWorkspaceExport(db, { workspaceId, requestedBy: actor.id });
  const bytes = await readAll(await openWorkspaceExportDownload(db, { workspaceId, exportId: id, actor }));
  return { exportId: id, bytes, files: unzipSync(bytes) };
}

beforeAll(async () => {
  workspace = await createTestWorkspace("Export Brand");
  other = await createTestWorkspace("Other Brand");
  seeded = await seedWorkspaceWithData(workspace.id, { label: "exported" });
  otherSeeded = await seedWorkspaceWithData(other.id, { label: "elsewhere" });
}, 120_000);

describe("the export's table list", () => {
  it("covers every table with a workspace_id column: exported, or excluded with a reason", async () => {
    const tables = await discoverWorkspaceTables(await getDb());
    const exported = new Set(EXPORT_TABLES.map((spec) => spec.table));
    const unaccounted = [...tables.scoped, ...tables.children.map((child) => child.table)].filter(
      (table) => !exported.has(table) && !EXCLUDED_TABLES[table],
    );
    expect(unaccounted, "add these to EXPORT_TABLES or EXCLUDED_TABLES (with a reason)").toEqual([]);
    for (const reason of Object.values(EXCLUDED_TABLES)) expect(reason.length).toBeGreaterThan(10);
    for (const table of Object.keys(EXCLUDED_TABLES)) expect(exported.has(table), `${table} is both exported and excluded`).toBe(false);
  });
});

describe("workspace export", () => {
  let archive: Awaited<ReturnType<typeof exportArchive>>;
  let manifest: ExportManifest;

  beforeAll(async () => {
    archive = await exportArchive(workspace.id, seeded.admin);
    manifest = JSON.parse(strFromU8(archive.files["manifest.json"]!)) as ExportManifest;
  }, 60_000);

  it("writes a manifest whose row counts equal the database's per table", async () => {
    const db = await getDb();
    const counts = await countWorkspaceRows(db, await discoverWorkspaceTables(db), workspace.id);
    expect(manifest).toMatchObject({ formatVersion: 1, workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name } });
    for (const spec of EXPORT_TABLES) {
      if (spec.table === "workspaces") {
        expect(manifest.tables.workspaces).toBe(1);
        continue;
      }
      // The audit chain got one entry after the archive was written: the export's own "finished".
      const expected = spec.table === "audit_log" ? counts.audit_log! - 1 : counts[spec.table];
      expect(manifest.tables[spec.table], spec.table).toBe(expected);
    }
    expect(manifest.tables.assets).toBeGreaterThan(0);
    expect(manifest.tables.kpi_performance).toBeGreaterThan(0);
    expect(manifest.tables.memberships).toBe(1);
    expect(manifest.excluded).toMatchObject({ knowledge_terms: expect.any(String) });
  });

  it("lists every file with its sha256 and row count, and the JSON Lines hold those rows", () => {
    const names = Object.keys(archive.files).filter((name) => name !== "manifest.json").sort();
    expect(manifest.files.map((file) => file.path).sort()).toEqual(names);
    for (const file of manifest.files) {
      const content = archive.files[file.path]!;
      expect(createHash("sha256").update(content).digest("hex"), file.path).toBe(file.sha256);
      expect(content.length).toBe(file.bytes);
      if (file.path.endsWith(".jsonl")) {
        const lines = strFromU8(content).split("\n").filter(Boolean);
        expect(lines.length, file.path).toBe(file.rows);
        for (const line of lines) expect((JSON.parse(line) as { workspace_id?: string; id?: string }).workspace_id ?? workspace.id).toBe(workspace.id);
      }
      if (file.path.endsWith(".csv")) expect(strFromU8(content).split("\r\n").length - 1, file.path).toBe(file.rows);
    }
  });

  it("includes the original upload bytes, members with names and e-mails, and the audit chain with hashes", async () => {
    const upload = Object.keys(archive.files).find((name) => name.startsWith(`sources/${seeded.pendingSourceId}/`));
    expect(upload).toMatch(/notes-exported\.md$/);
    expect(strFromU8(archive.files[upload!]!)).toContain("Pending upload exported");
    const members = strFromU8(archive.files["tables/workspace/memberships.jsonl"]!);
    expect(members).toContain(seeded.admin.email);
    const db = await getDb();
    const [first] = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.chainSeq, 1)));
    const firstLine = JSON.parse(strFromU8(archive.files["tables/audit/audit-log.jsonl"]!).split("\n")[0]!) as Record<string, unknown>;
    expect(firstLine).toMatchObject({ chain_seq: 1, hash: first!.hash, prev_hash: first!.prevHash });
  });

  it("never contains a secret or another workspace's data", async () => {
    const db = await getDb();
    const [admin] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, seeded.admin.id));
    expect(admin!.passwordHash).toBeTruthy();
    const forbidden = [seeded.webhookSecret, seeded.invitationTokenHash, admin!.passwordHash!, other.id, otherSeeded.admin.email, otherSeeded.webhookSecret];
    for (const [name, content] of Object.entries(archive.files)) {
      const text = Buffer.from(content).toString("latin1");
      for (const value of forbidden) expect(text.includes(value), `${value} in ${name}`).toBe(false);
    }
    expect(strFromU8(archive.files["tables/webhooks/endpoint.jsonl"]!)).toContain("https://cms.example/hook");
  });

  it("records progress and the finish on the export row and in the audit log; the link works once", async () => {
    const db = await getDb();
    const row = await getWorkspaceExport(db, { workspaceId: workspace.id, exportId: archive.exportId });
    expect(row).toMatchObject({ status: "done", tablesDone: EXPORT_TABLES.length, tablesTotal: EXPORT_TABLES.length, error: null });
    expect(row.rowsWritten).toBe(Object.values(manifest.tables).reduce((sum, n) => sum + n, 0));
    expect(row.bytesWritten).toBe(archive.bytes.length);
    const [finished] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, archive.exportId), eq(auditLog.action, "workspace.export_finished")));
    expect(finished!.detail).toMatchObject({ rows: row.rowsWritten, bytes: archive.bytes.length });
    await expect(openWorkspaceExportDownload(db, { workspaceId: workspace.id, exportId: archive.exportId, actor: seeded.admin })).rejects.toThrow(/already/);
  });

  it("answers not_found for another workspace's export", async () => {
    const db = await getDb();
    const [foreign] = await db.insert(workspaceExports).values({ id: "wex_foreign_test", workspaceId: other.id, requestedBy: otherSeeded.admin.id }).returning();
    await expect(openWorkspaceExportDownload(db, { workspaceId: workspace.id, exportId: foreign!.id, actor: seeded.admin })).rejects.toMatchObject({ code: "not_found" });
  });

  it("marks the export failed and audits it when the download is abandoned", async () => {
    const db = await getDb();
    const { id } = await createWorkspaceExport(db, { workspaceId: workspace.id, requestedBy: seeded.admin.id });
    const stream = await openWorkspaceExportDownload(db, { workspaceId: workspace.id, exportId: id, actor: seeded.admin });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    expect(await getWorkspaceExport(db, { workspaceId: workspace.id, exportId: id })).toMatchObject({ status: "failed", error: expect.stringMatching(/interrupted/) });
    const [failed] = await db.select().from(auditLog).where(and(eq(auditLog.targetId, id), eq(auditLog.action, "workspace.export_failed")));
    expect(failed?.outcome).toBe("failed");
  });
});
