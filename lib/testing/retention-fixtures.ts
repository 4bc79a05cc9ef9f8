import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import {
  assetComments,
  assets,
  assetTransitions,
  assetVersions,
  auditLog,
  generationBatches,
  kpiDailyRollup,
  kpiImports,
  kpiPerformance,
  kpiStagedRows,
  kpiUploadChunks,
  modelCallPayloads,
  modelCalls,
  notifications,
  webhookDeliveries,
  webhookDeliveryAttempts,
} from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import type { RetentionKind } from "@/lib/data-protection/retention/periods";

/** One seeded record and how to tell whether the purge kept it (not deleted, not cleared). */
export type SeededRecord = { kind: RetentionKind; what: string; ageDays: number; isKept(): Promise<boolean> };

export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const metrics = { impressions: 100, clicks: 5, conversions: 1, costMinor: 500, revenueMinor: 2_000, currency: "EUR" };

async function exists(query: PromiseLike<unknown[]>): Promise<boolean> {
  return (await query).length > 0;
}

async function insertAsset(db: Database, workspaceId: string) {
  const id = createId("asset");
  await db.insert(assets).values({ id, workspaceId, kind: "google-rsa", title: "Fjell", language: "en", createdBy: "usr_test", briefAt: new Date() });
  return id;
}

/**
 * Seeds one record (or a few, for kinds spread over several tables) of `kind` in the workspace,
 * created `ageDays` ago. The purge test seeds each kind just past and just within its period.
 */
export async function seedRecordsOfKind(db: Database, options: { workspaceId: string; kind: RetentionKind; ageDays: number }): Promise<SeededRecord[]> {
  const { workspaceId, kind, ageDays } = options;
  const createdAt = daysAgo(ageDays);
  const record = (what: string, isKept: () => Promise<boolean>): SeededRecord => ({ kind, what, ageDays, isKept });
  switch (kind) {
    case "modelCalls": {
      const id = createId("modelCall");
      await db.insert(modelCalls).values({ id, workspaceId, task: "generate-asset", reasons: [], attempts: [], latencyMs: 5, createdAt });
      return [record("model_calls", () => exists(db.select().from(modelCalls).where(eq(modelCalls.id, id))))];
    }
    case "prompts": {
      const callId = createId("modelCall");
      // The call record is new: only the stored prompt is old.
      await db.insert(modelCalls).values({ id: callId, workspaceId, task: "generate-asset", reasons: [], attempts: [], latencyMs: 5 });
      await db.insert(modelCallPayloads).values({ callId, workspaceId, requests: [{ modelId: "openai:gpt-4.1-mini", hosting: "external", messages: [{ role: "user", text: "brief" }] }], createdAt });
      return [record("model_call_payloads", () => exists(db.select().from(modelCallPayloads).where(eq(modelCallPayloads.callId, callId))))];
    }
    case "briefs": {
      const assetId = await insertAsset(db, workspaceId);
      const versionId = createId("assetVersion");
      const provenance = { brief: { topic: "Audience: Jane Doe's customers" }, templateVersion: "t1", routerCallIds: [], model: "m", attempts: [], routeReasons: [], chunks: [], tokens: { input: 1, output: 1 }, costUsd: 0, latencyMs: 1, redactions: 0, isLocalExtractive: false };
      await db.insert(assetVersions).values({ id: versionId, assetId, workspaceId, version: 1, content: { headlines: ["Copy stays"] } as never, validation: {} as never, provenance, createdBy: "usr_test", createdAt });
      const batchId = createId("generationBatch");
      await db.insert(generationBatches).values({ id: batchId, workspaceId, status: "completed", brief: { topic: "secret plan" }, productSourceIds: [], idempotencyKey: batchId, createdBy: "usr_test", createdAt });
      return [
        record("asset_versions.provenance.brief", async () => {
          const [row] = await db.select({ provenance: assetVersions.provenance, content: assetVersions.content }).from(assetVersions).where(eq(assetVersions.id, versionId));
          if (!row) throw new Error("the asset version itself must never be deleted by the purge");
          expect(row.content).toEqual({ headlines: ["Copy stays"] });
          return Object.keys(row.provenance?.brief ?? {}).length > 0;
        }),
        record("generation_batches.brief", async () => {
          const [row] = await db.select({ brief: generationBatches.brief }).from(generationBatches).where(eq(generationBatches.id, batchId));
          return Object.keys(row!.brief).length > 0;
        }),
      ];
    }
    case "comments": {
      const assetId = await insertAsset(db, workspaceId);
      const commentId = createId("assetComment");
      await db.insert(assetComments).values({ id: commentId, assetId, workspaceId, version: 1, body: "Ask Jane", authorId: "usr_test", createdAt });
      const transitionId = createId("assetTransition");
      await db.insert(assetTransitions).values({ id: transitionId, assetId, workspaceId, fromState: "in_review", toState: "changes_requested", action: "request_changes", version: 1, actorId: "usr_test", comment: "Please fix", createdAt });
      return [
        record("asset_comments", () => exists(db.select().from(assetComments).where(eq(assetComments.id, commentId)))),
        record("asset_transitions.comment", async () => {
          const [row] = await db.select({ comment: assetTransitions.comment }).from(assetTransitions).where(eq(assetTransitions.id, transitionId));
          if (!row) throw new Error("the transition itself must stay");
          return row.comment !== null;
        }),
      ];
    }
    case "notifications": {
      const deliveryId = createId("webhookDelivery");
      await db.insert(webhookDeliveries).values({ id: deliveryId, workspaceId, assetId: "ast_x", version: 1, event: "asset.published", status: "delivered", attempts: 1, createdAt });
      const attemptId = createId("webhookAttempt");
      await db.insert(webhookDeliveryAttempts).values({ id: attemptId, deliveryId, workspaceId, statusCode: 200, durationMs: 10, createdAt });
      const notificationId = createId("notification");
      await db.insert(notifications).values({ id: notificationId, workspaceId, userId: "usr_test", kind: "approved", subjectType: "asset", subjectId: "ast_x", data: { title: "Old" }, createdAt });
      return [
        record("webhook_deliveries", () => exists(db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, deliveryId)))),
        record("webhook_delivery_attempts", () => exists(db.select().from(webhookDeliveryAttempts).where(eq(webhookDeliveryAttempts.id, attemptId)))),
        record("notifications", () => exists(db.select().from(notifications).where(eq(notifications.id, notificationId)))),
      ];
    }
    case "kpiRaw": {
      const importId = createId("kpiImport");
      await db.insert(kpiImports).values({ id: importId, workspaceId, status: "failed", fileName: "ads.csv", byteSize: 10, mapping: {} as never, createdBy: "usr_test", createdAt });
      await db.insert(kpiUploadChunks).values({ importId, seq: 0, data: new Uint8Array([1, 2, 3]) });
      const row = { workspaceId, date: isoDate(createdAt), platform: "google", campaign: "Spring", adGroup: "g", adId: "1", ...metrics };
      await db.insert(kpiStagedRows).values({ ...row, importId, line: 2, keyHash: randomUUID() });
      const keyHash = randomUUID();
      await db.insert(kpiPerformance).values({ ...row, keyHash, importId });
      await db.insert(kpiDailyRollup).values({ workspaceId, date: row.date, platform: "google", campaign: "Spring", assetId: "", ...metrics, rowCount: 1 }).onConflictDoNothing();
      return [
        record("kpi_performance", () => exists(db.select().from(kpiPerformance).where(and(eq(kpiPerformance.workspaceId, workspaceId), eq(kpiPerformance.keyHash, keyHash))))),
        record("kpi_staged_rows", () => exists(db.select().from(kpiStagedRows).where(eq(kpiStagedRows.importId, importId)))),
        record("kpi_upload_chunks", () => exists(db.select().from(kpiUploadChunks).where(eq(kpiUploadChunks.importId, importId)))),
      ];
    }
    case "auditPersonal": {
      // Inserted as stored rows (the hash is not what this test checks): append() stamps "now".
      const [last] = await db.select({ seq: sql<number>`coalesce(max(${auditLog.chainSeq}), 0)` }).from(auditLog).where(eq(auditLog.chainKey, workspaceId));
      const id = createId("audit");
      await db.insert(auditLog).values({
        id,
        chainKey: workspaceId,
        chainSeq: Number(last?.seq ?? 0) + 1,
        workspaceId,
        actorUserId: "usr_jane",
        actorLabel: "jane@example.com",
        action: "asset.edit",
        outcome: "success",
        detail: {},
        ip: "203.0.113.7",
        detailPersonal: { email: "jane@example.com" },
        createdAt,
        prevHash: "0",
        hash: `seeded-${id}`,
      });
      return [
        record("audit_log personal fields", async () => {
          const [row] = await db.select().from(auditLog).where(eq(auditLog.id, id));
          if (!row) throw new Error("the audit entry itself must stay");
          return row.personalErasedAt === null && row.ip !== null && row.actorLabel === "jane@example.com";
        }),
      ];
    }
  }
}
