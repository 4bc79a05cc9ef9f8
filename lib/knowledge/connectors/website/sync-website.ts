import "server-only";
import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { knowledgeConnectorPages, knowledgeConnectors, knowledgeSources } from "@/lib/db/schema";
import type { KnowledgeConnector, KnowledgeConnectorPage } from "@/lib/db/schema/knowledge-connectors";
import type { Database } from "@/lib/db/types";
import { isAppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { safeFetch } from "@/lib/http/outbound/safe-fetch";
import type { Resolver } from "@/lib/http/outbound/safe-agent";
import { createSourceVersion } from "../../sources/create-source-version";
import { retireSource } from "../../sources/manage-sources";
import { submitIngestion } from "../../sources/submit-ingestion";
import { SyncReport } from "../sync-report";
import { DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT } from "./limits";
import { crawlWebsite, type CrawlResult, type KnownPage } from "./crawl-website";

const MAX_PAGE_BYTES = 3 * 1024 * 1024;
const PROGRESS_EVERY = 10;

export type SyncContext = {
  db: Database;
  connector: KnowledgeConnector;
  allowPrivateNetworks: boolean;
  /** Tests only: answers made-up host names (production resolves through the system). */
  resolver?: Resolver;
  keepAlive?: () => void;
};

/**
 * One sync of a website connector. Each page's outcome is written in its own transaction (a new
 * version of its source with its ingestion job, or the page's new validators), so one failing
 * page never fails the sync and a crash keeps what was done. Pages answered 404/410 (or
 * noindex) are retired; pages no longer found, only after a crawl that ran to the end without
 * failures.
 */
/**
 * How long one sync may fetch pages. Jobs run one at a time per worker, so this bounds how long a slow site (or a
 * polite Crawl-delay over thousands of pages) holds everybody's ingestion, exports and webhooks; below the 60-minute
 * sync lock, so a second sync cannot start while this one still runs.
 */
const SYNC_TIME_LIMIT_MS = 20 * 60_000;

export async function syncWebsite(context: SyncContext, report: SyncReport): Promise<{ error?: string }> {
  const { db, connector } = context;
  const pages = await db.select().from(knowledgeConnectorPages).where(and(eq(knowledgeConnectorPages.workspaceId, connector.workspaceId), eq(knowledgeConnectorPages.connectorId, connector.id)));
  const byUrl = new Map(pages.map((page) => [page.url, page]));
  const known = new Map<string, KnownPage>(pages.filter((p) => !p.removedAt && p.sourceId).map((p) => [p.url, { etag: p.etag, lastModified: p.lastModified, links: p.links }]));
  const visited = new Set<string>();
  const gone = new Set<string>();
  const redirectedAway = new Set<string>();
  let handled = 0;
  let answered = 0;

  const summary = await crawlWebsite({
    startUrl: connector.url,
    include: connector.config.include,
    exclude: connector.config.exclude,
    pageLimit: Math.min(connector.config.pageLimit ?? DEFAULT_PAGE_LIMIT, MAX_PAGE_LIMIT),
    concurrency: connector.config.concurrency ?? 2,
    delayMs: connector.config.delayMs ?? 250,
    known,
    deadlineAt: Date.now() + SYNC_TIME_LIMIT_MS,
    fetch: (url, headers, options) => safeFetch(url, { headers, allowPrivateNetworks: context.allowPrivateNetworks, resolver: context.resolver, maxBytes: options?.maxBytes ?? MAX_PAGE_BYTES }),
    async onResult(result) {
      visited.add(result.url);
      if (result.kind === "fetched") visited.add(result.page.canonicalUrl);
      if (result.kind !== "failed") answered++;
      try {
        await applyResult(context, { result, page: byUrl.get(result.kind === "fetched" ? result.page.canonicalUrl : result.url), report, gone, redirectedAway });
      } catch (error) {
        // The page fails alone; its reason is shown in the sync's report (expected errors only).
        report.record({ url: result.url, change: "failed", reason: isAppError(error) ? error.message : "An internal error; it was logged." });
        if (!isAppError(error)) console.error(`[connectors] ${connector.id} page failed:`, error instanceof Error ? error.message : error);
      }
      if (++handled % PROGRESS_EVERY === 0) context.keepAlive?.();
    },
    onProgress: (progress) => {
      // Not awaited (the crawl goes on); a failed progress write only delays the figure on the page.
      if (progress.fetched % PROGRESS_EVERY === 0) saveProgress(db, connector, progress).catch(() => undefined);
    },
    // Sitemaps (up to 20, each up to a page fetch's time plus the crawl delay) fetch no page, so nothing above would
    // renew the job's lease or the connector's lock while they are read.
    async onSitemapRead() {
      context.keepAlive?.();
      await renewSyncLock(db, connector);
    },
  });
  await saveProgress(db, connector, { seen: summary.seen, fetched: summary.fetched });
  if (!summary.completed) return { error: summary.error };
  if (answered === 0 && summary.seen > 0) return { error: "No page of the site could be fetched; nothing was retired." };

  // Pages answered gone leave the knowledge base. Pages no longer found leave it only after a
  // crawl without failures or skips: a page that failed (a 500 on the home page, say) or that now redirects away (to
  // a login or maintenance page) may be the one that links to them, and neither may retire half the site. A skipped
  // URL itself was answered definitively, so it is retired like a 404.
  const mayRetireUnfound = report.failed === 0 && redirectedAway.size === 0;
  for (const page of pages) {
    if (page.removedAt || !page.sourceId) continue;
    if (visited.has(page.url) && !gone.has(page.url)) continue;
    if (!gone.has(page.url) && !mayRetireUnfound) continue;
    await db.transaction(async (tx) => {
      await retireIfActive(tx, { workspaceId: connector.workspaceId, sourceId: page.sourceId! });
      await tx.update(knowledgeConnectorPages).set({ removedAt: sql`now()` }).where(eq(knowledgeConnectorPages.id, page.id));
    });
    const reason = redirectedAway.has(page.url) ? "The page now redirects outside the connector's rules." : gone.has(page.url) ? "The page is gone (404/410 or noindex)." : "The page is no longer linked or listed.";
    report.record({ url: page.url, change: "removed", reason });
  }
  return {};
}

async function applyResult(
  context: SyncContext,
  options: { result: CrawlResult; page: KnowledgeConnectorPage | undefined; report: SyncReport; gone: Set<string>; redirectedAway: Set<string> },
) {
  const { db, connector } = context;
  const { result, page, report } = options;
  if (result.kind === "failed") {
    report.record({ url: result.url, change: "failed", reason: result.reason });
    return;
  }
  if (result.kind === "gone") {
    options.gone.add(result.url);
    return;
  }
  if (result.kind === "skipped") {
    // The server's answer for this URL is now somewhere the connector may not index: like a 404 for this URL, so a
    // page indexed from it before is retired.
    report.record({ url: result.url, change: "skipped", reason: result.reason });
    options.gone.add(result.url);
    options.redirectedAway.add(result.url);
    return;
  }
  if (result.kind === "not_modified") {
    report.unchanged++;
    if (page) await db.update(knowledgeConnectorPages).set({ lastSeenAt: sql`now()` }).where(eq(knowledgeConnectorPages.id, page.id));
    return;
  }
  const url = result.page.canonicalUrl;
  const validators = { etag: result.etag, lastModified: result.lastModified, links: result.page.links, lastSeenAt: sql`now()` };
  if (page && page.sourceId && !page.removedAt && page.textHash === result.page.textHash) {
    // The markup changed (or the server sent no validators) but the readable text did not.
    report.unchanged++;
    await db.update(knowledgeConnectorPages).set(validators).where(eq(knowledgeConnectorPages.id, page.id));
    return;
  }
  await db.transaction(async (tx) => {
    const created = await createSourceVersion(tx, {
      workspaceId: connector.workspaceId,
      actorId: null,
      sourceId: page?.sourceId ?? undefined,
      title: (result.page.title ?? new URL(url).pathname).slice(0, 200),
      kind: "published_page",
      classification: connector.config.classification,
      language: connector.config.language,
      canonicalUrl: url,
      origin: "website",
      format: "html",
      fileName: null,
      bytes: new Uint8Array(result.html),
    });
    if (created.versionId) await submitIngestion(tx, { workspaceId: connector.workspaceId, versionIds: [created.versionId] });
    const values = { ...validators, sourceId: created.sourceId, textHash: result.page.textHash, removedAt: null };
    await tx
      .insert(knowledgeConnectorPages)
      .values({ id: createId("connectorPage"), workspaceId: connector.workspaceId, connectorId: connector.id, url, ...values })
      .onConflictDoUpdate({ target: [knowledgeConnectorPages.connectorId, knowledgeConnectorPages.url], set: values });
    report.record({ url, change: page?.sourceId && !page.removedAt ? "changed" : "added" });
  });
}

async function retireIfActive(tx: Database, options: { workspaceId: string; sourceId: string }) {
  const [active] = await tx
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.id, options.sourceId), isNull(knowledgeSources.retiredAt)));
  // Someone may have retired the page's source by hand already.
  if (active) await retireSource(tx, options);
}

/**
 * Progress is also the sync's heartbeat: it renews the connector's `syncing_since` lock (taken over when older than
 * an hour, sync-connector.ts), so a sync that is still working keeps it however long it runs.
 */
async function saveProgress(db: Database, connector: KnowledgeConnector, progress: { seen: number; fetched: number }) {
  await db
    .update(knowledgeConnectors)
    .set({
      progress: sql`jsonb_build_object('seen', ${progress.seen}::int, 'fetched', ${progress.fetched}::int, 'indexed', coalesce((${knowledgeConnectors.progress}->>'indexed')::int, 0))`,
      syncingSince: sql`now()`,
    })
    .where(and(eq(knowledgeConnectors.workspaceId, connector.workspaceId), eq(knowledgeConnectors.id, connector.id), isNotNull(knowledgeConnectors.syncingSince)));
}

async function renewSyncLock(db: Database, connector: KnowledgeConnector) {
  await db
    .update(knowledgeConnectors)
    .set({ syncingSince: sql`now()` })
    .where(and(eq(knowledgeConnectors.workspaceId, connector.workspaceId), eq(knowledgeConnectors.id, connector.id), isNotNull(knowledgeConnectors.syncingSince)));
}

/** Pages of the connector whose source is indexed and in use: the "pages indexed" figure. */
export async function countIndexedPages(db: Database, options: { workspaceId: string; connectorIds: string[] }) {
  if (options.connectorIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ connectorId: knowledgeConnectorPages.connectorId, count: sql<number>`count(*)::int` })
    .from(knowledgeConnectorPages)
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeConnectorPages.sourceId))
    .where(
      and(
        eq(knowledgeConnectorPages.workspaceId, options.workspaceId),
        inArray(knowledgeConnectorPages.connectorId, options.connectorIds),
        isNull(knowledgeConnectorPages.removedAt),
        eq(knowledgeSources.status, "ready"),
      ),
    )
    .groupBy(knowledgeConnectorPages.connectorId);
  return new Map(rows.map((row) => [row.connectorId, Number(row.count)]));
}
