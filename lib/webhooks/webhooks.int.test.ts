import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { jobs, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { allowPrivateNetworks } from "@/lib/testing/network-fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { runIngestion } from "@/lib/testing/knowledge-fixtures";
import { submitForReview } from "@/lib/assets/drafts/submit-for-review";
import { transitionAsset } from "@/lib/review/transition-asset";
import { listDeliveries } from "./delivery-log";
import { redeliver } from "./enqueue-delivery";
import { saveWebhook, getWebhookView } from "./webhook-settings";
import { SIGNATURE_HEADER, verifySignature } from "./sign";

type Received = { body: string; signature: string };
const received: Received[] = [];
let answers: number[] = [];
let server: Server;
let url = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ body, signature: String(request.headers[SIGNATURE_HEADER]) });
      if (request.url === "/hooks/moved") {
        response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/iam" }).end("moved");
        return;
      }
      const status = answers.shift() ?? 200;
      response.writeHead(status, { "content-type": "text/plain" });
      response.end(status === 200 ? "stored" : "CMS down for maintenance");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/brandpilot`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function publishedAsset() {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const marketer = await createTestUser();
  const editor = await createTestUser();
  const { fjellId } = await setUpBrand(workspace.id);
  const { assetId } = await createGeneratedDraft({ workspaceId: workspace.id, authorId: marketer.id, productSourceId: fjellId });
  // The test receiver is on 127.0.0.1: this workspace allows private networks, as an admin would for a CMS on the LAN.
  await allowPrivateNetworks(workspace.id);
  const { newSecret } = await saveWebhook(db, { workspaceId: workspace.id, userId: editor.id, url, isEnabled: true, rotateSecret: false });
  await submitForReview(db, { workspaceId: workspace.id, assetId, userId: marketer.id, role: "marketer" });
  await transitionAsset(db, { workspaceId: workspace.id, assetId, actorId: editor.id, role: "editor", action: "approve" });
  await transitionAsset(db, { workspaceId: workspace.id, assetId, actorId: editor.id, role: "editor", action: "publish" });
  return { db, workspaceId: workspace.id, assetId, secret: newSecret! };
}

/** Runs due jobs now, pulling retries scheduled for later to the present (no waiting for backoff). */
async function runDeliveriesNow(workspaceId: string) {
  const db = await getDb();
  await db.update(jobs).set({ runAt: sql`now()` }).where(eq(jobs.workspaceId, workspaceId));
  await runIngestion(workspaceId);
}

describe("webhook delivery of published assets", () => {
  it("posts the published version signed with the workspace's secret", async () => {
    const { db, workspaceId, assetId, secret } = await publishedAsset();
    received.length = 0;
    await runDeliveriesNow(workspaceId);
    expect(received).toHaveLength(1);
    const payload = JSON.parse(received[0]!.body);
    expect(payload).toMatchObject({ event: "asset.published", asset: { id: assetId, kind: "google-rsa", version: 1 }, content: { kind: "google-rsa" } });
    expect(verifySignature(secret, received[0]!.body, received[0]!.signature, Math.floor(Date.now() / 1000))).toBe(true);
    expect(verifySignature("wrong", received[0]!.body, received[0]!.signature, Math.floor(Date.now() / 1000))).toBe(false);
    const [log] = await listDeliveries(db, { workspaceId });
    expect(log).toMatchObject({ assetId, status: "delivered", attempts: 1, lastStatusCode: 200 });
    expect(log!.log[0]).toMatchObject({ statusCode: 200, responseExcerpt: "stored", error: null });
    expect((await getWebhookView(db, workspaceId))!.secretHint).toBe(`…${secret.slice(-4)}`);
  });

  it("retries a failing receiver, logs every response, fails after the last attempt, and redelivers on demand", async () => {
    const { db, workspaceId } = await publishedAsset();
    received.length = 0;
    answers = [500, 503];
    await runDeliveriesNow(workspaceId);
    let [log] = await listDeliveries(db, { workspaceId });
    expect(log).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500 });
    await runDeliveriesNow(workspaceId);
    await runDeliveriesNow(workspaceId);
    [log] = await listDeliveries(db, { workspaceId });
    expect(log).toMatchObject({ status: "delivered", attempts: 3, lastStatusCode: 200 });
    expect(log!.log.map((a) => a.statusCode)).toEqual([200, 503, 500]);
    // A failing receiver's answer is not stored: its status and a sentence are.
    expect(log!.log[2]).toMatchObject({ statusCode: 500, responseExcerpt: null, error: "The receiver answered HTTP 500." });

    // A receiver that never recovers: the delivery ends failed after the job's attempts.
    answers = [500, 500, 500, 500, 500];
    await redeliver(db, { workspaceId, deliveryId: log!.id });
    await expect(redeliver(db, { workspaceId, deliveryId: log!.id })).rejects.toMatchObject({ code: "conflict" });
    for (let i = 0; i < 5; i++) await runDeliveriesNow(workspaceId);
    const [failed] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, log!.id));
    expect(failed).toMatchObject({ status: "failed", attempts: 8 });
    expect(received).toHaveLength(8);
  });

  it("refuses private webhook addresses unless the workspace allows them, and link-local always", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const save = (target: string) => saveWebhook(db, { workspaceId: workspace.id, userId: "usr_x", url: target, isEnabled: true, rotateSecret: false });
    await expect(save("http://127.0.0.1:8080/hooks")).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/loopback/) });
    await expect(save("http://[fe90::1]/hooks")).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/link-local/) });
    await expect(save("http://cms.internal/hooks")).rejects.toMatchObject({ code: "invalid_input" });
    await allowPrivateNetworks(workspace.id);
    await expect(save("http://127.0.0.1:8080/hooks")).resolves.toMatchObject({ newSecret: expect.any(String) });
    await expect(save("http://169.254.169.254/latest")).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/link-local/) });
  });

  it("refuses at delivery a name that resolves to loopback (checked at connect time, not as written)", async () => {
    const { db, workspaceId } = await publishedAsset();
    // The name was accepted when saved (say it pointed elsewhere then) and resolves to 127.0.0.1 now.
    await allowPrivateNetworks(workspaceId, false);
    await db.update(webhookEndpoints).set({ url: url.replace("127.0.0.1", "localhost") }).where(eq(webhookEndpoints.workspaceId, workspaceId));
    received.length = 0;
    await runDeliveriesNow(workspaceId);
    expect(received).toHaveLength(0);
    const [log] = await listDeliveries(db, { workspaceId });
    expect(log).toMatchObject({ status: "pending", lastStatusCode: null });
    expect(log!.log[0]).toMatchObject({ statusCode: null, responseExcerpt: null, error: expect.stringMatching(/^Refused: localhost resolves to a loopback address/) });
  });

  it("does not follow a receiver's redirect (to the metadata address here) and stores none of its answer", async () => {
    const { db, workspaceId } = await publishedAsset();
    await db.update(webhookEndpoints).set({ url: url.replace("/hooks/brandpilot", "/hooks/moved") }).where(eq(webhookEndpoints.workspaceId, workspaceId));
    await runDeliveriesNow(workspaceId);
    const [log] = await listDeliveries(db, { workspaceId });
    expect(log!.log[0]).toMatchObject({ statusCode: null, responseExcerpt: null, error: expect.stringMatching(/HTTP 302 \(a redirect\)/) });
  });
});
