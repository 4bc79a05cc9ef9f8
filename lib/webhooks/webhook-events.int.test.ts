import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { jobs, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { allowPrivateNetworks } from "@/lib/testing/network-fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { submitForReview } from "@/lib/assets/drafts/submit-for-review";
import { importFeed } from "@/lib/knowledge/feeds/import-feed";
import { onIngestFailure } from "@/lib/knowledge/ingest/version-status";
import { transitionAsset } from "@/lib/review/transition-asset";
import { WEBHOOK_EVENT_SCHEMAS, WEBHOOK_EVENT_TYPES, WEBHOOK_HEADERS, webhookEventBodySchema, type WebhookEventType } from "./events";
import { redeliver } from "./enqueue-delivery";
import { listDeliveries } from "./delivery-log";
import { getWebhookView, saveWebhook } from "./webhook-settings";
import { SIGNATURE_HEADER, verifySignature } from "./sign";

const received: { body: string; headers: IncomingHttpHeaders }[] = [];
let server: Server;
let url = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ body, headers: request.headers });
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function connect(workspaceId: string, events?: WebhookEventType[]) {
  await allowPrivateNetworks(workspaceId);
  const { newSecret } = await saveWebhook(await getDb(), { workspaceId, userId: "usr_admin", url, isEnabled: true, rotateSecret: false, events });
  return newSecret!;
}

async function deliveriesOf(workspaceId: string) {
  const db = await getDb();
  return db.select().from(webhookDeliveries).where(eq(webhookDeliveries.workspaceId, workspaceId)).orderBy(webhookDeliveries.createdAt);
}

async function draftIn(workspaceId: string) {
  const marketer = await createTestUser();
  const editor = await createTestUser();
  const { fjellId } = await setUpBrand(workspaceId);
  const { assetId } = await createGeneratedDraft({ workspaceId, authorId: marketer.id, productSourceId: fjellId });
  return { assetId, marketer, editor };
}

/** Runs the workspace's due jobs now (webhook deliveries included). */
async function runJobsNow(workspaceId: string) {
  const db = await getDb();
  await db.update(jobs).set({ runAt: sql`now()` }).where(eq(jobs.workspaceId, workspaceId));
  await runIngestion(workspaceId);
}

describe("webhook event choice", () => {
  it("defaults to asset.published, for new endpoints and (column default) for endpoints saved before the choice", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await connect(workspace.id);
    expect((await getWebhookView(db, workspace.id))!.events).toEqual(["asset.published"]);
    // An endpoint row written without the column, as the migration leaves existing rows.
    const older = await createTestWorkspace();
    await db.execute(sql`insert into webhook_endpoints (workspace_id, url, secret) values (${older.id}, ${url}, 'whsec_old')`);
    const [row] = await db.select({ events: webhookEndpoints.events }).from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, older.id));
    expect(row!.events).toEqual(["asset.published"]);
    // Saving again without naming events keeps the choice; an empty choice is refused with a reason.
    await saveWebhook(db, { workspaceId: workspace.id, userId: "usr_admin", url, isEnabled: true, rotateSecret: false, events: ["budget.warning", "asset.submitted"] });
    await saveWebhook(db, { workspaceId: workspace.id, userId: "usr_admin", url, isEnabled: true, rotateSecret: false });
    expect((await getWebhookView(db, workspace.id))!.events).toEqual(["asset.submitted", "budget.warning"]);
    await expect(saveWebhook(db, { workspaceId: workspace.id, userId: "usr_admin", url, isEnabled: true, rotateSecret: false, events: [] })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/at least one event/),
    });
  });
});

describe("asset review events", () => {
  it("queues submitted, approved and published exactly once each, and delivers them signed with the event in header and body", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { assetId, marketer, editor } = await draftIn(workspace.id);
    const secret = await connect(workspace.id, ["asset.submitted", "asset.approved", "asset.published"]);

    await submitForReview(db, { workspaceId: workspace.id, assetId, userId: marketer.id, role: "marketer" });
    expect((await deliveriesOf(workspace.id)).map((d) => d.event)).toEqual(["asset.submitted"]);
    await transitionAsset(db, { workspaceId: workspace.id, assetId, actorId: editor.id, role: "editor", action: "approve" });
    await transitionAsset(db, { workspaceId: workspace.id, assetId, actorId: editor.id, role: "editor", action: "publish" });
    const queued = await deliveriesOf(workspace.id);
    expect(queued.map((d) => d.event)).toEqual(["asset.submitted", "asset.approved", "asset.published"]);
    expect(new Set(queued.map((d) => d.eventId)).size).toBe(3);
    expect(queued[0]!.payload).toMatchObject({ asset: { id: assetId, version: 1, kind: "google-rsa" }, actor: { id: marketer.id } });
    expect(queued[1]!.payload).toMatchObject({ asset: { id: assetId, version: 1 }, actor: { id: editor.id }, validationOverridden: false });

    received.length = 0;
    await runJobsNow(workspace.id);
    expect(received).toHaveLength(3);
    const now = Math.floor(Date.now() / 1000);
    for (const delivery of received) {
      expect(verifySignature(secret, delivery.body, String(delivery.headers[SIGNATURE_HEADER]), now)).toBe(true);
      const body = webhookEventBodySchema.parse(JSON.parse(delivery.body));
      expect(delivery.headers[WEBHOOK_HEADERS.event]).toBe(body.event);
      expect(delivery.headers[WEBHOOK_HEADERS.eventId]).toBe(body.id);
      expect(body.id).toBe(queued.find((q) => q.event === body.event)!.eventId);
    }
    const published = WEBHOOK_EVENT_SCHEMAS["asset.published"].parse(JSON.parse(received.find((r) => r.headers[WEBHOOK_HEADERS.event] === "asset.published")!.body));
    expect(published).toMatchObject({ asset: { id: assetId, version: 1 }, content: { kind: "google-rsa" } });

    // A redelivery is the same event: receivers dedupe on its id.
    const first = received.find((r) => r.headers[WEBHOOK_HEADERS.event] === "asset.approved")!;
    await redeliver(db, { workspaceId: workspace.id, deliveryId: queued[1]!.id });
    received.length = 0;
    await runJobsNow(workspace.id);
    expect(JSON.parse(received[0]!.body).id).toBe(JSON.parse(first.body).id);
    const log = await listDeliveries(db, { workspaceId: workspace.id });
    expect(log.map((d) => d.event).sort()).toEqual(["asset.approved", "asset.published", "asset.submitted"]);
  });

  it("sends an endpoint only the events it chose", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { assetId, marketer, editor } = await draftIn(workspace.id);
    await connect(workspace.id); // the default: published only
    await submitForReview(db, { workspaceId: workspace.id, assetId, userId: marketer.id, role: "marketer" });
    await transitionAsset(db, { workspaceId: workspace.id, assetId, actorId: editor.id, role: "editor", action: "approve" });
    expect(await deliveriesOf(workspace.id)).toHaveLength(0);
    await transitionAsset(db, { workspaceId: workspace.id, assetId, actorId: editor.id, role: "editor", action: "publish" });
    expect((await deliveriesOf(workspace.id)).map((d) => d.event)).toEqual(["asset.published"]);
  });

  it("sends nothing for a transition whose transaction rolls back", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { assetId, marketer } = await draftIn(workspace.id);
    await connect(workspace.id, [...WEBHOOK_EVENT_TYPES]);
    await expect(
      db.transaction(async (tx) => {
        await submitForReview(tx, { workspaceId: workspace.id, assetId, userId: marketer.id, role: "marketer" });
        expect(await tx.select().from(webhookDeliveries).where(eq(webhookDeliveries.workspaceId, workspace.id))).toHaveLength(1);
        throw new Error("audit write failed");
      }),
    ).rejects.toThrow("audit write failed");
    expect(await deliveriesOf(workspace.id)).toHaveLength(0);
    expect(await db.select().from(jobs).where(and(eq(jobs.workspaceId, workspace.id), eq(jobs.type, "webhooks.deliver")))).toHaveLength(0);
  });
});

describe("import.finished", () => {
  it("reports a knowledge upload once when its ingestion ends, with counts, and a failed one as failed", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await connect(workspace.id, ["import.finished"]);
    const good = await addTextSource(workspace.id, "# Care\n\nWash the Fjell jacket at 30 degrees and reproof it once a season.");
    await runIngestion(workspace.id);
    const [done] = await deliveriesOf(workspace.id);
    expect(done!.event).toBe("import.finished");
    expect(done!.payload).toMatchObject({ import: { kind: "knowledge_source", jobId: good.jobId, status: "succeeded", error: null, versions: { total: 1, indexed: 1, failed: 0 }, feed: null } });

    await addTextSource(workspace.id, "", { title: "Broken PDF", format: "pdf", fileName: "broken.pdf", bytes: new TextEncoder().encode("%PDF-1.4\nnot a pdf") });
    await runIngestion(workspace.id);
    const all = await deliveriesOf(workspace.id);
    expect(all.filter((d) => d.event === "import.finished")).toHaveLength(2);
    expect(all.at(-1)!.payload).toMatchObject({ import: { status: "failed", versions: { total: 1, indexed: 0, failed: 1 } } });
    // Running the jobs again (the deliveries) reports no import a second time.
    await runJobsNow(workspace.id);
    expect((await deliveriesOf(workspace.id)).filter((d) => d.event === "import.finished")).toHaveLength(2);
    expect(received.some((r) => r.headers[WEBHOOK_HEADERS.event] === "import.finished")).toBe(true);
  });

  it("reports a job that failed for good once, with its error, and nothing while it still retries", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await connect(workspace.id, ["import.finished"]);
    const added = await addTextSource(workspace.id, "A page that the provider never embeds.");
    const [job] = await db.select().from(jobs).where(eq(jobs.id, added.jobId!));
    const context = { db, job: job!, reportProgress: async () => {}, keepAlive: () => {} };
    await onIngestFailure(context, { message: "The embedding provider timed out.", willRetry: true });
    expect(await deliveriesOf(workspace.id)).toHaveLength(0);
    await onIngestFailure(context, { message: "The embedding provider timed out.", willRetry: false });
    await onIngestFailure(context, { message: "The embedding provider timed out.", willRetry: false });
    const deliveries = await deliveriesOf(workspace.id);
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.payload).toMatchObject({ import: { status: "failed", error: "The embedding provider timed out.", versions: { total: 1, failed: 1 } } });
  });

  it("reports a product feed import with what it did to the catalog, also when nothing changed", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await connect(workspace.id, ["import.finished"]);
    const mapping = { id: "id", name: "name", description: "description" };
    const text = "id,name,description\nP-1,Fjell Jacket,A light waterproof shell.\nP-2,Polar Parka,Down parka rated to minus thirty.\n,Nameless,no id";
    const feedImport = () => db.transaction((tx) => importFeed(tx, { workspaceId: workspace.id, actorId: "usr_test", feedName: "Shop", text, mapping, classification: "public", language: "en" }));
    const first = await feedImport();
    expect(await deliveriesOf(workspace.id)).toHaveLength(0); // not finished until indexed
    await runIngestion(workspace.id);
    const [indexed] = await deliveriesOf(workspace.id);
    expect(indexed!.payload).toMatchObject({
      import: { kind: "product_feed", jobId: first.jobId, status: "succeeded", versions: { total: 2, indexed: 2 }, feed: { id: first.feedId, name: "Shop", created: 2, updated: 0, unchanged: 0, retired: 0, skippedRows: 1 } },
    });
    await feedImport(); // the same file again: no job, finished at once
    const again = (await deliveriesOf(workspace.id)).at(-1)!;
    expect(again.payload).toMatchObject({ import: { kind: "product_feed", jobId: null, status: "succeeded", versions: { total: 0 }, feed: { unchanged: 2, created: 0 } } });
    expect(WEBHOOK_EVENT_SCHEMAS["import.finished"].shape.import.safeParse((again.payload as { import: unknown }).import).success).toBe(true);
  });
});
