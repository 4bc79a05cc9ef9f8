import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { knowledgeConnectors, workspaces } from "@/lib/db/schema";
import type { ConnectorConfig, KnowledgeConnector } from "@/lib/db/schema/knowledge-connectors";
import type { Database } from "@/lib/db/types";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { checkOutboundUrl } from "@/lib/http/outbound/safe-fetch";
import { isOutboundRequestError, type OutboundRefusalReason } from "@/lib/http/outbound/outbound-error";
import { enqueueJob } from "@/lib/jobs/queue";
import { wakeWorkerAfterResponse } from "@/lib/jobs/wake-worker";
import { nextSyncAt } from "./schedule";
import { CONNECTOR_SYNC_JOB_TYPE, type ConnectorSyncPayload } from "./sync-job-types";

type Schedule = KnowledgeConnector["schedule"];

async function loadConnector(db: Database, options: { workspaceId: string; connectorId: string }): Promise<KnowledgeConnector> {
  const [connector] = await db.select().from(knowledgeConnectors).where(and(eq(knowledgeConnectors.workspaceId, options.workspaceId), eq(knowledgeConnectors.id, options.connectorId)));
  if (!connector) throw new AppError("not_found", { key: "knowledge.connectorNotFound" });
  return connector;
}

/**
 * The URL as written must be fetchable (scheme, no credentials, no refused IP literal); names are
 * checked again at every connection, since what a name resolves to can change.
 */
async function checkConnectorUrl(db: Database, options: { workspaceId: string; url: string }) {
  const [workspace] = await db.select({ allowPrivateNetworks: workspaces.allowPrivateNetworks }).from(workspaces).where(eq(workspaces.id, options.workspaceId));
  try {
    checkOutboundUrl(options.url, { allowPrivateNetworks: workspace?.allowPrivateNetworks ?? false });
  } catch (error) {
    if (isOutboundRequestError(error)) throw new AppError("invalid_input", { key: connectorUrlProblemKey(error.reason, env.outboundPrivateNetworks.mode === "never") });
    throw error;
  }
}

/** A new website or feed URL connector; its first sync is queued at once (in the same transaction). */
export async function createConnector(
  tx: Database,
  options: { workspaceId: string; actorId: string; kind: KnowledgeConnector["kind"]; name: string; url: string; schedule: Schedule; config: ConnectorConfig },
) {
  await checkConnectorUrl(tx, options);
  const [existing] = await tx.select({ id: knowledgeConnectors.id }).from(knowledgeConnectors).where(and(eq(knowledgeConnectors.workspaceId, options.workspaceId), eq(knowledgeConnectors.name, options.name)));
  if (existing) throw new AppError("conflict", { key: "knowledge.connectorNameTaken", params: { name: options.name } });
  const id = createId("connector");
  await tx.insert(knowledgeConnectors).values({
    id,
    workspaceId: options.workspaceId,
    kind: options.kind,
    name: options.name,
    url: options.url,
    config: options.config,
    schedule: options.schedule,
    nextSyncAt: nextSyncAt({ schedule: options.schedule, isPaused: false }, new Date()),
    createdBy: options.actorId,
  });
  const jobId = await requestConnectorSync(tx, { workspaceId: options.workspaceId, connectorId: id, requestKey: "created" });
  return { connectorId: id, jobId };
}

/**
 * "Sync now". The key makes a double click (or a retried request) within the same second one
 * job; a sync already running makes the new one skip (the lock in sync-connector.ts).
 */
export async function requestConnectorSync(tx: Database, options: { workspaceId: string; connectorId: string; requestKey?: string }): Promise<string> {
  await loadConnector(tx, options);
  const payload: ConnectorSyncPayload = { workspaceId: options.workspaceId, connectorId: options.connectorId, trigger: "manual" };
  const key = options.requestKey ?? new Date().toISOString().slice(0, 19);
  const jobId = await enqueueJob(tx, { workspaceId: options.workspaceId, type: CONNECTOR_SYNC_JOB_TYPE, payload, maxAttempts: 1, idempotencyKey: `connector-sync:${options.connectorId}:manual:${key}` });
  wakeWorkerAfterResponse();
  return jobId;
}

/** The pause switch and the schedule; paused or manual connectors have no next sync time. */
export async function updateConnectorSchedule(tx: Database, options: { workspaceId: string; connectorId: string; isPaused?: boolean; schedule?: Schedule }) {
  const connector = await loadConnector(tx, options);
  const next = { schedule: options.schedule ?? connector.schedule, isPaused: options.isPaused ?? connector.isPaused };
  await tx
    .update(knowledgeConnectors)
    .set({ ...next, nextSyncAt: nextSyncAt(next, connector.lastSyncAt ?? new Date()) ?? null, updatedAt: sql`now()` })
    .where(and(eq(knowledgeConnectors.workspaceId, options.workspaceId), eq(knowledgeConnectors.id, options.connectorId)));
  return next;
}

/** The refusal of a connector's URL in words (no DNS yet: only the URL itself and IP literals can be refused here). */
function connectorUrlProblemKey(reason: OutboundRefusalReason, privateNetworksClosedByInstance: boolean) {
  switch (reason) {
    case "invalid_url":
      return "knowledge.connectorUrlInvalid" as const;
    case "unsupported_scheme":
      return "knowledge.connectorUrlScheme" as const;
    case "credentials_in_url":
      return "knowledge.connectorUrlCredentials" as const;
    default:
      // Under OUTBOUND_PRIVATE_NETWORKS=never no workspace admin can help, so the sentence must not send the member to one.
      return privateNetworksClosedByInstance ? ("knowledge.connectorUrlBlockedByInstance" as const) : ("knowledge.connectorUrlBlocked" as const);
  }
}
