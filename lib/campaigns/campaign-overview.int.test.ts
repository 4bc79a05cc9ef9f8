import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { assets, assetVersions, brandSettings, generationBatches } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { getMetric } from "@/lib/kpi/metrics/registry";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { createGeneratedDraft, setUpBrand } from "@/lib/testing/asset-fixtures";
import { googleAdsCsv, importTextForTest, insertTestAsset } from "@/lib/testing/kpi/fixtures";
import type { UtmConvention } from "./utm-convention-schema";
import { BUILT_IN_UTM_CONVENTION } from "./utm-convention";
import { createCampaign } from "./campaigns";
import { getCampaignKpis } from "./campaign-kpis";
import { loadCampaignOverview } from "./campaign-overview";

const CONVENTION: UtmConvention = { ...BUILT_IN_UTM_CONVENTION, campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}", brandToken: "spw", allowedCharacters: "alphanumeric-dash-underscore" };
const CAMPAIGN = { name: "Pendeln", code: "Pendeln", startsOn: "2027-03-01", endsOn: "2027-03-31", goal: "Commuters", landingPages: [], channels: ["google-rsa", "meta-ad"] as ("google-rsa" | "meta-ad")[], languages: [], budgetMinor: null, currency: "EUR", personaId: null, ownerId: null };
const url = (utmCampaign: string) => `https://nordlicht.example/p/fjell?utm_source=google&utm_medium=cpc&utm_campaign=${utmCampaign}`;

/** Ad-day rows: [day, campaign, ad group, ad id, impressions, clicks, conversions, cost, value, url]. */
const MATCHING_BY_PREFIX = ["2027-03-02", "Pendeln", "Jackets", "1001", 1000, 50, 2, "20.00", "200.00", url("spw_pendeln_spring2027_1")];
const MATCHING_BY_ASSET = ["2027-03-03", "Legacy", "Jackets", "1002", 500, 10, 1, "5.00", "40.00", url("nordlicht_fjell_special")];
const OTHER_CAMPAIGN = ["2027-03-03", "Other", "Jackets", "2001", 9000, 900, 30, "300.00", "900.00", url("spw_sommer_summer2027")];
const NO_UTM = ["2027-03-04", "Brand", "Brand", "3001", 700, 70, 7, "7.00", "70.00", "https://nordlicht.example/"];

async function setConvention(workspaceId: string) {
  await (await getDb()).update(brandSettings).set({ utmConvention: CONVENTION }).where(eq(brandSettings.workspaceId, workspaceId));
}

/** Links an asset to the campaign, as the campaign's briefs will. */
async function putInCampaign(assetId: string, campaignId: string) {
  await (await getDb()).update(assets).set({ campaignId }).where(eq(assets.id, assetId));
}

describe("campaign KPIs", () => {
  let workspaceId: string;
  let campaignId: string;
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace("Spurwerk")).id;
    await setUpBrand(workspaceId);
    await setConvention(workspaceId);
    campaignId = (await createCampaign(await getDb(), { workspaceId, userId: "usr_test", ...CAMPAIGN, offers: [] })).id;
  });

  it("with nothing imported, says which prefix a report needs", async () => {
    const kpis = await getCampaignKpis(await getDb(), { workspaceId, campaignId });
    expect(kpis).toMatchObject({ prefix: "spw_pendeln_spring2027", rows: 0, firstDate: null, matchedUtmCampaigns: [] });
    expect(kpis.figures.find((figure) => figure.metric.id === "impressions")!.values).toEqual([{ currency: null, value: 0 }]);
    expect(kpis.figures.find((figure) => figure.metric.id === "cost")!.values).toEqual([]);
  });

  it("KPI rows with the campaign's UTM name appear on its page; other campaigns' rows and other workspaces' do not", async () => {
    // An asset of the campaign whose UTM value predates the convention: matched by equality, not by the prefix.
    const assetId = await insertTestAsset(workspaceId, { utmCampaign: "nordlicht_fjell_special", utmContent: "a" });
    await putInCampaign(assetId, campaignId);
    await importTextForTest(workspaceId, googleAdsCsv([MATCHING_BY_PREFIX, MATCHING_BY_ASSET, OTHER_CAMPAIGN, NO_UTM]));
    // The same UTM names in another workspace never count here.
    const stranger = await createTestWorkspace();
    await importTextForTest(stranger.id, googleAdsCsv([MATCHING_BY_PREFIX]));

    const kpis = await getCampaignKpis(await getDb(), { workspaceId, campaignId });
    expect(kpis.assetUtmCampaigns).toEqual(["nordlicht_fjell_special"]);
    expect(kpis.rows).toBe(2);
    expect(kpis.firstDate).toBe("2027-03-02");
    expect(kpis.lastDate).toBe("2027-03-03");
    expect(kpis.matchedUtmCampaigns.map((m) => m.value).sort()).toEqual(["nordlicht_fjell_special", "spw_pendeln_spring2027_1"]);
    // Sums of the two matching rows only (1000 + 500 impressions, 20.00 + 5.00 EUR cost, …).
    const expected = { currency: "EUR", impressions: 1500, clicks: 60, conversions: 3, costMinor: 2500, revenueMinor: 24000 };
    expect(kpis.totals.total).toEqual(expected);
    const figure = (id: string) => kpis.figures.find((f) => f.metric.id === id)!.values;
    // Derived figures come from the metric registry, exactly as the dashboard computes them.
    expect(figure("ctr")).toEqual([{ currency: null, value: getMetric("ctr").compute(expected) }]);
    expect(figure("ctr")[0]!.value).toBeCloseTo(0.04);
    expect(figure("cpa")).toEqual([{ currency: "EUR", value: 2500 / 3 }]);
    expect(figure("roas")).toEqual([{ currency: "EUR", value: 9.6 }]);
    expect(figure("revenue")).toEqual([{ currency: "EUR", value: 24000 }]);
  });
});

describe("campaign KPIs matched by prefix", () => {
  const row = (utmCampaign: string, adId: string, impressions: number) => ["2027-03-02", "Any", "Any", adId, impressions, 1, 0, "1.00", "0.00", url(utmCampaign)];
  const impressions = async (workspaceId: string, campaignId: string) => (await getCampaignKpis(await getDb(), { workspaceId, campaignId })).totals.total?.impressions ?? 0;

  it("takes the prefix itself and what continues it after the separator, not a longer word nor another campaign's longer prefix", async () => {
    const workspaceId = (await createTestWorkspace()).id;
    await setUpBrand(workspaceId);
    const db = await getDb();
    const spring = (await createCampaign(db, { workspaceId, userId: "usr_test", ...CAMPAIGN, name: "Spring", code: "spring", offers: [] })).id;
    const sale = (await createCampaign(db, { workspaceId, userId: "usr_test", ...CAMPAIGN, name: "Spring sale", code: "spring_sale", offers: [] })).id;
    await importTextForTest(workspaceId, googleAdsCsv([row("spring", "1", 1), row("spring_fjell_1", "2", 10), row("springfield_fjell", "3", 100), row("spring_sale_fjell", "4", 1000), row("spring_sale", "5", 10000)]));

    const kpis = await getCampaignKpis(db, { workspaceId, campaignId: spring });
    expect(kpis).toMatchObject({ prefix: "spring", separator: "_" });
    expect(kpis.matchedUtmCampaigns.map((match) => match.value).sort()).toEqual(["spring", "spring_fjell_1"]);
    expect(await impressions(workspaceId, spring)).toBe(11);
    expect(await impressions(workspaceId, sale)).toBe(11000);
  });

  it("without {campaign} in the shared start, matches only the campaign's assets' own values", async () => {
    const workspaceId = (await createTestWorkspace("Spurwerk")).id;
    await setUpBrand(workspaceId);
    const db = await getDb();
    await db.update(brandSettings).set({ utmConvention: { ...CONVENTION, campaignTemplate: "{brand}_{product}_{campaign}" } }).where(eq(brandSettings.workspaceId, workspaceId));
    const campaignId = (await createCampaign(db, { workspaceId, userId: "usr_test", ...CAMPAIGN, offers: [] })).id;
    const assetId = await insertTestAsset(workspaceId, { utmCampaign: "spw_fjell_pendeln", utmContent: "a" });
    await putInCampaign(assetId, campaignId);
    await importTextForTest(workspaceId, googleAdsCsv([row("spw_fjell_pendeln", "1", 1), row("spw_sarek_sommer", "2", 10), row("spw", "3", 100)]));

    const kpis = await getCampaignKpis(db, { workspaceId, campaignId });
    expect(kpis.prefix).toBe("");
    expect(kpis.matchedUtmCampaigns.map((match) => match.value)).toEqual(["spw_fjell_pendeln"]);
    expect(kpis.totals.total?.impressions).toBe(1);
  });
});

describe("campaign overview", () => {
  let workspaceId: string;
  let campaignId: string;
  let author: { id: string };
  let fjellId: string;
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace("Nordlicht Outdoor")).id;
    author = await createTestUser();
    ({ fjellId } = await setUpBrand(workspaceId));
    campaignId = (
      await createCampaign(await getDb(), {
        workspaceId,
        userId: author.id,
        ...CAMPAIGN,
        offers: [{ code: "SPRING15", value: "15 %", conditions: "", eligibleProductIds: [], eligibleCategories: [], validUntil: "2027-04-10" }],
      })
    ).id;
  });

  it("lists the campaign's assets by channel and state with their UTM links, its briefs and its time to asset", async () => {
    const db = await getDb();
    const briefAt = new Date("2027-03-02T08:00:00Z");
    // Three authors: a member's identical re-run returns their existing draft instead of a copy.
    const first = await createGeneratedDraft({ workspaceId, authorId: author.id, productSourceId: fjellId, briefAt });
    const second = await createGeneratedDraft({ workspaceId, authorId: (await createTestUser()).id, productSourceId: fjellId, briefAt });
    const outside = await createGeneratedDraft({ workspaceId, authorId: (await createTestUser()).id, productSourceId: fjellId });
    for (const { assetId } of [first, second]) await putInCampaign(assetId, campaignId);
    // First drafts 10 and 30 minutes after the brief; one approved 90 minutes after it.
    await db.update(assetVersions).set({ createdAt: new Date(briefAt.getTime() + 10 * 60_000) }).where(eq(assetVersions.assetId, first.assetId));
    await db.update(assetVersions).set({ createdAt: new Date(briefAt.getTime() + 30 * 60_000) }).where(eq(assetVersions.assetId, second.assetId));
    await db.update(assets).set({ state: "approved", approvedAt: new Date(briefAt.getTime() + 90 * 60_000) }).where(eq(assets.id, second.assetId));
    // A batch run of this campaign over two products.
    const batchId = createId("generationBatch");
    await db.insert(generationBatches).values({ id: batchId, workspaceId, campaignId, status: "completed", brief: { topic: "", audience: "", goal: "", assetKinds: ["meta-ad"], language: "en", tone: "", keywords: [] }, productSourceIds: [fjellId], idempotencyKey: `test-${batchId}`, createdBy: author.id });

    const overview = await loadCampaignOverview(db, { workspaceId, campaignId, role: "manager", today: "2027-03-15" });
    expect(overview.state).toBe("running");
    expect(overview.calendar.markers.map((m) => `${m.kind}@${m.date}`)).toEqual(["start@2027-03-01", "today@2027-03-15", "end@2027-03-31", "offer-end@2027-04-10"]);

    expect(overview.assets.rows.map((row) => row.id).sort()).toEqual([first.assetId, second.assetId].sort());
    expect(overview.assets.rows.map((row) => row.id)).not.toContain(outside.assetId);
    const rsa = overview.assets.byChannel.find((channel) => channel.kind === "google-rsa")!;
    expect(rsa.total).toBe(2);
    expect(rsa.counts).toMatchObject({ draft: 1, approved: 1, in_review: 0 });
    // A planned channel without assets yet shows as a row of zeroes.
    expect(overview.assets.byChannel.find((channel) => channel.kind === "meta-ad")).toMatchObject({ total: 0 });
    const content = first.generated.content;
    if (content.kind !== "google-rsa") throw new Error("the fixture generates a Google RSA");
    const link = new URL(overview.assets.rows.find((row) => row.id === first.assetId)!.utmLink!);
    expect(link.searchParams.get("utm_campaign")).toBe(content.utm.campaign);
    expect(`${link.origin}${link.pathname}`).toBe(content.finalUrl);

    // One Generate-form brief (two assets from the same brief, briefed in March 2027) and the batch started now, newest first.
    expect(overview.briefs.map((brief) => ({ source: brief.source, assets: brief.assetCount, products: brief.productTitles }))).toEqual([
      { source: "single", assets: 2, products: ["Fjell Jacket"] },
      { source: "batch", assets: 0, products: ["Fjell Jacket"] },
    ]);
    expect(overview.briefs[0]).toMatchObject({ assetKinds: ["google-rsa"], language: "en", at: briefAt });

    expect(overview.timeToAsset).toEqual({ assets: 2, approved: 1, minutesToFirstDraftP50: 20, minutesToApprovalP50: 90 });
  });

  it("loads KPI figures only for roles with kpi:read; the UTM prefix for everyone", async () => {
    const db = await getDb();
    for (const role of ["editor", "marketer"] as const) {
      const overview = await loadCampaignOverview(db, { workspaceId, campaignId, role, today: "2027-03-15" });
      expect(overview.kpis).toBeNull();
      expect(overview.utmPrefix).toBe("pendeln");
    }
    for (const role of ["manager", "admin"] as const) {
      expect((await loadCampaignOverview(db, { workspaceId, campaignId, role, today: "2027-03-15" })).kpis).toMatchObject({ prefix: "pendeln" });
    }
  });

  it("answers not_found for another workspace's campaign id", async () => {
    const other = await createTestWorkspace();
    await expect(loadCampaignOverview(await getDb(), { workspaceId: other.id, campaignId, role: "admin" })).rejects.toMatchObject({ code: "not_found" });
    await expect(getCampaignKpis(await getDb(), { workspaceId: other.id, campaignId })).rejects.toMatchObject({ code: "not_found" });
  });
});
