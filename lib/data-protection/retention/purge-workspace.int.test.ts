import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, kpiDailyRollup, workspaceRetention } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { seedRecordsOfKind, type SeededRecord } from "@/lib/testing/retention-fixtures";
import { pseudonymName } from "@/lib/data-protection/pseudonym";
import { ALL_DEFAULTS, DEFAULT_RETENTION_PERIODS, RETENTION_KIND_NAMES, type RetentionPeriods } from "./periods";
import { purgeWorkspace } from "./purge-workspace";
import { saveRetentionPeriods } from "./settings";

// Every chosen period sits between its kind's minimum and its default, so "past the chosen
// period" and "within the default" differ for the untouched workspace.
const CHOSEN: RetentionPeriods = { modelCalls: 100, prompts: 10, briefs: 200, comments: 120, notifications: 14, kpiRaw: 400, auditPersonal: 200 };

async function seedAround(workspaceId: string, periods: RetentionPeriods) {
  const db = await getDb();
  const older: SeededRecord[] = [];
  const younger: SeededRecord[] = [];
  for (const kind of RETENTION_KIND_NAMES) {
    older.push(...(await seedRecordsOfKind(db, { workspaceId, kind, ageDays: periods[kind] + 1 })));
    younger.push(...(await seedRecordsOfKind(db, { workspaceId, kind, ageDays: periods[kind] - 1 })));
  }
  return { older, younger };
}

const keptStates = async (records: SeededRecord[]) =>
  Object.fromEntries(await Promise.all(records.map(async (r) => [`${r.kind} ${r.what} (${r.ageDays} days old)`, await r.isKept()] as const)));

describe("retention purge of one workspace", () => {
  it("removes or clears what is just past each period, keeps what is just within it, and leaves other workspaces alone", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace("Other");
    await saveRetentionPeriods(db, { workspaceId: workspace.id, userId: "usr_admin", periods: CHOSEN });
    const mine = await seedAround(workspace.id, CHOSEN);
    // The other workspace keeps the defaults; records as old as this workspace's cut-offs stay there.
    const untouched = await seedAround(other.id, CHOSEN);

    const counts = await purgeWorkspace(db, { workspaceId: workspace.id, requestedBy: null });

    expect(Object.values(await keptStates(mine.older)).every((kept) => !kept), JSON.stringify(await keptStates(mine.older))).toBe(true);
    expect(Object.values(await keptStates(mine.younger)).every(Boolean), JSON.stringify(await keptStates(mine.younger))).toBe(true);
    expect(Object.values(await keptStates([...untouched.older, ...untouched.younger])).every(Boolean)).toBe(true);
    expect(counts).toMatchObject({
      model_calls: 1,
      model_call_payloads: 1,
      asset_version_briefs: 1,
      generation_batch_briefs: 1,
      asset_comments: 1,
      transition_comments: 1,
      webhook_deliveries: 1,
      webhook_delivery_attempts: 1,
      notifications: 1,
      kpi_performance: 1,
      kpi_staged_rows: 1,
      kpi_upload_chunks: 1,
      audit_personal: 1,
    });
    // Daily roll-ups are what the dashboards read: never purged with the raw rows.
    expect(await db.select().from(kpiDailyRollup).where(eq(kpiDailyRollup.workspaceId, workspace.id))).toHaveLength(2);
  });

  it("applies the documented defaults to a workspace that never chose", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const seeded = await seedAround(workspace.id, DEFAULT_RETENTION_PERIODS);
    await purgeWorkspace(db, { workspaceId: workspace.id, requestedBy: null });
    expect(Object.values(await keptStates(seeded.older)).some(Boolean)).toBe(false);
    expect(Object.values(await keptStates(seeded.younger)).every(Boolean)).toBe(true);
  });

  it("replaces an old audit entry's personal fields with the person's pseudonym, keeps the entry, and records the purge", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await seedRecordsOfKind(db, { workspaceId: workspace.id, kind: "auditPersonal", ageDays: 400 });
    await purgeWorkspace(db, { workspaceId: workspace.id, requestedBy: "usr_admin" });

    const entries = await db.select().from(auditLog).where(eq(auditLog.chainKey, workspace.id)).orderBy(auditLog.chainSeq);
    expect(entries[0]).toMatchObject({ action: "asset.edit", actorUserId: "usr_jane", actorLabel: pseudonymName("usr_jane"), ip: null, detailPersonal: {} });
    expect(entries[0]!.personalErasedAt).toBeInstanceOf(Date);
    expect(JSON.stringify(entries)).not.toContain("jane@example.com");

    const purge = entries.find((e) => e.action === "retention.purge")!;
    expect(purge).toMatchObject({ outcome: "success", actorUserId: "usr_admin", detail: { trigger: "admin", counts: { audit_personal: 1 } } });
    const [row] = await db.select().from(workspaceRetention).where(eq(workspaceRetention.workspaceId, workspace.id));
    expect(row!.lastPurgedAt).toBeInstanceOf(Date);
    expect(row!.lastPurgeCounts).toMatchObject({ audit_personal: 1, model_calls: 0 });
  });

  it("works through a table larger than one batch", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    for (let i = 0; i < 3; i++) await seedRecordsOfKind(db, { workspaceId: workspace.id, kind: "modelCalls", ageDays: 500 });
    const { runInBatches } = await import("./batches");
    const { workspacePurgeSteps } = await import("./workspace-purges");
    const step = workspacePurgeSteps(workspace.id, DEFAULT_RETENTION_PERIODS).find((s) => s.counts === "model_calls")!;
    expect(await runInBatches(db, step.statement, { batchSize: 2 })).toBe(3);
    expect(await runInBatches(db, step.statement, { batchSize: 2 })).toBe(0);
  });

  it("stored prompts at 0 days are all removed, however new", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const [fresh] = await seedRecordsOfKind(db, { workspaceId: workspace.id, kind: "prompts", ageDays: 0 });
    await saveRetentionPeriods(db, { workspaceId: workspace.id, userId: "usr_admin", periods: { ...ALL_DEFAULTS, prompts: 0 } });
    expect(await fresh!.isKept()).toBe(false);
    expect(await db.select().from(auditLog).where(and(eq(auditLog.chainKey, workspace.id), eq(auditLog.action, "retention.purge")))).toEqual([]);
  });
});
