import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { generateText } from "ai";
import { getDb } from "@/lib/db/client";
import { webhookDeliveries } from "@/lib/db/schema";
import { allowPrivateNetworks } from "@/lib/testing/network-fixtures";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { scriptedModel, textResult } from "@/lib/testing/mock-models";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { useTestModels } from "@/lib/testing/routed-models";
import { routeModelCall } from "@/lib/ai/router";
import { budgetStatusFrom, recordUsage, setBudget } from "@/lib/ai/routing/budget";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "@/lib/ai/routing/circuit-breaker";
import { enqueueBudgetWarning } from "./budget-events";
import { saveWebhook } from "./webhook-settings";
import { WEBHOOK_EVENT_SCHEMAS, type WebhookEventType } from "./events";

// A paid mock model at $10 per million tokens: each call (1,000 in + 500 out) costs $0.015.
async function paidCall(workspaceId: string) {
  const catalog = [mockCatalogEntry("a:model")];
  useTestModels({
    tasks: ["seo-asset"],
    catalog,
    configuredProviders: new Set(catalog.map((c) => c.provider)),
    breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    timeoutMs: 1_000,
    sleep: async () => {},
    resolveLanguageModel: () => scriptedModel("a:model", [textResult("Dry on every trail", { input: 1_000, output: 500 })]),
  });
  return routeModelCall({
    db: await getDb(),
    workspaceId,
    userId: null,
    task: "seo-asset",
    request: { estimatedInputTokens: 1_000, estimatedOutputTokens: 500, containsUnredactedPersonalData: false, usesConfidentialContext: false },
    cache: false,
    run: async ({ model, signal }) => {
      const { text, usage } = await generateText({ model, prompt: "headline", abortSignal: signal, maxRetries: 0 });
      return { value: text, usage: { inputTokens: usage.inputTokens ?? 0, outputTokens: usage.outputTokens ?? 0 } };
    },
  });
}

async function budgetEvents(workspaceId: string) {
  const db = await getDb();
  const rows = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.workspaceId, workspaceId)).orderBy(webhookDeliveries.createdAt);
  return rows.filter((row) => row.event === "budget.warning").map((row) => (row.payload as { budget: { threshold: number; month: string } }).budget);
}

async function workspaceWithBudget(events: WebhookEventType[]) {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  await allowPrivateNetworks(workspace.id);
  await saveWebhook(db, { workspaceId: workspace.id, userId: "usr_admin", url: "http://127.0.0.1:9/hooks", isEnabled: true, rotateSecret: false, events });
  await setBudget(db, { workspaceId: workspace.id, monthlyCostLimitUsd: 1, monthlyTokenLimit: null });
  return workspace.id;
}

describe("budget.warning", () => {
  it("is queued once when a call crosses 80 %, not on the calls after it, and once more at the limit", async () => {
    const db = await getDb();
    const workspaceId = await workspaceWithBudget(["budget.warning"]);
    await recordUsage(db, { workspaceId, costUsd: 0.79, tokens: 0 });
    await paidCall(workspaceId); // 0.79 → 0.805: crosses 80 %
    await paidCall(workspaceId); // 0.82: still above, no second event
    expect(await budgetEvents(workspaceId)).toEqual([expect.objectContaining({ threshold: 80, costLimitUsd: 1 })]);

    await recordUsage(db, { workspaceId, costUsd: 0.17, tokens: 0 });
    await paidCall(workspaceId); // 0.99 → 1.005: the limit
    const events = await budgetEvents(workspaceId);
    expect(events.map((e) => e.threshold)).toEqual([80, 100]);
    const [row] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.workspaceId, workspaceId)).orderBy(webhookDeliveries.createdAt);
    expect(WEBHOOK_EVENT_SCHEMAS["budget.warning"].shape.budget.parse((row!.payload as { budget: unknown }).budget)).toMatchObject({ threshold: 80, message: expect.stringMatching(/80 % of the monthly cost budget/) });
  });

  it("is queued once however many calls or instances project the same crossing", async () => {
    const db = await getDb();
    const workspaceId = await workspaceWithBudget(["budget.warning"]);
    const month = new Date().toISOString().slice(0, 7);
    const before = budgetStatusFrom({ month, spentUsd: 0.7, tokens: 0, costLimitUsd: 1, tokenLimit: null });
    const after = budgetStatusFrom({ month, spentUsd: 0.85, tokens: 0, costLimitUsd: 1, tokenLimit: null });
    const results = await Promise.all([1, 2, 3].map(() => enqueueBudgetWarning(db, { workspaceId, before, after })));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await budgetEvents(workspaceId)).toHaveLength(1);
    // Another month is another period.
    const nextMonth = { ...before, month: "2099-01" };
    await enqueueBudgetWarning(db, { workspaceId, before: nextMonth, after: { ...after, month: "2099-01" } });
    expect((await budgetEvents(workspaceId)).map((e) => e.month)).toEqual([month, "2099-01"]);
  });

  it("is not queued for an endpoint that did not choose it", async () => {
    const db = await getDb();
    const workspaceId = await workspaceWithBudget(["asset.published"]);
    await recordUsage(db, { workspaceId, costUsd: 0.79, tokens: 0 });
    await paidCall(workspaceId);
    expect(await budgetEvents(workspaceId)).toHaveLength(0);
  });
});
