import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { brandSettings, campaignOffers, campaigns, memberships, personas } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { setUpBrand, streamingModel } from "@/lib/testing/asset-fixtures";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { useTestModels } from "@/lib/testing/routed-models";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "@/lib/ai/routing/circuit-breaker";
import type { Asset } from "@/lib/assets/schemas/asset";
import { generateAsset } from "@/lib/assets/generate/generate-asset";
import { editAsset } from "@/lib/assets/drafts/edit-asset";
import { saveGeneratedDraft } from "@/lib/assets/drafts/save-generated-draft";
import type { UtmConvention } from "./utm-convention-schema";

const CONVENTION: UtmConvention = {
  campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}",
  brandToken: "nl",
  separator: "_",
  lowercase: true,
  allowedCharacters: "alphanumeric-dash-underscore",
  maxLength: 80,
  sourceMedium: { "meta-ad": { source: "facebook", medium: "paid_social" } },
};

/** A campaign whose persona and offer conditions hold contact data, with a running offer and one that ended in 2020. */
async function setUp() {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const user = await createTestUser();
  await db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "marketer" });
  const { fjellId } = await setUpBrand(workspace.id);
  await db.update(brandSettings).set({ utmConvention: CONVENTION }).where(eq(brandSettings.workspaceId, workspace.id));
  const personaId = createId("persona");
  await db.insert(personas).values({ id: personaId, workspaceId: workspace.id, name: "Trail hikers", description: "Hikers who walk long trails, coached by anna.schmidt@example.com", pains: ["wet gear"], vocabulary: ["trail"], language: "en", createdBy: user.id });
  const campaignId = createId("campaign");
  await db.insert(campaigns).values({ id: campaignId, workspaceId: workspace.id, name: "Trail", code: "trail", startsOn: "2099-03-01", endsOn: "2099-05-31", personaId, landingPages: [], channels: ["meta-ad"], languages: ["en"], createdBy: user.id });
  await db.insert(campaignOffers).values([
    { id: createId("campaignOffer"), workspaceId: workspace.id, campaignId, code: "TRAIL15", value: "15 %", conditions: "Ask first on 0151-1234567.", validUntil: "2099-05-31" },
    { id: createId("campaignOffer"), workspaceId: workspace.id, campaignId, code: "ENDED5", value: "5 %", conditions: "", validUntil: "2020-01-31" },
  ]);
  return { db, workspace, user, fjellId, campaignId };
}

/** A hosted model that writes a Meta ad stating the running offer, copying the brief's link and UTM. */
function offerWritingModel() {
  const captured = streamingModel("a:model", (_, prompt) => {
    const chunk = /<source id="(chk_[A-Za-z0-9_-]+)" title="Fjell Jacket"/.exec(prompt)![1]!;
    const brief = JSON.parse(/<brief>(\{[\s\S]*?\})<\/brief>/.exec(prompt)![1]!.replace(/\\u003c/g, "<")) as { finalUrl: string; utm: unknown };
    const cite = (text: string) => ({ text, citations: [chunk] });
    return JSON.stringify({
      kind: "meta-ad",
      language: "en",
      primaryText: cite("A three-layer hardshell with taped seams. Use code TRAIL15 for 15 % off until 31 May 2099."),
      headline: cite("Fjell Jacket"),
      description: cite("Code TRAIL15"),
      callToAction: "SHOP_NOW",
      finalUrl: brief.finalUrl,
      utm: brief.utm,
    });
  });
  const catalog = [mockCatalogEntry("a:model", { quality: "premium" })];
  useTestModels({ tasks: ["ad-variants"], catalog, configuredProviders: new Set(catalog.map((c) => c.provider)), breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS), sleep: async () => {}, resolveLanguageModel: () => captured.model });
  return captured;
}

const brief = (productSourceId: string, campaignId: string) =>
  ({ productSourceId, topic: "", audience: "", goal: "", tone: "", keywords: [], assetKinds: ["meta-ad" as const], language: "en" as const, campaignId, offerCode: "TRAIL15" });

describe("a campaign's persona and offer on the way to a model", () => {
  it("reach the prompt redacted, like the brief", async () => {
    const { db, workspace, user, fjellId, campaignId } = await setUp();
    const model = offerWritingModel();
    const result = await generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", kind: "meta-ad", brief: brief(fjellId, campaignId) });
    expect(result.validation.valid).toBe(true);
    const prompt = model.prompts[0]!;
    expect(prompt).toContain("Hikers who walk long trails, coached by [EMAIL_1]");
    expect(prompt).toContain('"conditions":"Ask first on [PHONE_1]."');
    expect(prompt).not.toContain("anna.schmidt@example.com");
    expect(prompt).not.toContain("0151-1234567");
  });
});

describe("an edit of a campaign asset that states an ended offer", () => {
  it("is warned that the offer ended, unless the version it starts from already stated it", async () => {
    const { db, workspace, user, fjellId, campaignId } = await setUp();
    offerWritingModel();
    const generated = await generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", kind: "meta-ad", brief: brief(fjellId, campaignId) });
    const { assetId } = await saveGeneratedDraft(db, { workspaceId: workspace.id, userId: user.id, actorLabel: user.email, generated, idempotencyKey: null, briefAt: new Date() });
    const content = generated.content as Extract<Asset, { kind: "meta-ad" }>;
    const base = { workspaceId: workspace.id, assetId, userId: user.id, role: "marketer" as const };

    const withEnded = { ...content, primaryText: { ...content.primaryText, text: "A three-layer hardshell. Use code ENDED5 for 5 % off until 31 January 2020." } };
    const first = await editAsset(db, { ...base, baseVersion: 1, content: withEnded });
    expect(first.validation.valid).toBe(true);
    expect(first.validation.issues).toEqual([expect.objectContaining({ path: "primaryText.text", rule: "campaign.offer_ended", severity: "warning" })]);
    expect(first.validation.issues[0]?.message).toContain('"ENDED5", which ended on 2020-01-31');

    // The next edit starts from a version that states it: the copy was checked then, so no new warning.
    const next = await editAsset(db, { ...base, baseVersion: first.version, content: { ...withEnded, headline: { ...withEnded.headline, text: "Fjell Jacket for trails" } } });
    expect(next.validation.issues).toEqual([]);
  });
});
