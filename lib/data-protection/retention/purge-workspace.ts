import "server-only";
import { sql } from "drizzle-orm";
import { appendAuditEntry } from "@/lib/audit/append";
import { workspaceRetention } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { runInBatches } from "./batches";
import { purgeAuditPersonalFields } from "./purge-audit-personal";
import { effectivePeriods, getWorkspaceRetention } from "./settings";
import { workspacePurgeSteps } from "./workspace-purges";

export const RETENTION_PURGE_AUDIT_ACTION = "retention.purge";

export type PurgeCounts = Record<string, number>;

/**
 * Removes or clears everything of one workspace that is older than its retention periods, in
 * short batches, then records what it did: one `retention.purge` audit entry with the counts per
 * table, and the same counts on the workspace's retention row for the Data protection page.
 * `requestedBy` is the admin who pressed "Purge now"; null for the daily job.
 */
export async function purgeWorkspace(
  db: Database,
  options: { workspaceId: string; requestedBy: string | null; onBatch?: () => void },
): Promise<PurgeCounts> {
  const periods = effectivePeriods(options.workspaceId, (await getWorkspaceRetention(db, options.workspaceId)).chosen);
  const counts: PurgeCounts = {};
  for (const step of workspacePurgeSteps(options.workspaceId, periods)) {
    counts[step.counts] = (counts[step.counts] ?? 0) + (await runInBatches(db, step.statement, { onBatch: options.onBatch }));
  }
  // Before this purge's own entry is appended, which is new and keeps its fields.
  counts.audit_personal = await purgeAuditPersonalFields(db, { chainKey: options.workspaceId, days: periods.auditPersonal, onBatch: options.onBatch });

  await db.transaction(async (tx) => {
    await tx
      .insert(workspaceRetention)
      .values({ workspaceId: options.workspaceId, lastPurgedAt: sql`now()`, lastPurgeCounts: counts })
      .onConflictDoUpdate({ target: workspaceRetention.workspaceId, set: { lastPurgedAt: sql`now()`, lastPurgeCounts: counts } });
    await appendAuditEntry(tx, {
      workspaceId: options.workspaceId,
      actorUserId: options.requestedBy,
      action: RETENTION_PURGE_AUDIT_ACTION,
      targetType: "workspace",
      targetId: options.workspaceId,
      outcome: "success",
      detail: { trigger: options.requestedBy ? "admin" : "schedule", periods, counts },
    });
  });
  return counts;
}

/** A workspace whose purge failed says so in its own audit log, where its admins look. */
export async function recordFailedPurge(db: Database, options: { workspaceId: string; requestedBy: string | null; reason: string }) {
  await appendAuditEntry(db, {
    workspaceId: options.workspaceId,
    actorUserId: options.requestedBy,
    action: RETENTION_PURGE_AUDIT_ACTION,
    targetType: "workspace",
    targetId: options.workspaceId,
    outcome: "failed",
    detail: { trigger: options.requestedBy ? "admin" : "schedule", reason: options.reason },
  });
}
