import { describe, expect, it, vi } from "vitest";
import { and, eq, like } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { assets, assetVersions, brandSettings, campaignOffers, campaigns, generationBatches, memberships, personas } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { setUpBrand, streamingModel } from "@/lib/testing/asset-fixtures";
import { runIngestion } from "@/lib/testing/knowledge-fixtures";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { useTestModels } from "@/lib/testing/routed-models";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "@/lib/ai/routing/circuit-breaker";
import type { Asset } from "@/lib/assets/schemas/asset";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { startBatch, type BatchBrief } from "@/lib/assets/batch/manage-batch";
import { generateAsset } from "@/lib/assets/generate/generate-asset";
import { editAsset } from "@/lib/assets/drafts/edit-asset";
import { POST } from "@/app/api/assets/generate/route";
import type { UtmConvention } from "./utm-convention-schema";
import { listCampaignOptions } from "./campaign-options";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const CONVENTION: UtmConvention = {
  campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}",
  brandToken: "nl",
  separator: "_",
  lowercase: true,
  allowedCharacters: "alphanumeric-dash-underscore",
  maxLength: 80,
  sourceMedium: { "meta-ad": { source: "facebook", medium: "paid_social" } },
};
// Far ahead, so the offer never ends while this test is kept.
const OFFER = { code: "TRAIL15", value: "15 %", validUntil: "2099-05-31" };
const END_DATE = "31 May 2099";
const LANDING_PAGE = "https://nordlicht.example/trail";

/** A workspace with the Nordlicht knowledge base, a UTM convention, and a campaign with a persona and one offer. */
async function setUp() {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const user = await createTestUser();
  await db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "marketer" });
  const { fjellId, sarekId } = await setUpBrand(workspace.id);
  await db.update(brandSettings).set({ utmConvention: CONVENTION }).where(eq(brandSettings.workspaceId, workspace.id));
  const personaId = createId("persona");
  await db.insert(personas).values({ id: personaId, workspaceId: workspace.id, name: "Trail hikers", description: "Hikers who walk long trails in any weather", pains: ["wet gear"], vocabulary: ["trail"], language: "en", createdBy: user.id });
  const insertCampaign = async (code: string) => {
    const id = createId("campaign");
    await db.insert(campaigns).values({ id, workspaceId: workspace.id, name: `Trail ${code}`, code, startsOn: "2099-03-01", endsOn: "2099-05-31", personaId, landingPages: [{ url: LANDING_PAGE, label: "Trail" }], channels: ["meta-ad", "google-rsa"], languages: ["en"], createdBy: user.id });
    await db.insert(campaignOffers).values({ id: createId("campaignOffer"), workspaceId: workspace.id, campaignId: id, code: OFFER.code, value: OFFER.value, validUntil: OFFER.validUntil });
    return id;
  };
  const campaignId = await insertCampaign("trail");
  return { db, workspace, user, fjellId, sarekId, campaignId, insertCampaign };
}

async function latestVersion(assetId: string) {
  const db = await getDb();
  const [asset] = await db.select().from(assets).where(eq(assets.id, assetId));
  const [version] = await db.select().from(assetVersions).where(and(eq(assetVersions.assetId, assetId), eq(assetVersions.version, asset!.currentVersion)));
  return { asset: asset!, version: version! };
}

/** The visible copy of an ad, for "does it say the offer". */
function copyOf(content: Asset): string {
  if (content.kind === "meta-ad") return [content.primaryText.text, content.headline.text, content.description.text].join("\n");
  if (content.kind === "google-rsa") return [...content.headlines, ...content.descriptions].map((item) => item.text).join("\n");
  return JSON.stringify(content);
}

describe("campaign → batch → assets", () => {
  it("writes one draft per product and channel, filed under the campaign, stating its offer as a grounded fact, with links by the convention", async () => {
    const { db, workspace, user, fjellId, sarekId, campaignId, insertCampaign } = await setUp();
    const brief: BatchBrief = { topic: "", audience: "", goal: "", tone: "", keywords: [], assetKinds: ["meta-ad", "google-rsa"], language: "en", campaignId, offerCode: "trail15" };
    const first = await startBatch(db, { workspaceId: workspace.id, userId: user.id, brief, productSourceIds: [fjellId, sarekId] });
    // Idempotent per campaign: the same batch again is the same batch; another campaign is another one.
    expect(await startBatch(db, { workspaceId: workspace.id, userId: user.id, brief, productSourceIds: [sarekId, fjellId] })).toEqual({ batchId: first.batchId, created: false });
    const otherCampaignId = await insertCampaign("trail-late");
    const other = await startBatch(db, { workspaceId: workspace.id, userId: user.id, brief: { ...brief, campaignId: otherCampaignId }, productSourceIds: [fjellId, sarekId] });
    expect(other.batchId).not.toBe(first.batchId);
    const [batch] = await db.select({ campaignId: generationBatches.campaignId }).from(generationBatches).where(eq(generationBatches.id, first.batchId));
    expect(batch?.campaignId).toBe(campaignId);

    await runIngestion(workspace.id);
    const drafts = await db.select({ id: assets.id, campaignId: assets.campaignId }).from(assets).where(and(eq(assets.workspaceId, workspace.id), like(assets.idempotencyKey, `batch:${first.batchId}:%`)));
    expect(drafts).toHaveLength(4);
    for (const draft of drafts) {
      const { asset, version } = await latestVersion(draft.id);
      expect(asset.campaignId).toBe(campaignId);
      const content = version.content as Asset;
      const copy = copyOf(content);
      expect(copy).toContain(OFFER.code);
      expect(copy).toContain(OFFER.value);
      if (content.kind === "meta-ad") expect(copy).toContain(END_DATE);
      expect(version.validation).toMatchObject({ valid: true });
      expect(version.provenance?.brief).toMatchObject({ campaignId, offerCode: OFFER.code });
      if (content.kind === "google-rsa" || content.kind === "meta-ad" || content.kind === "linkedin-ad") {
        expect(content.finalUrl).toBe(LANDING_PAGE);
        expect(content.utm.campaign).toBe("nl_trail_spring2099_1");
        if (content.kind === "meta-ad") expect(content.utm).toMatchObject({ source: "facebook", medium: "paid_social" });
      }
    }
  });

  it("refuses a batch whose offer code the campaign does not have, before queueing anything", async () => {
    const { db, workspace, user, fjellId, campaignId } = await setUp();
    const brief: BatchBrief = { topic: "", audience: "", goal: "", tone: "", keywords: [], assetKinds: ["meta-ad"], language: "en", campaignId, offerCode: "SAVE40" };
    await expect(startBatch(db, { workspaceId: workspace.id, userId: user.id, brief, productSourceIds: [fjellId] })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("Its offers: TRAIL15") });
    expect(await db.select({ id: generationBatches.id }).from(generationBatches).where(eq(generationBatches.workspaceId, workspace.id))).toHaveLength(0);
  });
});

/** A hosted model that writes a Meta ad stating the offer, copying the brief's link and UTM as told. */
function offerWritingModel() {
  return streamingModel("a:model", (_, prompt) => {
    const chunk = /<source id="(chk_[A-Za-z0-9_-]+)" title="Fjell Jacket"/.exec(prompt)![1]!;
    const brief = JSON.parse(/<brief>(\{[\s\S]*?\})<\/brief>/.exec(prompt)![1]!.replace(/\\u003c/g, "<")) as { finalUrl: string; utm: unknown };
    const cite = (text: string) => ({ text, citations: [chunk] });
    return JSON.stringify({
      kind: "meta-ad",
      language: "en",
      primaryText: cite(`A three-layer hardshell with taped seams. Use code ${OFFER.code} for ${OFFER.value} off until ${END_DATE}.`),
      headline: cite("Fjell Jacket"),
      description: cite(`Code ${OFFER.code}`),
      callToAction: "SHOP_NOW",
      finalUrl: brief.finalUrl,
      utm: brief.utm,
    });
  });
}

function useModel(model: ReturnType<typeof streamingModel>["model"]) {
  const catalog = [mockCatalogEntry("a:model", { quality: "premium" })];
  useTestModels({ tasks: ["ad-variants"], catalog, configuredProviders: new Set(catalog.map((c) => c.provider)), breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS), sleep: async () => {}, resolveLanguageModel: () => model });
}

describe("the offer as a grounded fact", () => {
  it("is valid from a model in the campaign; the same code written by a model without the campaign is flagged", async () => {
    const { db, workspace, user, fjellId, campaignId } = await setUp();
    const model = offerWritingModel();
    useModel(model.model);
    const brief = { productSourceId: fjellId, topic: "", audience: "", goal: "", tone: "", keywords: [], assetKinds: ["meta-ad" as const], language: "en" as const };
    const inCampaign = await generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", kind: "meta-ad", brief: { ...brief, campaignId } });
    expect(inCampaign.validation).toMatchObject({ valid: true });
    // The prompt carries the offer and the persona as the audience.
    expect(model.prompts[0]).toContain('"offer":{"code":"TRAIL15","value":"15 %","conditions":"","validUntil":"2099-05-31"}');
    expect(model.prompts[0]).toContain("Hikers who walk long trails in any weather");

    const outside = await generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", kind: "meta-ad", brief });
    const rules = (outside.validation as ValidationReport).issues.map((issue) => `${issue.rule}@${issue.path}`);
    expect(outside.validation.valid).toBe(false);
    expect(rules).toContain("grounding.unsupported_code@primaryText.text");
    expect(rules).toContain("grounding.unsupported_code@description.text");
    expect(rules).toContain("grounding.unsupported_number@primaryText.text");
  });
});

describe("campaign briefs through the generate route", () => {
  async function post(body: Record<string, unknown>) {
    return POST(new Request("http://localhost/api/assets/generate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
  }

  it("refuses an unknown offer code with a note naming the campaign's codes, and a language the campaign does not run in", async () => {
    const { db, workspace, user, fjellId, campaignId } = await setUp();
    signInAs(user.id);
    const unknown = await post({ workspaceId: workspace.id, brief: { productSourceId: fjellId, assetKinds: ["meta-ad"], language: "en", campaignId, offerCode: "SAVE40" } });
    expect(unknown.status).toBe(400);
    const body = (await unknown.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_input");
    expect(body.error.message).toBe('The campaign "Trail trail" has no offer with the code "SAVE40", so the brief cannot state it. Its offers: TRAIL15.');
    const german = await post({ workspaceId: workspace.id, brief: { productSourceId: fjellId, assetKinds: ["meta-ad"], language: "de", campaignId } });
    expect(german.status).toBe(400);
    expect(((await german.json()) as { error: { message: string } }).error.message).toMatch(/runs in English/);
    const elsewhere = await post({ workspaceId: workspace.id, brief: { productSourceId: fjellId, assetKinds: ["meta-ad"], language: "en", campaignId: "cmp_not_here" } });
    expect(elsewhere.status).toBe(404);
    expect(await db.select({ id: assets.id }).from(assets).where(eq(assets.workspaceId, workspace.id))).toHaveLength(0);
  });

  it("refuses a brief or a batch in a campaign past its end, naming the end date, as the picker hides it", async () => {
    const { db, workspace, user, fjellId, insertCampaign } = await setUp();
    const finishedId = await insertCampaign("done");
    await db.update(campaigns).set({ startsOn: "2020-03-01", endsOn: "2020-05-31" }).where(eq(campaigns.id, finishedId));
    signInAs(user.id);
    const refused = await post({ workspaceId: workspace.id, brief: { productSourceId: fjellId, assetKinds: ["meta-ad"], language: "en", campaignId: finishedId, offerCode: null } });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      'The campaign "Trail done" ended on 2020-05-31 and takes no new briefs; write the brief outside the campaign, or move the campaign\'s end date first.',
    );
    const brief: BatchBrief = { topic: "", audience: "", goal: "", tone: "", keywords: [], assetKinds: ["meta-ad"], language: "en", campaignId: finishedId, offerCode: null };
    await expect(startBatch(db, { workspaceId: workspace.id, userId: user.id, brief, productSourceIds: [fjellId] })).rejects.toMatchObject({ code: "invalid_input", message: expect.stringContaining("ended on 2020-05-31") });
    expect(await db.select({ id: assets.id }).from(assets).where(eq(assets.workspaceId, workspace.id))).toHaveLength(0);
  });

  it("generates a campaign asset with the local model, and an edit that takes its link off the convention is flagged with the expected value", async () => {
    const { db, workspace, user, fjellId, campaignId } = await setUp();
    signInAs(user.id);
    const response = await post({ workspaceId: workspace.id, brief: { productSourceId: fjellId, assetKinds: ["meta-ad"], language: "en", campaignId } });
    expect(response.status).toBe(200);
    const events = (await response.text()).trim().split("\n").map((line) => JSON.parse(line) as { type: string; assetId?: string; validation?: ValidationReport; content?: Asset });
    const result = events.find((event) => event.type === "result");
    expect(result?.validation?.valid).toBe(true);
    // The only offer of the campaign is inherited without a code in the brief.
    expect(copyOf(result!.content!)).toContain(`Use code ${OFFER.code} for ${OFFER.value} off until ${END_DATE}.`);

    const { asset, version } = await latestVersion(result!.assetId!);
    expect(asset.campaignId).toBe(campaignId);
    const content = version.content as Extract<Asset, { kind: "meta-ad" }>;
    const offConvention = await editAsset(db, { workspaceId: workspace.id, assetId: asset.id, userId: user.id, role: "marketer", baseVersion: asset.currentVersion, content: { ...content, utm: { ...content.utm, campaign: "fjell_jacket" } } });
    expect(offConvention.validation.valid).toBe(false);
    expect(offConvention.validation.issues).toEqual([expect.objectContaining({ path: "utm.campaign", rule: "utm.campaign.convention", severity: "error" })]);
    expect(offConvention.validation.issues[0]?.message).toContain('expected "nl_trail_spring2099_{variant}"');
    // Back on the convention, the edit is valid again: the offer's facts still count as given.
    const back = await editAsset(db, { workspaceId: workspace.id, assetId: asset.id, userId: user.id, role: "marketer", baseVersion: offConvention.version, content });
    expect(back.validation.issues).toEqual([]);
  });
});

describe("the campaigns a brief can be written in", () => {
  it("lists open campaigns of the workspace with their persona and running offers, not archived or finished ones", async () => {
    const { db, workspace, campaignId, insertCampaign } = await setUp();
    const archivedId = await insertCampaign("old");
    await db.update(campaigns).set({ archivedAt: new Date() }).where(eq(campaigns.id, archivedId));
    const finishedId = await insertCampaign("done");
    await db.update(campaigns).set({ startsOn: "2020-03-01", endsOn: "2020-05-31" }).where(eq(campaigns.id, finishedId));
    await db.insert(campaignOffers).values({ id: createId("campaignOffer"), workspaceId: workspace.id, campaignId, code: "ENDED5", value: "5 %", validUntil: "2020-01-31" });
    const other = await createTestWorkspace();
    await setUpBrand(other.id);

    const options = await listCampaignOptions(db, { workspaceId: workspace.id, today: "2026-12-07" });
    expect(options.map((option) => option.id)).toEqual([campaignId]);
    expect(options[0]).toMatchObject({
      code: "trail",
      languages: ["en"],
      landingPages: [{ url: LANDING_PAGE, label: "Trail" }],
      persona: { name: "Trail hikers", audience: "Hikers who walk long trails in any weather. Pains: wet gear. Their words: trail." },
      offers: [{ code: "TRAIL15", value: "15 %", conditions: "", validUntil: "2099-05-31" }],
    });
    expect(await listCampaignOptions(db, { workspaceId: other.id })).toEqual([]);
  });
});
