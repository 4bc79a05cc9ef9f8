import { afterEach, describe, expect, it } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { jobs, knowledgeConnectors, knowledgeConnectorSyncs, knowledgeSources } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { runIngestion } from "@/lib/testing/knowledge-fixtures";
import { allowPrivateNetworks } from "@/lib/testing/network-fixtures";
import { htmlPage, startTestWebsite, type TestWebsite } from "@/lib/testing/test-website";
import { enqueueDueConnectorSyncs, scheduleConnectorSweep } from "./connector-sweep";
import { createConnector, updateConnectorSchedule } from "./manage-connectors";
import { listConnectors } from "./queries";
import { runConnectorSync } from "./sync-connector";
import { CONNECTOR_SWEEP_JOB_TYPE, CONNECTOR_SYNC_JOB_TYPE } from "./sync-job-types";

const sites: TestWebsite[] = [];
afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.close()));
});

const FEED = ["id,name,description,category,price,currency,url", "P-1,Fjell Jacket,A light waterproof shell.,Jackets,199.00,EUR,https://nordlicht.example/fjell", "P-2,Sarek Boot,Leather hiking boot.,Boots,149.00,EUR,https://nordlicht.example/sarek"].join("\n");

async function feedConnector() {
  const site = await startTestWebsite({ "/feed.csv": { body: FEED, contentType: "text/csv" } });
  sites.push(site);
  const workspace = await createTestWorkspace();
  await allowPrivateNetworks(workspace.id);
  const db = await getDb();
  const { connectorId } = await db.transaction((tx) =>
    createConnector(tx, { workspaceId: workspace.id, actorId: "usr_test", kind: "feed_url", name: "Shop feed", url: `${site.origin}/feed.csv`, schedule: "hourly", config: { classification: "public", language: "en" } }),
  );
  return { db, site, workspace, connectorId };
}

async function products(workspaceId: string) {
  const db = await getDb();
  return db.select({ externalId: knowledgeSources.externalId, status: knowledgeSources.status }).from(knowledgeSources).where(and(eq(knowledgeSources.workspaceId, workspaceId), isNull(knowledgeSources.retiredAt))).orderBy(knowledgeSources.externalId);
}

describe("feed URL connector", { timeout: 120_000 }, () => {
  it("imports a feed fetched from its URL with the preset mapping, and retires products gone from it", async () => {
    const { db, site, workspace, connectorId } = await feedConnector();
    await runIngestion(workspace.id);
    expect(await products(workspace.id)).toEqual([{ externalId: "P-1", status: "ready" }, { externalId: "P-2", status: "ready" }]);
    const [connector] = await db.select().from(knowledgeConnectors).where(eq(knowledgeConnectors.id, connectorId));
    expect(connector!.feedId).toMatch(/^fed_/);
    expect(connector!.nextSyncAt!.getTime()).toBeGreaterThan(Date.now() + 55 * 60 * 1000);

    site.pages.set("/feed.csv", { body: FEED.split("\n").slice(0, 2).join("\n"), contentType: "text/csv" });
    await db.update(knowledgeConnectors).set({ nextSyncAt: new Date(Date.now() - 1000) }).where(eq(knowledgeConnectors.id, connectorId));
    await enqueueDueConnectorSyncs(db);
    await runIngestion(workspace.id);
    expect(await products(workspace.id)).toEqual([{ externalId: "P-1", status: "ready" }]);
    const syncs = await db.select().from(knowledgeConnectorSyncs).where(eq(knowledgeConnectorSyncs.connectorId, connectorId)).orderBy(knowledgeConnectorSyncs.startedAt);
    expect(syncs.map((s) => [s.trigger, s.status, s.added, s.unchanged, s.removed])).toEqual([
      ["manual", "succeeded", 2, 0, 0],
      ["schedule", "succeeded", 0, 1, 1],
    ]);
    // The Knowledge page's view: newest sync first, only this workspace's.
    const everything = ["public", "internal", "confidential"] as const;
    const [view] = await listConnectors(db, { workspaceId: workspace.id, classifications: everything, canManage: true });
    expect(view).toMatchObject({ id: connectorId, kind: "feed_url", isSyncing: false, isPaused: false, schedule: "hourly" });
    expect(view!.history.map((s) => s.trigger)).toEqual(["schedule", "manual"]);
    expect(await listConnectors(db, { workspaceId: (await createTestWorkspace()).id, classifications: everything, canManage: true })).toEqual([]);
  });

  it("shows a feed URL's key only to members who manage connectors, and a confidential connector only to its readers", async () => {
    // Never fetched here (no sync runs): the URLs only have to pass the check made when a connector is added.
    const site = { origin: "https://shop.example" };
    const workspace = await createTestWorkspace();
    const db = await getDb();
    const add = (name: string, url: string, classification: "public" | "confidential") =>
      db.transaction((tx) => createConnector(tx, { workspaceId: workspace.id, actorId: "usr_test", kind: "feed_url", name, url, schedule: "manual", config: { classification, language: "en" } }));
    await add("Shop feed", `${site.origin}/feed.csv?token=s3cr3t-key&format=csv`, "public");
    await add("Dealer prices", `${site.origin}/dealer.csv?key=d34l3r`, "confidential");

    const manager = await listConnectors(db, { workspaceId: workspace.id, classifications: ["public", "internal", "confidential"], canManage: true });
    expect(manager.map((c) => c.url)).toEqual([`${site.origin}/dealer.csv?key=d34l3r`, `${site.origin}/feed.csv?token=s3cr3t-key&format=csv`]);
    // A marketer: reads knowledge, manages no connector, sees no confidential content.
    const reader = await listConnectors(db, { workspaceId: workspace.id, classifications: ["public", "internal"], canManage: false });
    expect(reader.map((c) => [c.name, c.url])).toEqual([["Shop feed", `${site.origin}/feed.csv?…`]]);
    expect(JSON.stringify(reader)).not.toMatch(/s3cr3t|d34l3r|Dealer/);
  });

  it("renews the job's lease once the feed is fetched (up to a minute), before its one-transaction import", async () => {
    const { db, site, workspace, connectorId } = await feedConnector();
    const requestsAtRenewal: number[] = [];
    const outcome = await runConnectorSync(db, { workspaceId: workspace.id, connectorId, trigger: "manual", keepAlive: () => requestsAtRenewal.push(site.requests.length) });
    expect(outcome).toMatchObject({ status: "succeeded" });
    // One renewal, after the one request for the feed (the import that follows writes no request).
    expect(requestsAtRenewal).toEqual([1]);
  });

  it("masks the URLs of a synced connector's history for members who do not manage connectors, a bare key included", async () => {
    const website = await startTestWebsite({
      "/?token=s3cr3t-key": { body: htmlPage({ title: "Home", body: "The home page, reached with an access token.", links: ["/docs?9f8e7d6c5b4a"] }) },
      "/docs?9f8e7d6c5b4a": { body: htmlPage({ title: "Docs", body: "A page whose whole query string is a key." }) },
    });
    sites.push(website);
    const workspace = await createTestWorkspace();
    await allowPrivateNetworks(workspace.id);
    const db = await getDb();
    await db.transaction((tx) =>
      createConnector(tx, { workspaceId: workspace.id, actorId: "usr_test", kind: "website", name: "Docs", url: `${website.origin}/?token=s3cr3t-key`, schedule: "daily", config: { delayMs: 0, classification: "public", language: "en" } }),
    );
    await runIngestion(workspace.id);
    const everything = ["public", "internal", "confidential"] as const;

    const [manager] = await listConnectors(db, { workspaceId: workspace.id, classifications: everything, canManage: true });
    // The sync ran: its report lists both pages, in full for a manager.
    expect(manager!.history[0]!.report.map((c) => c.url).sort()).toEqual([`${website.origin}/?token=s3cr3t-key`, `${website.origin}/docs?9f8e7d6c5b4a`]);
    const [reader] = await listConnectors(db, { workspaceId: workspace.id, classifications: everything, canManage: false });
    expect(reader!.url).toBe(`${website.origin}/?…`);
    expect(reader!.history[0]!.report.map((c) => c.url).sort()).toEqual([`${website.origin}/?…`, `${website.origin}/docs?…`]);
    expect(JSON.stringify(reader)).not.toMatch(/s3cr3t|9f8e7d/);
  });

  it("records a feed URL that answers an error as a failed sync", async () => {
    const { db, site, workspace, connectorId } = await feedConnector();
    site.pages.set("/feed.csv", { status: 503 });
    await runIngestion(workspace.id);
    const [sync] = await db.select().from(knowledgeConnectorSyncs).where(eq(knowledgeConnectorSyncs.connectorId, connectorId));
    expect(sync).toMatchObject({ status: "failed", error: "The feed URL answered HTTP 503." });
  });
});

describe("connector schedules", { timeout: 120_000 }, () => {
  it("queues one sync per due time however often the sweep runs, none for paused or manual connectors", async () => {
    const { db, workspace, connectorId } = await feedConnector();
    await runIngestion(workspace.id);
    const due = new Date(Date.now() - 60_000);
    await db.update(knowledgeConnectors).set({ nextSyncAt: due }).where(eq(knowledgeConnectors.id, connectorId));
    await enqueueDueConnectorSyncs(db);
    await enqueueDueConnectorSyncs(db);
    const queued = () => db.select().from(jobs).where(and(eq(jobs.workspaceId, workspace.id), eq(jobs.type, CONNECTOR_SYNC_JOB_TYPE), eq(jobs.status, "queued")));
    expect(await queued()).toHaveLength(1);
    await runIngestion(workspace.id);

    await updateConnectorSchedule(db, { workspaceId: workspace.id, connectorId, isPaused: true });
    const [paused] = await db.select().from(knowledgeConnectors).where(eq(knowledgeConnectors.id, connectorId));
    expect(paused).toMatchObject({ isPaused: true, nextSyncAt: null });
    await db.update(knowledgeConnectors).set({ nextSyncAt: due }).where(eq(knowledgeConnectors.id, connectorId));
    await enqueueDueConnectorSyncs(db);
    expect(await queued()).toHaveLength(0);

    await updateConnectorSchedule(db, { workspaceId: workspace.id, connectorId, isPaused: false, schedule: "weekly" });
    const [resumed] = await db.select().from(knowledgeConnectors).where(eq(knowledgeConnectors.id, connectorId));
    expect(resumed!.nextSyncAt!.getTime()).toBeGreaterThan(Date.now() + 6 * 24 * 3600 * 1000);
    await updateConnectorSchedule(db, { workspaceId: workspace.id, connectorId, schedule: "manual" });
    expect((await db.select().from(knowledgeConnectors).where(eq(knowledgeConnectors.id, connectorId)))[0]!.nextSyncAt).toBeNull();
  });

  it("queues the sweep once per five-minute bucket across instances", async () => {
    const db = await getDb();
    const at = new Date("2031-03-04T10:02:00Z");
    expect(await scheduleConnectorSweep(db, at)).toBe(true);
    expect(await scheduleConnectorSweep(db, new Date("2031-03-04T10:03:00Z"))).toBe(false);
    // Another instance (a fresh process memo) asks again in the same bucket: still one job.
    (globalThis as { __brandpilotConnectorSweep?: string }).__brandpilotConnectorSweep = undefined;
    await scheduleConnectorSweep(db, new Date("2031-03-04T10:04:59Z"));
    const sweeps = await db.select().from(jobs).where(eq(jobs.idempotencyKey, `${CONNECTOR_SWEEP_JOB_TYPE}:2031-03-04T10:00:00.000Z`));
    expect(sweeps).toHaveLength(1);
    (globalThis as { __brandpilotConnectorSweep?: string }).__brandpilotConnectorSweep = undefined;
  });

  it("does not touch another workspace's connector", async () => {
    const { db, connectorId } = await feedConnector();
    const other = await createTestWorkspace();
    await expect(updateConnectorSchedule(db, { workspaceId: other.id, connectorId, isPaused: true })).rejects.toMatchObject({ code: "not_found" });
  });
});
