import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { knowledgeConnectors, knowledgeConnectorSyncs, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import type { Resolver } from "@/lib/http/outbound/safe-agent";
import type { JobHandler } from "@/lib/jobs/worker";
import { syncFeedUrl } from "./feed-url/sync-feed-url";
import { nextSyncAt } from "./schedule";
import { SyncReport } from "./sync-report";
import type { ConnectorSyncPayload } from "./sync-job-types";
import { syncWebsite } from "./website/sync-website";

/** A sync holding the lock longer than this is taken to have died with its worker. */
const SYNC_LOCK_MINUTES = 60;

export type ConnectorSyncOutcome = { status: "skipped"; reason: string } | { status: "succeeded" | "failed"; syncId: string; error?: string };

/**
 * Runs one sync of a connector, recorded as a row of its history. The connector row is the lock:
 * a second sync (a manual "sync now" while the scheduled one runs, another instance) finds
 * syncing_since set and skips. A failing sync is recorded and not retried by the queue; the
 * schedule tries again at its next time.
 */
export async function runConnectorSync(
  db: Database,
  options: ConnectorSyncPayload & { resolver?: Resolver; keepAlive?: () => void },
): Promise<ConnectorSyncOutcome> {
  const [connector] = await db
    .update(knowledgeConnectors)
    .set({ syncingSince: sql`now()`, progress: { seen: 0, fetched: 0, indexed: 0 } })
    .where(
      and(
        eq(knowledgeConnectors.workspaceId, options.workspaceId),
        eq(knowledgeConnectors.id, options.connectorId),
        or(isNull(knowledgeConnectors.syncingSince), lt(knowledgeConnectors.syncingSince, sql`now() - make_interval(mins => ${SYNC_LOCK_MINUTES})`)),
        // A paused connector runs only when someone asks for it.
        options.trigger === "schedule" ? eq(knowledgeConnectors.isPaused, false) : undefined,
      ),
    )
    .returning();
  if (!connector) return { status: "skipped", reason: "The connector is gone, paused, or already syncing." };

  const [workspace] = await db.select({ allowPrivateNetworks: workspaces.allowPrivateNetworks }).from(workspaces).where(eq(workspaces.id, options.workspaceId));
  const syncId = createId("connectorSync");
  await db.insert(knowledgeConnectorSyncs).values({ id: syncId, workspaceId: connector.workspaceId, connectorId: connector.id, trigger: options.trigger });
  const report = new SyncReport();
  let error: string | undefined;
  try {
    const context = { db, connector, allowPrivateNetworks: workspace?.allowPrivateNetworks ?? false, resolver: options.resolver, keepAlive: options.keepAlive };
    ({ error } = connector.kind === "website" ? await syncWebsite(context, report) : await syncFeedUrl(context, report));
  } catch (cause) {
    console.error(`[connectors] sync ${syncId} of ${connector.id} failed:`, cause instanceof Error ? cause.message : cause);
    error = "An internal error interrupted the sync; it was logged.";
  }
  const finishedAt = new Date();
  await db.transaction(async (tx) => {
    await tx
      .update(knowledgeConnectorSyncs)
      .set({ status: error ? "failed" : "succeeded", ...report.counts(), report: report.changes, error: error ?? null, finishedAt })
      .where(eq(knowledgeConnectorSyncs.id, syncId));
    // Re-read the pause switch: it may have been flipped while the sync ran.
    const [current] = await tx.select({ schedule: knowledgeConnectors.schedule, isPaused: knowledgeConnectors.isPaused }).from(knowledgeConnectors).where(eq(knowledgeConnectors.id, connector.id));
    await tx
      .update(knowledgeConnectors)
      .set({ syncingSince: null, lastSyncAt: finishedAt, nextSyncAt: current ? nextSyncAt(current, finishedAt) : null, updatedAt: finishedAt })
      .where(eq(knowledgeConnectors.id, connector.id));
  });
  return { status: error ? "failed" : "succeeded", syncId, error };
}

export const connectorSyncJobHandler: JobHandler = {
  async run({ db, job, keepAlive }) {
    await runConnectorSync(db, { ...(job.payload as ConnectorSyncPayload), keepAlive });
  },
};
