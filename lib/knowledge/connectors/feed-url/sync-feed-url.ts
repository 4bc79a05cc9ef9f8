import "server-only";
import { and, eq } from "drizzle-orm";
import { knowledgeConnectors } from "@/lib/db/schema";
import { isAppError } from "@/lib/errors";
import { safeFetch } from "@/lib/http/outbound/safe-fetch";
import { describeOutboundFailure } from "@/lib/http/outbound/safe-fetch";
import { getSavedFeedMapping, importFeed, previewFeed } from "../../feeds/import-feed";
import { MAX_FEED_BYTES } from "../../limits";
import type { SyncReport } from "../sync-report";
import type { SyncContext } from "../website/sync-website";

const FEED_USER_AGENT = "BrandpilotFeed/1";

/**
 * One sync of a feed URL connector: the feed is fetched through the safe client and imported
 * exactly like an uploaded feed file (importFeed: presets, the mapping saved under the feed's
 * name, products upserted by id and missing ones retired), in one transaction.
 */
export async function syncFeedUrl(context: SyncContext, report: SyncReport): Promise<{ error?: string }> {
  const { db, connector } = context;
  let text: string;
  try {
    const response = await safeFetch(connector.url, {
      headers: { "user-agent": FEED_USER_AGENT, accept: "text/csv,text/tab-separated-values,text/plain,*/*" },
      allowPrivateNetworks: context.allowPrivateNetworks,
      resolver: context.resolver,
      maxBytes: MAX_FEED_BYTES,
      timeoutMs: 60_000,
    });
    if (response.status !== 200) return { error: `The feed URL answered HTTP ${response.status}.` };
    text = response.body.toString("utf8");
  } catch (error) {
    return { error: describeOutboundFailure(error) };
  }
  // The fetch may have taken up to a minute and the import is one transaction over the whole feed: a fresh job
  // lease for it, or a large feed could outlive the lease and be claimed and run a second time alongside.
  context.keepAlive?.();
  try {
    const savedMapping = await getSavedFeedMapping(db, { workspaceId: connector.workspaceId, feedName: connector.name });
    const { mapping } = previewFeed({ text, savedMapping, fileName: connector.name });
    const result = await db.transaction(async (tx) => {
      const imported = await importFeed(tx, {
        workspaceId: connector.workspaceId,
        actorId: null,
        feedName: connector.name,
        text,
        mapping,
        classification: connector.config.classification,
        language: connector.config.language,
      });
      await tx.update(knowledgeConnectors).set({ feedId: imported.feedId }).where(and(eq(knowledgeConnectors.workspaceId, connector.workspaceId), eq(knowledgeConnectors.id, connector.id)));
      return imported;
    });
    report.added += result.created;
    report.changed += result.updated;
    report.unchanged += result.unchanged;
    report.removed += result.retired;
    report.failed += result.skippedCount;
    for (const row of result.skippedRows.slice(0, 50)) report.changes.push({ url: `line ${row.line}`, change: "failed", reason: row.message });
    return {};
  } catch (error) {
    if (isAppError(error)) return { error: error.message };
    throw error;
  }
}
