import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { knowledgeConnectors, knowledgeConnectorSyncs } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Classification } from "../classification";
import { maskUrlSecrets } from "./connector-url";
import { countIndexedPages } from "./website/sync-website";

const HISTORY_PER_CONNECTOR = 5;

/**
 * The Knowledge page's connectors: settings, live progress, pages indexed, and recent syncs. Like sources, only the
 * connectors whose classification the viewer may see (a confidential connector's name, page URLs and history are as
 * telling as its sources); the URL in full only for members who may manage connectors (`canManage`), since a feed
 * URL may carry an access key, and so are the URLs in the sync history's reports.
 */
export async function listConnectors(db: Database, options: { workspaceId: string; classifications: readonly Classification[]; canManage: boolean }) {
  const rows = await db.select().from(knowledgeConnectors).where(eq(knowledgeConnectors.workspaceId, options.workspaceId)).orderBy(knowledgeConnectors.name);
  // The classification lives in the JSON config; a workspace has a handful of connectors, so it is filtered here.
  const connectors = rows.filter((connector) => options.classifications.includes(connector.config.classification));
  const ids = connectors.map((c) => c.id);
  const [indexed, syncs] = await Promise.all([
    countIndexedPages(db, { workspaceId: options.workspaceId, connectorIds: ids }),
    ids.length
      ? db
          .select()
          .from(
            db
              .select({
                id: knowledgeConnectorSyncs.id,
                connectorId: knowledgeConnectorSyncs.connectorId,
                trigger: knowledgeConnectorSyncs.trigger,
                status: knowledgeConnectorSyncs.status,
                added: knowledgeConnectorSyncs.added,
                changed: knowledgeConnectorSyncs.changed,
                unchanged: knowledgeConnectorSyncs.unchanged,
                removed: knowledgeConnectorSyncs.removed,
                failed: knowledgeConnectorSyncs.failed,
                report: knowledgeConnectorSyncs.report,
                error: knowledgeConnectorSyncs.error,
                startedAt: knowledgeConnectorSyncs.startedAt,
                finishedAt: knowledgeConnectorSyncs.finishedAt,
                rank: sql<number>`row_number() over (partition by ${knowledgeConnectorSyncs.connectorId} order by ${knowledgeConnectorSyncs.startedAt} desc)`.as("rank"),
              })
              .from(knowledgeConnectorSyncs)
              .where(and(eq(knowledgeConnectorSyncs.workspaceId, options.workspaceId), inArray(knowledgeConnectorSyncs.connectorId, ids)))
              .as("ranked"),
          )
          .where(sql`rank <= ${HISTORY_PER_CONNECTOR}`)
          .orderBy(desc(sql`started_at`))
      : Promise.resolve([]),
  ]);
  return connectors.map((connector) => ({
    id: connector.id,
    kind: connector.kind,
    name: connector.name,
    url: options.canManage ? connector.url : maskUrlSecrets(connector.url),
    schedule: connector.schedule,
    isPaused: connector.isPaused,
    isSyncing: connector.syncingSince !== null,
    nextSyncAt: connector.nextSyncAt,
    lastSyncAt: connector.lastSyncAt,
    progress: connector.progress,
    pageLimit: connector.config.pageLimit ?? null,
    indexedPages: indexed.get(connector.id) ?? 0,
    // The report lists page and sitemap URLs (the start URL with its `?token=` among them): masked like the URL.
    history: syncs.filter((s) => s.connectorId === connector.id).map((sync) => (options.canManage ? sync : { ...sync, report: sync.report.map((change) => ({ ...change, url: maskUrlSecrets(change.url) })) })),
  }));
}

export type ConnectorView = Awaited<ReturnType<typeof listConnectors>>[number];
