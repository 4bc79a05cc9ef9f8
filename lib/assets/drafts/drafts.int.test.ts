import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { MockLanguageModelV4 } from "ai/test";
import { textResult } from "@/lib/testing/mock-models";
import { restoreVersion } from "@/lib/review/versions";
import { getDb } from "@/lib/db/client";
import { assets, assetVersions } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { setUpBrand, streamingModel } from "@/lib/testing/asset-fixtures";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "@/lib/ai/routing/circuit-breaker";
import { generateAsset } from "@/lib/assets/generate/generate-asset";
import { exportAsset } from "@/lib/assets/export/export-asset";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { saveBrandSettings } from "@/lib/assets/brand/brand-settings";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import { saveGeneratedDraft } from "./save-generated-draft";
import { editAsset } from "./edit-asset";
import { submitForReview } from "./submit-for-review";
import { useTestModels } from "@/lib/testing/routed-models";

async function draftFixture() {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const author = await createTestUser();
  const { fjellId } = await setUpBrand(workspace.id);
  const model = streamingModel("a:model", (_, prompt) => {
    const chunk = /<source id="(chk_[A-Za-z0-9_-]+)" title="Fjell Jacket"/.exec(prompt)![1]!;
    const cite = (text: string) => ({ text, citations: [chunk], pin: null });
    return JSON.stringify({
      kind: "google-rsa",
      language: "en",
      headlines: [cite("Fjell Jacket"), cite("Three-layer hardshell"), cite("Only 420 g")],
      descriptions: [cite("A three-layer hardshell with taped seams."), cite("It weighs 420 g and keeps a 20,000 mm water column.")],
      path1: "jackets",
      path2: null,
      finalUrl: "https://nordlicht.example/p/fjell",
      utm: { source: "google", medium: "cpc", campaign: "fjell_jacket", content: null, term: null },
    });
  });
  const catalog = [mockCatalogEntry("a:model")];
  useTestModels({ tasks: ["ad-variants"], catalog, configuredProviders: new Set(["a"]), breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS), resolveLanguageModel: () => model.model });
  const generated = await generateAsset(db, {
    workspaceId: workspace.id,
    userId: author.id,
    role: "marketer",
    brief: { productSourceId: fjellId, topic: "", audience: "", goal: "", assetKinds: ["google-rsa"], language: "en", tone: "", keywords: [] },
    kind: "google-rsa",
  });
  const { assetId } = await saveGeneratedDraft(db, { workspaceId: workspace.id, userId: author.id, actorLabel: author.email, generated, idempotencyKey: null, briefAt: new Date() });
  return { db, workspace, author, assetId, content: generated.content as GoogleRsa };
}

describe("drafts: edits, versions, submission and export", () => {
  it("saves an edit as a new version, re-validates it, and refuses a stale base version", async () => {
    const { db, workspace, author, assetId, content } = await draftFixture();
    const edited = { ...content, headlines: [...content.headlines, { text: "Best jacket in the world!!", citations: content.headlines[0]!.citations, pin: null }] };
    const saved = await editAsset(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer", baseVersion: 1, content: edited });
    expect(saved.version).toBe(2);
    expect(saved.validation.valid).toBe(false);
    expect(saved.validation.issues.map((i) => i.path)).toContain("headlines[3].text");

    const stale = await editAsset(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer", baseVersion: 1, content }).catch((e: unknown) => e);
    expect(stale).toMatchObject({ code: "conflict", message: expect.stringContaining("version 2") });
    const versions = await db.select().from(assetVersions).where(eq(assetVersions.assetId, assetId));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
    expect(versions.find((v) => v.version === 1)!.content).toEqual(content);
  });

  it("checks brand rules on every edit", async () => {
    const { db, workspace, author, assetId, content } = await draftFixture();
    await saveBrandSettings(db, { workspaceId: workspace.id, userId: "usr_test", siteUrl: "https://nordlicht.example", languages: ["en"], rules: { ...EMPTY_BRAND_RULES, bannedTerms: [{ term: "hardshell", reason: "say shell jacket" }] } });
    const result = await editAsset(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer", baseVersion: 1, content });
    expect(result.validation.issues.some((i) => i.severity === "error" && i.message.includes("hardshell"))).toBe(true);
  });

  it("lets a marketer change only their own assets, and submit drafts once", async () => {
    const { db, workspace, author, assetId, content } = await draftFixture();
    const other = await createTestUser();
    await expect(editAsset(db, { workspaceId: workspace.id, assetId, userId: other.id, role: "marketer", baseVersion: 1, content })).rejects.toMatchObject({ code: "forbidden" });
    await expect(submitForReview(db, { workspaceId: workspace.id, assetId, userId: other.id, role: "marketer" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(submitForReview(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer" })).resolves.toMatchObject({ state: "in_review" });
    await expect(submitForReview(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer" })).rejects.toMatchObject({ code: "conflict" });
    await expect(editAsset(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer", baseVersion: 1, content })).rejects.toMatchObject({ code: "conflict" });
    const [row] = await db.select().from(assets).where(eq(assets.id, assetId));
    expect(row!.submittedAt).not.toBeNull();
  });

  it("exports a responsive search ad for Google Ads Editor and as JSON, and not as an HTML head", async () => {
    const { db, workspace, assetId } = await draftFixture();
    const csv = await exportAsset(db, { workspaceId: workspace.id, assetId, format: "google-ads-csv" });
    expect(csv.body).toContain("Headline 1");
    expect(csv.body).toContain("Fjell Jacket");
    expect(csv.body).toContain("utm_source=google");
    const json = JSON.parse((await exportAsset(db, { workspaceId: workspace.id, assetId, format: "json" })).body);
    expect(json).toMatchObject({ format: "brandpilot.asset", assetId, version: 1, state: "draft", kind: "google-rsa" });
    await expect(exportAsset(db, { workspaceId: workspace.id, assetId, format: "html-head" })).rejects.toMatchObject({ code: "invalid_input" });
    const outsider = await createTestWorkspace();
    await expect(exportAsset(db, { workspaceId: outsider.id, assetId, format: "json" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("keeps the omission notes on an edit and on a restore: the reviewer still sees what was left out", async () => {
    const { db, workspace, author, assetId, content } = await draftFixture();
    const omissionsOf = async (version: number) =>
      (await db.select({ omissions: assetVersions.omissions }).from(assetVersions).where(and(eq(assetVersions.assetId, assetId), eq(assetVersions.version, version))))[0]!.omissions;
    const generatedNotes = [{ item: "Price", reason: "No source states a current price." }];
    await db.update(assetVersions).set({ omissions: generatedNotes }).where(and(eq(assetVersions.assetId, assetId), eq(assetVersions.version, 1)));

    const edited = { ...content, path2: "hardshell" };
    await editAsset(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer", baseVersion: 1, content: edited });
    expect(await omissionsOf(2)).toEqual(generatedNotes);

    const laterNotes = [{ item: "Warranty", reason: "Not in the sources." }];
    await db.update(assetVersions).set({ omissions: laterNotes }).where(and(eq(assetVersions.assetId, assetId), eq(assetVersions.version, 2)));
    await editAsset(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer", baseVersion: 2, content: { ...edited, path2: "shell" } });
    expect(await omissionsOf(3)).toEqual(laterNotes);

    // A restore brings back the restored version's text, and with it what that text left out.
    await restoreVersion(db, { workspaceId: workspace.id, assetId, version: 1, userId: author.id, role: "marketer" });
    expect(await omissionsOf(4)).toEqual(generatedNotes);
  });

  it("judges an edit before locking the asset, and refuses it when another save lands while the judge runs", async () => {
    const { db, workspace, author, assetId, content } = await draftFixture();
    const verdict = { checks: [{ id: "tone_matches_guide", label: "Calm tone", passed: true, reason: "Calm throughout." }] };
    // The hosted judge is slow; meanwhile a colleague saves version 2. Were the judge called
    // under the lock, after the version check, this edit would silently land on top of theirs.
    const judge = new MockLanguageModelV4({
      provider: "ext",
      modelId: "ext:judge",
      doGenerate: async () => {
        await db.insert(assetVersions).values({ id: `astv_concurrent_${assetId}`, assetId, workspaceId: workspace.id, version: 2, content, validation: { valid: true, issues: [], counts: { errors: 0, warnings: 0 } }, compliance: null, provenance: null, createdBy: author.id });
        await db.update(assets).set({ currentVersion: 2 }).where(eq(assets.id, assetId));
        return textResult(JSON.stringify(verdict));
      },
    });
    useTestModels({ tasks: ["judge"], catalog: [mockCatalogEntry("ext:judge")], configuredProviders: new Set(["ext"]), breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS), resolveLanguageModel: () => judge });

    const saved = await editAsset(db, { workspaceId: workspace.id, assetId, userId: author.id, role: "marketer", baseVersion: 1, content: { ...content, path2: "hardshell" } }).catch((e: unknown) => e);
    expect(judge.doGenerateCalls).toHaveLength(1);
    expect(saved).toMatchObject({ code: "conflict", message: expect.stringContaining("version 2") });
    const versions = await db.select({ version: assetVersions.version }).from(assetVersions).where(eq(assetVersions.assetId, assetId));
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
  });
});
