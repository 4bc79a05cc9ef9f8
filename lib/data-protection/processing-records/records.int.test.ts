import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { assets, assetVersions, auditLog, modelCallPayloads, modelCalls, webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { createTestWorkspace, createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { GET as downloadRecords } from "@/app/api/data-protection/records/route";
import { listProcessingRecords } from "./records";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const at = (iso: string) => new Date(iso);

async function seedProcessing(workspaceId: string) {
  const db = await getDb();
  const call = (id: string, task: string, createdAt: string, attempts: Record<string, unknown>[], extra: Partial<typeof modelCalls.$inferInsert> = {}) =>
    db.insert(modelCalls).values({ id: `${id}_${workspaceId}`, workspaceId, task, reasons: [], attempts, latencyMs: 1, createdAt: at(createdAt), ...extra });
  // A fallback: the first model timed out (it still received the prompt), the second answered.
  await call("mc1", "generate-asset", "2026-10-01T10:00:00Z", [
    { modelId: "openai:gpt-4.1", attempt: 1, outcome: "timeout", latencyMs: 1 },
    { modelId: "openai:gpt-4.1-mini", attempt: 1, outcome: "success", latencyMs: 1 },
  ]);
  await call("mc2", "rewrite-field", "2026-11-20T10:00:00Z", [{ modelId: "openai:gpt-4.1-mini", attempt: 1, outcome: "success", latencyMs: 1 }]);
  // Skipped by its open circuit, and a cache hit: neither sent anything.
  await call("mc3", "generate-asset", "2026-11-21T10:00:00Z", [
    { modelId: "openai:gpt-4.1", attempt: 0, outcome: "skipped_circuit_open", latencyMs: 0 },
    { modelId: "openai:gpt-4.1-mini", attempt: 1, outcome: "success", latencyMs: 1 },
  ]);
  await call("mc4", "generate-asset", "2026-11-22T10:00:00Z", [{ modelId: "openai:gpt-4.1-mini", attempt: 1, outcome: "success", latencyMs: 1 }], { cacheHit: "exact" });
  await call("mc5", "embed", "2026-11-23T10:00:00Z", [], { chosenModel: "local:local-hash-ngram-v1" });
  await db.insert(modelCallPayloads).values({
    callId: `mc6_${workspaceId}`,
    workspaceId,
    requests: [{ modelId: "mistral:mistral-embed", hosting: "external", kind: "embedding", messages: [{ role: "input", text: "Fjell" }] }],
    createdAt: at("2026-11-24T10:00:00Z"),
  });
  const assetId = createId("asset");
  await db.insert(assets).values({ id: assetId, workspaceId, kind: "google-rsa", title: "Fjell", language: "en", createdBy: "usr_x", briefAt: new Date() });
  await db.insert(assetVersions).values({
    id: createId("assetVersion"),
    assetId,
    workspaceId,
    version: 1,
    content: {} as never,
    validation: {} as never,
    createdBy: "usr_x",
    provenance: {
      brief: {}, templateVersion: "t", routerCallIds: [], model: "openai:gpt-4.1-mini", attempts: [], routeReasons: [], chunks: [], tokens: { input: 1, output: 1 }, costUsd: 0, latencyMs: 1, redactions: 1, isLocalExtractive: false,
      disclosure: { model: "openai:gpt-4.1-mini", fromCache: false, requests: [{ modelId: "openai:gpt-4.1-mini", hosting: "external", count: 1 }], redactions: [{ type: "email", count: 1 }] },
    },
  });
  await db.insert(webhookEndpoints).values({ workspaceId, url: "https://cms.example.com/hooks/brandpilot?token=s3cret", secret: "k" });
  for (const [id, attempts, createdAt] of [["d1", 1, "2026-09-01T00:00:00Z"], ["d2", 3, "2026-11-01T00:00:00Z"], ["d3", 0, "2026-12-01T00:00:00Z"]] as const) {
    await db.insert(webhookDeliveries).values({ id: `${id}_${workspaceId}`, workspaceId, assetId, version: 1, event: "asset.published", status: "delivered", attempts, createdAt: at(createdAt) });
  }
}

describe("records of processing", () => {
  it("lists every model that received data, with hosting, dates, calls, tasks and data kinds, and the webhook host", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace("Other");
    await seedProcessing(workspace.id);
    await seedProcessing(other.id);

    const records = await listProcessingRecords(db, { workspaceId: workspace.id });
    const byRecipient = Object.fromEntries(records.map((r) => [r.recipient, r]));
    expect(Object.keys(byRecipient).sort()).toEqual(["cms.example.com", "local:local-hash-ngram-v1", "mistral:mistral-embed", "openai:gpt-4.1", "openai:gpt-4.1-mini"]);
    expect(byRecipient["openai:gpt-4.1-mini"]).toMatchObject({
      provider: "openai",
      hosting: "hosted",
      region: "us",
      count: 3,
      purposes: ["generate-asset", "rewrite-field"],
      dataKinds: ["prompt text"],
      personalDataRemoved: "yes, recorded for 1 generated version",
      firstAt: at("2026-10-01T10:00:00Z"),
      lastAt: at("2026-11-21T10:00:00Z"),
    });
    // The timed-out attempt counts (the prompt reached it); the circuit-skipped one does not.
    expect(byRecipient["openai:gpt-4.1"]).toMatchObject({ count: 1, lastAt: at("2026-10-01T10:00:00Z"), personalDataRemoved: "not recorded" });
    expect(byRecipient["local:local-hash-ngram-v1"]).toMatchObject({ hosting: "local", count: 1, dataKinds: ["texts to embed"] });
    expect(byRecipient["mistral:mistral-embed"]).toMatchObject({ hosting: "hosted", count: 1, dataKinds: ["texts to embed"] });
    // Only the host: the URL's query holds a token. Deliveries that never went out do not count.
    expect(byRecipient["cms.example.com"]).toMatchObject({
      recipientType: "webhook",
      count: 2,
      purposes: ["asset.published"],
      firstAt: at("2026-09-01T00:00:00Z"),
      lastAt: at("2026-11-01T00:00:00Z"),
    });
    expect(JSON.stringify(records)).not.toContain("s3cret");
  });

  it("downloads as CSV and JSON for admins only, and audits the download", async () => {
    const db = await getDb();
    const { workspace, members, outsider } = await createWorkspaceWithEveryRole();
    await seedProcessing(workspace.id);
    const request = (format: string) => new Request(`http://localhost/api/data-protection/records?workspaceId=${workspace.id}&format=${format}`);

    signInAs(members.admin.id);
    const csv = await downloadRecords(request("csv"));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toBe("recipient_type,recipient,provider,hosting,region,first_sent,last_sent,count,purposes,data_kinds,personal_data_removed");
    expect(text).toContain("webhook,cms.example.com,webhook,external endpoint");
    const json = (await (await downloadRecords(request("json"))).json()) as { recipients: { recipient: string }[] };
    expect(json.recipients.map((r) => r.recipient)).toContain("openai:gpt-4.1-mini");
    expect(await db.select().from(auditLog).where(and(eq(auditLog.chainKey, workspace.id), eq(auditLog.action, "processing.export_records")))).toHaveLength(2);

    for (const role of ["marketer", "editor", "manager"] as const) {
      signInAs(members[role].id);
      expect((await downloadRecords(request("csv"))).status, role).toBe(403);
    }
    signInAs(outsider.id);
    expect((await downloadRecords(request("csv"))).status).toBe(404);
  });
});
