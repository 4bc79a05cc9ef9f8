import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { assets, assetVersions, memberships, modelCalls } from "@/lib/db/schema";
import { kpiImports } from "@/lib/db/schema/kpi";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { MODEL_CATALOG } from "@/lib/ai/catalog";
import type { Asset } from "@/lib/assets/schemas/asset";
import type { AssetProvenance } from "@/lib/db/schema/assets";
import { ASSET_PROMPT_VERSION } from "@/lib/ai/tasks/generate-asset/prompt";
import { addDays, toDayNumber } from "@/lib/kpi/metrics/period";
import { createRng, type Rng } from "@/lib/kpi/stats/prng";
import type { ImportRow } from "@/lib/kpi/import/types";
import { foldBatch } from "@/lib/kpi/store/fold-batch";
import { upsertBatch } from "@/lib/kpi/store/upsert-batch";
import { finishImport, lockWorkspaceImports } from "@/lib/kpi/store/finish-import";

/**
 * Synthetic, clearly labelled campaign performance for the demo brand, so a fresh start shows a
 * living dashboard: 120 days of Google Ads and Meta Ads figures for 17 ads, seven of them made from
 * (synthetic, published) Brandpilot assets and running from their approval on, one Swiss campaign
 * in CHF (so mixed currencies are visible), weekday seasonality and a slow trend; plus the model
 * calls behind those assets and some knowledge-base questions, so the copilot-operations tab has
 * figures too. Deterministic (seeded), stored through the same upsert and roll-up code as a real
 * import, and marked as an import with origin "synthetic", which the dashboard announces. The
 * assets' titles say "synthetic demo"; all of them are approved or published, so none waits in a
 * review queue. Local models only, so every cost is $0, as in the keyless demo itself.
 */
const DAYS = 120;
const SYNTHETIC_FILE = "demo-performance (synthetic).csv";

type AdSpec = {
  platform: "google-ads" | "meta-ads";
  campaign: string;
  adGroup: string;
  adId: string;
  currency: "EUR" | "CHF";
  /** Index into ASSET_SPECS when the ad was made from a Brandpilot asset. */
  asset?: number;
  ctr: number;
  cvr: number;
  cpc: number;
  orderValue: number;
  dailyImpressions: number;
};

type AssetSpec = {
  kind: "google-rsa" | "meta-ad";
  title: string;
  campaign: string;
  content: string;
  product: string;
  url: string;
  language: "de" | "en";
  /** When the brief was written; its ads (if any) run from two days later. */
  briefDaysAgo: number;
};

const SPRING = "Frühling 2026 – Jedes Wetter";
const FJELL = "https://nordlicht.example/p/fjell-hardshell-jacke-damen";
const RYGG = "https://nordlicht.example/p/rygg-30-wanderrucksack";
const ASSET_SPECS: AssetSpec[] = [
  // Running in the synthetic ads below (ASSET_SPECS index = AdSpec.asset).
  { kind: "google-rsa", title: "Fjell Hardshell – RSA A (synthetic demo)", campaign: "spring_2026_any_weather", content: "fjell_women_a", product: "Fjell Hardshell", url: FJELL, language: "de", briefDaysAgo: 124 },
  { kind: "google-rsa", title: "Fjell Hardshell – RSA B (synthetic demo)", campaign: "spring_2026_any_weather", content: "fjell_women_b", product: "Fjell Hardshell", url: FJELL, language: "de", briefDaysAgo: 118 },
  { kind: "google-rsa", title: "Rygg 30 – RSA A (synthetic demo)", campaign: "spring_2026_any_weather", content: "rygg_30_a", product: "Rygg 30", url: RYGG, language: "de", briefDaysAgo: 101 },
  { kind: "meta-ad", title: "Fjell Hardshell – Meta A (synthetic demo)", campaign: "spring_2026_any_weather", content: "fjell_meta_a", product: "Fjell Hardshell", url: FJELL, language: "de", briefDaysAgo: 96 },
  { kind: "meta-ad", title: "Rygg 30 – Meta A (synthetic demo)", campaign: "spring_2026_any_weather", content: "rygg_meta_a", product: "Rygg 30", url: RYGG, language: "de", briefDaysAgo: 74 },
  { kind: "meta-ad", title: "Fjell Hardshell – Retargeting (synthetic demo)", campaign: "spring_2026_any_weather", content: "fjell_retarget_a", product: "Fjell Hardshell", url: FJELL, language: "de", briefDaysAgo: 61 },
  { kind: "google-rsa", title: "Fjell Hardshell – Schweiz (synthetic demo)", campaign: "schweiz_fruehling_2026", content: "fjell_ch_a", product: "Fjell Hardshell", url: "https://nordlicht.example/ch/p/fjell-hardshell-jacke-damen", language: "de", briefDaysAgo: 47 },
  // Approved recently, not running yet: the copilot-operations tab has figures in the default range.
  { kind: "google-rsa", title: "Fjell Hardshell – RSA C (synthetic demo)", campaign: "spring_2026_any_weather", content: "fjell_women_c", product: "Fjell Hardshell", url: FJELL, language: "de", briefDaysAgo: 26 },
  { kind: "meta-ad", title: "Rygg 30 – Meta B (synthetic demo)", campaign: "spring_2026_any_weather", content: "rygg_meta_b", product: "Rygg 30", url: RYGG, language: "de", briefDaysAgo: 21 },
  { kind: "google-rsa", title: "Rygg 30 – RSA B (synthetic demo)", campaign: "spring_2026_any_weather", content: "rygg_30_b", product: "Rygg 30", url: RYGG, language: "de", briefDaysAgo: 16 },
  { kind: "meta-ad", title: "Fjell Hardshell – Meta B (synthetic demo)", campaign: "spring_2026_any_weather", content: "fjell_meta_b", product: "Fjell Hardshell", url: FJELL, language: "de", briefDaysAgo: 11 },
  { kind: "google-rsa", title: "Fjell Hardshell – Schweiz B (synthetic demo)", campaign: "schweiz_fruehling_2026", content: "fjell_ch_b", product: "Fjell Hardshell", url: "https://nordlicht.example/ch/p/fjell-hardshell-jacke-damen", language: "de", briefDaysAgo: 7 },
  { kind: "meta-ad", title: "Rygg 30 – Retargeting (synthetic demo)", campaign: "spring_2026_any_weather", content: "rygg_retarget_a", product: "Rygg 30", url: RYGG, language: "de", briefDaysAgo: 3 },
];

const ADS: AdSpec[] = [
  { platform: "google-ads", campaign: SPRING, adGroup: "Fjell Hardshell", adId: "684211001", currency: "EUR", asset: 0, ctr: 0.061, cvr: 0.041, cpc: 0.92, orderValue: 329, dailyImpressions: 2400 },
  { platform: "google-ads", campaign: SPRING, adGroup: "Fjell Hardshell", adId: "684211002", currency: "EUR", asset: 1, ctr: 0.055, cvr: 0.036, cpc: 0.95, orderValue: 329, dailyImpressions: 2200 },
  { platform: "google-ads", campaign: SPRING, adGroup: "Fjell Hardshell", adId: "684211003", currency: "EUR", ctr: 0.049, cvr: 0.033, cpc: 0.97, orderValue: 329, dailyImpressions: 2300 },
  { platform: "google-ads", campaign: SPRING, adGroup: "Rygg Rucksäcke", adId: "684212001", currency: "EUR", asset: 2, ctr: 0.047, cvr: 0.029, cpc: 0.71, orderValue: 139, dailyImpressions: 1800 },
  { platform: "google-ads", campaign: SPRING, adGroup: "Rygg Rucksäcke", adId: "684212002", currency: "EUR", ctr: 0.044, cvr: 0.027, cpc: 0.74, orderValue: 139, dailyImpressions: 1900 },
  { platform: "google-ads", campaign: SPRING, adGroup: "Rygg Rucksäcke", adId: "684212003", currency: "EUR", ctr: 0.038, cvr: 0.025, cpc: 0.76, orderValue: 139, dailyImpressions: 1500 },
  { platform: "google-ads", campaign: "Marke Nordlicht", adGroup: "Markenbegriffe", adId: "684213001", currency: "EUR", ctr: 0.142, cvr: 0.071, cpc: 0.31, orderValue: 185, dailyImpressions: 900 },
  { platform: "google-ads", campaign: "Marke Nordlicht", adGroup: "Markenbegriffe", adId: "684213002", currency: "EUR", ctr: 0.131, cvr: 0.066, cpc: 0.33, orderValue: 185, dailyImpressions: 850 },
  { platform: "google-ads", campaign: "Schweiz – Frühling 2026", adGroup: "Fjell Hardshell CH", adId: "684214001", currency: "CHF", asset: 6, ctr: 0.052, cvr: 0.034, cpc: 1.18, orderValue: 349, dailyImpressions: 700 },
  { platform: "google-ads", campaign: "Schweiz – Frühling 2026", adGroup: "Fjell Hardshell CH", adId: "684214002", currency: "CHF", ctr: 0.046, cvr: 0.031, cpc: 1.21, orderValue: 349, dailyImpressions: 650 },
  { platform: "meta-ads", campaign: SPRING, adGroup: "Prospecting 25–44", adId: "23851000101", currency: "EUR", asset: 3, ctr: 0.0142, cvr: 0.021, cpc: 0.58, orderValue: 329, dailyImpressions: 14000 },
  { platform: "meta-ads", campaign: SPRING, adGroup: "Prospecting 25–44", adId: "23851000102", currency: "EUR", asset: 4, ctr: 0.0131, cvr: 0.019, cpc: 0.55, orderValue: 139, dailyImpressions: 12500 },
  { platform: "meta-ads", campaign: SPRING, adGroup: "Prospecting 25–44", adId: "23851000103", currency: "EUR", ctr: 0.0118, cvr: 0.018, cpc: 0.6, orderValue: 235, dailyImpressions: 13000 },
  { platform: "meta-ads", campaign: SPRING, adGroup: "Retargeting 30 Tage", adId: "23851000201", currency: "EUR", asset: 5, ctr: 0.0215, cvr: 0.052, cpc: 0.44, orderValue: 329, dailyImpressions: 4200 },
  { platform: "meta-ads", campaign: SPRING, adGroup: "Retargeting 30 Tage", adId: "23851000202", currency: "EUR", ctr: 0.0198, cvr: 0.047, cpc: 0.46, orderValue: 210, dailyImpressions: 4000 },
  { platform: "meta-ads", campaign: "Marke Nordlicht", adGroup: "Video Awareness", adId: "23851000301", currency: "EUR", ctr: 0.0075, cvr: 0.009, cpc: 0.39, orderValue: 185, dailyImpressions: 22000 },
  { platform: "meta-ads", campaign: "Marke Nordlicht", adGroup: "Video Awareness", adId: "23851000302", currency: "EUR", ctr: 0.0069, cvr: 0.008, cpc: 0.41, orderValue: 185, dailyImpressions: 21000 },
];

const cited = (text: string) => ({ text, citations: [] as string[] });

function assetContent(spec: AssetSpec): Asset {
  const utm = { source: spec.kind === "google-rsa" ? "google" : "meta", medium: spec.kind === "google-rsa" ? "cpc" : "paid_social", campaign: spec.campaign, content: spec.content, term: null };
  if (spec.kind === "google-rsa") {
    return {
      kind: "google-rsa",
      language: spec.language,
      headlines: [`${spec.product} von Nordlicht`, "Für jedes Wetter gemacht", "Im Feld getestet"].map((text) => ({ ...cited(text), pin: null })),
      descriptions: [`${spec.product}: entwickelt für lange Touren bei Wind und Regen.`, "Kostenloser Versand und 30 Tage Rückgabe."].map((text) => ({ ...cited(text), pin: null })),
      path1: "fruehling",
      path2: null,
      finalUrl: spec.url,
      utm,
    };
  }
  return {
    kind: "meta-ad",
    language: spec.language,
    primaryText: cited(`${spec.product}: gemacht für Tage, an denen das Wetter nicht mitspielt.`),
    headline: cited(`${spec.product} entdecken`),
    description: cited("Versand in 2 Tagen"),
    callToAction: "SHOP_NOW",
    finalUrl: spec.url,
    utm,
  };
}

function at(today: string, daysAgo: number, hour: number): Date {
  return new Date((toDayNumber(today) - daysAgo) * 86_400_000 + hour * 3_600_000);
}

/** The synthetic assets: published, with review figures and provenance as generation would record them. */
async function seedAssets(db: Database, options: { workspaceId: string; today: string; authorId: string; editorId: string; rng: Rng }): Promise<string[]> {
  const model = MODEL_CATALOG.find((entry) => entry.hosting === "local" && entry.kind === "language")!.id;
  const ids: string[] = [];
  for (const [index, spec] of ASSET_SPECS.entries()) {
    const id = createId("asset");
    const callId = createId("modelCall");
    const briefAt = at(options.today, spec.briefDaysAgo, 9);
    const rounds = index % 3 === 1 ? 2 : 1;
    // Approved within two days, so every asset runs from two days after its brief.
    const approvedAt = new Date(briefAt.getTime() + (4 + options.rng() * 30) * 3_600_000);
    const latencyMs = Math.round(700 + options.rng() * 1_600);
    const firstPassValid = index % 5 !== 2;
    const provenance: AssetProvenance = {
      brief: { synthetic: true, kind: spec.kind, topic: spec.product },
      templateVersion: ASSET_PROMPT_VERSION,
      routerCallIds: [callId],
      model,
      attempts: firstPassValid
        ? [{ modelId: model, outcome: "valid", repairRound: 0, errors: 0 }]
        : [
            { modelId: model, outcome: "invalid", repairRound: 0, errors: 1 },
            { modelId: model, outcome: "valid", repairRound: 1, errors: 0 },
          ],
      routeReasons: [{ modelId: model, outcome: "chosen", reason: "synthetic demo record" }],
      chunks: [],
      tokens: { input: 0, output: 0 },
      costUsd: 0,
      latencyMs,
      redactions: 0,
      isLocalExtractive: true,
    };
    await db.insert(assets).values({
      id,
      workspaceId: options.workspaceId,
      kind: spec.kind,
      state: "published",
      title: spec.title,
      language: spec.language,
      createdBy: options.authorId,
      lastEditedBy: options.authorId,
      currentVersion: 1,
      publishedVersion: 1,
      reviewRounds: rounds,
      approvedOnFirstReview: rounds === 1,
      editorChangeRatio: Math.round(options.rng() * 18) / 100,
      approvedAt,
      approvedBy: options.editorId,
      publishedAt: new Date(approvedAt.getTime() + 3_600_000),
      briefAt,
      submittedAt: new Date(briefAt.getTime() + 1_800_000),
      createdAt: briefAt,
      updatedAt: approvedAt,
    });
    await db.insert(assetVersions).values({
      id: createId("assetVersion"),
      assetId: id,
      workspaceId: options.workspaceId,
      version: 1,
      content: assetContent(spec),
      validation: { valid: true, issues: [], counts: { errors: 0, warnings: 0 } },
      provenance,
      createdBy: options.authorId,
      createdAt: briefAt,
    });
    await db.insert(modelCalls).values({
      id: callId,
      workspaceId: options.workspaceId,
      userId: options.authorId,
      task: "ad-variants",
      chosenModel: model,
      reasons: provenance.routeReasons,
      attempts: [{ modelId: model, attempt: 0, outcome: "success", latencyMs }],
      latencyMs,
      cacheHit: "none",
      createdAt: briefAt,
    });
    ids.push(id);
  }
  return ids;
}

/** Questions asked of the knowledge base every few days; a third answered from the response cache. */
async function seedQuestionCalls(db: Database, options: { workspaceId: string; today: string; userId: string; rng: Rng }): Promise<void> {
  const model = MODEL_CATALOG.find((entry) => entry.hosting === "local" && entry.kind === "language")!.id;
  for (let i = 0; i < 24; i++) {
    const cached = i % 3 === 0;
    const latencyMs = cached ? Math.round(3 + options.rng() * 5) : Math.round(150 + options.rng() * 450);
    await db.insert(modelCalls).values({
      id: createId("modelCall"),
      workspaceId: options.workspaceId,
      userId: options.userId,
      task: "answer-question",
      chosenModel: model,
      reasons: [{ modelId: model, outcome: "chosen", reason: "synthetic demo record" }],
      attempts: cached ? [] : [{ modelId: model, attempt: 0, outcome: "success", latencyMs }],
      latencyMs,
      cacheHit: cached ? "exact" : "none",
      createdAt: at(options.today, 1 + i * 5, 11),
    });
  }
}

/** Daily rows of one ad: weekday pattern (weekends +15 %), a slow upward trend, and noise. */
function adRows(ad: AdSpec, assetId: string | null, today: string, rng: Rng): (ImportRow & { line: number; assetId: string | null })[] {
  const spec = ad.asset === undefined ? null : ASSET_SPECS[ad.asset]!;
  const rows: (ImportRow & { line: number; assetId: string | null })[] = [];
  const firstDay = spec ? Math.min(DAYS, spec.briefDaysAgo - 2) : DAYS;
  for (let daysAgo = firstDay; daysAgo >= 1; daysAgo--) {
    const date = addDays(today, -daysAgo);
    const weekday = ((toDayNumber(date) % 7) + 7) % 7; // 2 = Saturday, 3 = Sunday (1970-01-01 was a Thursday)
    const season = (weekday === 2 || weekday === 3 ? 1.15 : 1) * (0.85 + (0.3 * (DAYS - daysAgo)) / DAYS);
    const impressions = Math.round(ad.dailyImpressions * season * (0.8 + rng() * 0.4));
    const clicks = Math.min(impressions, Math.round(impressions * ad.ctr * (0.75 + rng() * 0.5)));
    const conversions = Math.round(clicks * ad.cvr * (0.5 + rng()) * 100) / 100;
    const costMinor = Math.round(clicks * ad.cpc * (0.85 + rng() * 0.3) * 100);
    rows.push({
      date,
      campaign: ad.campaign,
      adGroup: ad.adGroup,
      adId: ad.adId,
      platform: ad.platform,
      impressions,
      clicks,
      conversions,
      costMinor,
      revenueMinor: Math.round(conversions * ad.orderValue * (0.9 + rng() * 0.2) * 100),
      currency: ad.currency,
      utmCampaign: spec?.campaign ?? null,
      utmContent: spec?.content ?? null,
      assetId,
      line: rows.length + 2,
    });
  }
  return rows;
}

/**
 * Seeds the synthetic performance of the demo brand. Runs inside the demo seed's transaction; the
 * authors are the workspace's marketer and editor.
 */
export async function seedDemoPerformance(db: Database, options: { workspaceId: string; now?: Date }): Promise<{ rows: number }> {
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const rng = createRng("nordlicht-demo-performance");
  const members = await db
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, options.workspaceId), inArray(memberships.role, ["marketer", "editor", "admin"])));
  const byRole = (role: string) => members.find((m) => m.role === role)?.userId ?? members[0]?.userId ?? "system";
  const assetIds = await seedAssets(db, { workspaceId: options.workspaceId, today, authorId: byRole("marketer"), editorId: byRole("editor"), rng });
  await seedQuestionCalls(db, { workspaceId: options.workspaceId, today, userId: byRole("marketer"), rng });

  const importId = createId("kpiImport");
  const admin = byRole("admin");
  await db.insert(kpiImports).values({ id: importId, workspaceId: options.workspaceId, origin: "synthetic", status: "applying", fileName: SYNTHETIC_FILE, byteSize: 0, mapping: { kind: "auto" }, createdBy: admin });
  await lockWorkspaceImports(db, { workspaceId: options.workspaceId });
  const rows = ADS.flatMap((ad) => adRows(ad, ad.asset === undefined ? null : assetIds[ad.asset]!, today, rng));
  const { rows: folded } = foldBatch(rows);
  const { inserted } = await upsertBatch(db, { target: "performance", workspaceId: options.workspaceId, importId, rows: folded });
  const learned = ADS.filter((ad) => ad.asset !== undefined).map((ad) => ({ platform: ad.platform, adId: ad.adId, assetId: assetIds[ad.asset!]! }));
  const firstDate = addDays(today, -DAYS);
  const lastDate = addDays(today, -1);
  const finished = await finishImport(db, { workspaceId: options.workspaceId, importId, firstDate, lastDate, learned, relink: [] });
  await db
    .update(kpiImports)
    .set({ status: "succeeded", rowsAccepted: rows.length, rowsInserted: inserted, rowsLinked: finished.linked, firstDate, lastDate, finishedAt: new Date() })
    .where(eq(kpiImports.id, importId));
  return { rows: rows.length };
}
