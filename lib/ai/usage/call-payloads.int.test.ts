import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { modelCallPayloads } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { loadRoutingSettings } from "../router";
import { saveRetentionPeriods } from "@/lib/data-protection/retention/settings";
import { ALL_DEFAULTS } from "@/lib/data-protection/retention/periods";
import type { SentRequest } from "./accounting-middleware";
import { listCallPayloads, storeCallPayload } from "./call-payloads";

const sent = (modelId: string, hosting: string, text: string): SentRequest => ({ modelId, hosting, messages: [{ role: "user", text }], usageEstimated: false, inputTokens: 1, outputTokens: 1 });

async function backdate(callId: string, days: number) {
  const db = await getDb();
  await db.update(modelCallPayloads).set({ createdAt: sql`now() - make_interval(days => ${days}::int)` }).where(eq(modelCallPayloads.callId, callId));
}

describe("what leaves: stored payloads and their retention", () => {
  it("keeps what went outside this server, as sent, and leaves local requests out", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await storeCallPayload(db, { workspaceId: workspace.id, callId: "mc_1", retentionDays: 30, requests: [sent("openai:gpt", "external", "Write about [PERSON_1]"), sent("local:extractive-v1", "local", "same")] });
    await storeCallPayload(db, { workspaceId: workspace.id, callId: "mc_local", retentionDays: 30, requests: [sent("local:extractive-v1", "local", "only local")] });
    const payloads = await listCallPayloads(db, { workspaceId: workspace.id, callIds: ["mc_1", "mc_local"], retentionDays: 30 });
    expect(payloads.get("mc_1")).toEqual([{ modelId: "openai:gpt", hosting: "external", messages: [{ role: "user", text: "Write about [PERSON_1]" }] }]);
    expect(payloads.has("mc_local")).toBe(false);
  });

  it("drops payloads past the retention on read and on the next write, and stores nothing at 0 days", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace("Other");
    await storeCallPayload(db, { workspaceId: workspace.id, callId: "mc_old", retentionDays: 30, requests: [sent("openai:gpt", "external", "old")] });
    await storeCallPayload(db, { workspaceId: other.id, callId: "mc_other", retentionDays: 30, requests: [sent("openai:gpt", "external", "other")] });
    await backdate("mc_old", 31);
    await backdate("mc_other", 31);
    await storeCallPayload(db, { workspaceId: workspace.id, callId: "mc_new", retentionDays: 30, requests: [sent("openai:gpt", "external", "new")] });
    const rows = await db.select({ id: modelCallPayloads.callId }).from(modelCallPayloads).where(eq(modelCallPayloads.workspaceId, workspace.id));
    expect(rows.map((r) => r.id)).toEqual(["mc_new"]);
    // Another workspace's rows follow its own purge (here: on read).
    expect((await listCallPayloads(db, { workspaceId: other.id, callIds: ["mc_other"], retentionDays: 30 })).size).toBe(0);

    await backdate("mc_new", 5);
    expect((await listCallPayloads(db, { workspaceId: workspace.id, callIds: ["mc_new"], retentionDays: 7 })).size).toBe(1);
    expect((await listCallPayloads(db, { workspaceId: workspace.id, callIds: ["mc_new"], retentionDays: 3 })).size).toBe(0);

    await storeCallPayload(db, { workspaceId: workspace.id, callId: "mc_zero", retentionDays: 0, requests: [sent("openai:gpt", "external", "not kept")] });
    expect(await db.select().from(modelCallPayloads).where(eq(modelCallPayloads.callId, "mc_zero"))).toEqual([]);
  });

  it("an admin's stored-prompt period (a workspace retention period) is what the router reads; 0 deletes what was kept", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    expect((await loadRoutingSettings(db, workspace.id)).payloadRetentionDays).toBe(30);
    await storeCallPayload(db, { workspaceId: workspace.id, callId: "mc_kept", retentionDays: 30, requests: [sent("openai:gpt", "external", "kept")] });
    await saveRetentionPeriods(db, { workspaceId: workspace.id, userId: "usr_admin", periods: { ...ALL_DEFAULTS, prompts: 0 } });
    expect((await loadRoutingSettings(db, workspace.id)).payloadRetentionDays).toBe(0);
    expect(await db.select().from(modelCallPayloads).where(eq(modelCallPayloads.workspaceId, workspace.id))).toEqual([]);
  });
});
