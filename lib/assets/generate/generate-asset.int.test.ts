import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { assetVersions, assets } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { setUpBrand, streamingModel } from "@/lib/testing/asset-fixtures";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "@/lib/ai/routing/circuit-breaker";
import { saveGeneratedDraft } from "@/lib/assets/drafts/save-generated-draft";
import { generateAsset } from "./generate-asset";
import { getBudgetStatus } from "@/lib/ai/routing/budget";
import type { BriefInput } from "./brief";
import { ASSET_PROMPT_VERSION } from "@/lib/ai/tasks/generate-asset/prompt";
import { useTestModels } from "@/lib/testing/routed-models";

const fjellChunk = (prompt: string) => /<source id="(chk_[A-Za-z0-9_-]+)" title="Fjell Jacket"/.exec(prompt)![1]!;

function rsa(prompt: string, firstHeadline = "Fjell Jacket") {
  const chunk = fjellChunk(prompt);
  const cite = (text: string) => ({ text, citations: [chunk], pin: null });
  return JSON.stringify({
    kind: "google-rsa",
    language: "en",
    headlines: [cite(firstHeadline), cite("Three-layer hardshell"), cite("Only 420 g")],
    descriptions: [cite("A three-layer hardshell with taped seams."), cite("It weighs 420 g and keeps a 20,000 mm water column.")],
    path1: "jackets",
    path2: "fjell",
    finalUrl: "https://nordlicht.example/p/fjell",
    utm: { source: "google", medium: "cpc", campaign: "fjell_jacket", content: null, term: null },
  });
}

function overrides(models: Record<string, ReturnType<typeof streamingModel>["model"]>) {
  const catalog = Object.keys(models).map((id, index) => mockCatalogEntry(id, { quality: index === 0 ? "premium" : "standard" }));
  return {
    catalog,
    configuredProviders: new Set(catalog.map((c) => c.provider)),
    breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    sleep: async () => {},
    resolveLanguageModel: (entry: { id: string }) => models[entry.id]!,
  };
}

async function setUp() {
  const workspace = await createTestWorkspace();
  const user = await createTestUser();
  const ids = await setUpBrand(workspace.id);
  const brief: BriefInput = { productSourceId: ids.fjellId, topic: "", audience: "hikers", goal: "sell", assetKinds: ["google-rsa"], language: "en", tone: "", keywords: ["hardshell"] };
  return { workspace, user, brief, ...ids };
}

describe("asset generation pipeline", () => {
  it("sends the exact validation errors back and accepts the repaired output", async () => {
    const { workspace, user, brief } = await setUp();
    const a = streamingModel("a:model", (call, prompt) => (call === 0 ? rsa(prompt, "Fjell Jacket keeps you dry on every trail") : rsa(prompt)));
    useTestModels({ tasks: ["ad-variants"], ...overrides({ "a:model": a.model }) });
    const result = await generateAsset(await getDb(), { workspaceId: workspace.id, userId: user.id, role: "marketer", brief, kind: "google-rsa" });
    expect(result.validation.valid).toBe(true);
    expect(result.isBestEffort).toBe(false);
    expect(a.prompts).toHaveLength(2);
    expect(a.prompts[1]).toContain("headlines[0].text");
    expect(a.prompts[1]).toMatch(/at most 30/);
    expect(result.provenance.attempts).toEqual([
      { modelId: "a:model", outcome: "invalid", repairRound: 0, errors: 1 },
      { modelId: "a:model", outcome: "valid", repairRound: 1, errors: 0 },
    ]);
  });

  it("does not keep an invalid first answer in the cache: the same brief again reaches the model", async () => {
    const { workspace, user, brief } = await setUp();
    const a = streamingModel("a:model", (call, prompt) => (call === 0 ? rsa(prompt, "Fjell Jacket keeps you dry on every trail") : rsa(prompt)));
    const db = await getDb();
    useTestModels({ tasks: ["ad-variants"], ...overrides({ "a:model": a.model }) });
    const generate = () => generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", brief, kind: "google-rsa" });
    const first = await generate();
    expect(first.provenance.attempts.map((x) => x.outcome)).toEqual(["invalid", "valid"]);
    const second = await generate();
    // Had the invalid first answer stayed cached, this would start with a replayed "invalid".
    expect(second.provenance.attempts.map((x) => x.outcome)).toEqual(["valid"]);
    expect(a.prompts).toHaveLength(3);
  });

  it("treats a number missing from the cited source as an error to repair", async () => {
    const { workspace, user, brief } = await setUp();
    const a = streamingModel("a:model", (call, prompt) => (call === 0 ? rsa(prompt, "Now only 299 EUR") : rsa(prompt)));
    useTestModels({ tasks: ["ad-variants"], ...overrides({ "a:model": a.model }) });
    const result = await generateAsset(await getDb(), { workspaceId: workspace.id, userId: user.id, role: "marketer", brief, kind: "google-rsa" });
    expect(a.prompts[1]).toMatch(/299/);
    expect(a.prompts[1]).toContain("grounding");
    expect(result.validation.valid).toBe(true);
  });

  it("falls back to the next model after two failed repairs, and returns the best attempt when all fail", async () => {
    const { workspace, user, brief } = await setUp();
    const invalid = (_: number, prompt: string) => rsa(prompt, "Fjell Jacket keeps you dry on every trail");
    const a = streamingModel("a:model", invalid);
    const b = streamingModel("b:model", (_, prompt) => rsa(prompt));
    const db = await getDb();
    useTestModels({ tasks: ["ad-variants"], ...overrides({ "a:model": a.model, "b:model": b.model }) });
    const fallback = await generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", brief, kind: "google-rsa" });
    expect(a.prompts).toHaveLength(3);
    expect(fallback.provenance.model).toBe("b:model");
    expect(fallback.validation.valid).toBe(true);
    // Every streamed round reached a provider (1,000 in + 300 out tokens at $10/M = $0.013):
    // three invalid rounds on a, one valid on b — all on the budget, none lost with the fallback.
    expect((await getBudgetStatus(db, { workspaceId: workspace.id })).spentUsd).toBeCloseTo(4 * 0.013);
    expect(fallback.provenance.costUsd).toBeCloseTo(4 * 0.013);

    const only = streamingModel("a:model", invalid);
    useTestModels({ tasks: ["ad-variants"], ...overrides({ "a:model": only.model }) });
    const best = await generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", brief, kind: "google-rsa" });
    expect(best.isBestEffort).toBe(true);
    expect(best.validation.valid).toBe(false);
    expect(best.validation.issues.map((i) => i.path)).toContain("headlines[0].text");
  });

  it("never sends personal data from the brief to the model", async () => {
    const { workspace, user, brief } = await setUp();
    const a = streamingModel("a:model", (_, prompt) => rsa(prompt));
    useTestModels({ tasks: ["ad-variants"], ...overrides({ "a:model": a.model }) });
    const result = await generateAsset(await getDb(), {
      workspaceId: workspace.id,
      userId: user.id,
      role: "marketer",
      brief: { ...brief, audience: "hikers like anna.schmidt@example.de", goal: "call +49 170 1234567 for wholesale" },
      kind: "google-rsa",
    });
    expect(a.prompts[0]).not.toContain("anna.schmidt@example.de");
    expect(a.prompts[0]).not.toContain("1234567");
    expect(a.prompts[0]).toContain("[EMAIL_1]");
    expect(result.provenance.redactions).toBe(2);
  });

  it("maps the placeholders the model echoes back to the values the brief gave, in the saved draft only", async () => {
    const { workspace, user, brief } = await setUp();
    const db = await getDb();
    const a = streamingModel("a:model", (_, prompt) => {
      const asset = JSON.parse(rsa(prompt)) as { descriptions: { text: string }[] };
      asset.descriptions[1]!.text = "Ask [PERSON_1] on [PHONE_1] about the Fjell Jacket.";
      return JSON.stringify(asset);
    });
    useTestModels({ tasks: ["ad-variants"], ...overrides({ "a:model": a.model }) });
    const generated = await generateAsset(db, {
      workspaceId: workspace.id,
      userId: user.id,
      role: "marketer",
      brief: { ...brief, goal: "Ansprechpartnerin: Anna Schmidt, Tel. 030 1234567" },
      kind: "google-rsa",
    });
    // The model gets placeholders only.
    expect(a.prompts.join("\n")).toContain("[PERSON_1]");
    expect(a.prompts.join("\n")).toContain("[PHONE_1]");
    expect(a.prompts.join("\n")).not.toContain("Anna Schmidt");
    expect(a.prompts.join("\n")).not.toContain("1234567");
    // The marketer's own values are in the validated asset, and it is valid with them.
    expect(generated.validation.valid).toBe(true);
    expect(JSON.stringify(generated.content)).toContain("Ask Anna Schmidt on 030 1234567 about the Fjell Jacket.");

    const saved = await saveGeneratedDraft(db, { workspaceId: workspace.id, userId: user.id, actorLabel: user.email, generated, idempotencyKey: null, briefAt: new Date() });
    const [version] = await db.select().from(assetVersions).where(eq(assetVersions.assetId, saved.assetId));
    expect(JSON.stringify(version!.content)).toContain("Ask Anna Schmidt on 030 1234567 about the Fjell Jacket.");
    expect(version!.validation.valid).toBe(true);
    // Provenance keeps the redacted brief: placeholders, never the values.
    const provenance = JSON.stringify(version!.provenance);
    expect(provenance).toContain("[PERSON_1]");
    expect(provenance).toContain("[PHONE_1]");
    expect(provenance).not.toContain("Anna Schmidt");
    expect(provenance).not.toContain("1234567");
  });

  it("stores the draft with its full provenance, once per idempotency key", async () => {
    const { workspace, user, brief, fjellId } = await setUp();
    const db = await getDb();
    const a = streamingModel("a:model", (_, prompt) => rsa(prompt));
    useTestModels({ tasks: ["ad-variants"], ...overrides({ "a:model": a.model }) });
    const generated = await generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", brief, kind: "google-rsa" });
    const save = () => saveGeneratedDraft(db, { workspaceId: workspace.id, userId: user.id, actorLabel: user.email, generated, idempotencyKey: "request:1:google-rsa", briefAt: new Date() });
    const first = await save();
    const second = await save();
    expect(second).toEqual({ ...first, created: false });
    const [asset] = await db.select().from(assets).where(eq(assets.id, first.assetId));
    expect(asset).toMatchObject({ state: "draft", kind: "google-rsa", productSourceId: fjellId, title: "Fjell Jacket", currentVersion: 1 });
    const [version] = await db.select().from(assetVersions).where(eq(assetVersions.assetId, first.assetId));
    expect(version!.provenance).toMatchObject({ templateVersion: ASSET_PROMPT_VERSION, model: "a:model", isLocalExtractive: false, tokens: { input: 1000, output: 300 } });
    expect(version!.provenance!.chunks.length).toBeGreaterThan(0);
    expect(version!.provenance!.routerCallIds).toHaveLength(1);
    expect(version!.provenance!.routeReasons[0]).toMatchObject({ modelId: "a:model", outcome: "candidate" });
    expect(version!.validation.valid).toBe(true);
    // Only the chosen product's facts: the other product's chunks are not in the context.
    const sourcesBlock = a.prompts[0]!.slice(a.prompts[0]!.indexOf("\n<sources>\n"));
    expect(sourcesBlock).toContain("Fjell Jacket");
    expect(sourcesBlock).not.toContain("Sarek Boot");
  });

  it("stores omissions beside the content: the model's own and a code no source names, even when the model stays silent", async () => {
    const { workspace, user, brief } = await setUp();
    const db = await getDb();
    const withOmission = (prompt: string) => JSON.stringify({ ...JSON.parse(rsa(prompt)), omissions: [{ item: "Free shipping", reason: "No source states it." }] });
    const a = streamingModel("a:model", (_, prompt) => withOmission(prompt));
    useTestModels({ tasks: ["ad-variants"], ...overrides({ "a:model": a.model }) });
    const generated = await generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", brief: { ...brief, goal: "Push the sale with code SAVE40" }, kind: "google-rsa" });
    expect(generated.omissions.map((omission) => omission.item)).toEqual(["Free shipping", "Discount code SAVE40"]);
    expect(generated.content).not.toHaveProperty("omissions");
    const saved = await saveGeneratedDraft(db, { workspaceId: workspace.id, userId: user.id, actorLabel: user.email, generated, idempotencyKey: null, briefAt: new Date() });
    const [version] = await db.select().from(assetVersions).where(eq(assetVersions.assetId, saved.assetId));
    expect(version!.omissions).toEqual(generated.omissions);
    expect(version!.content).not.toHaveProperty("omissions");
  });
});
