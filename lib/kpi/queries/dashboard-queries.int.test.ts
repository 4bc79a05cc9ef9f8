import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { assets, assetVersions, modelCalls } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { createTestWorkspace, createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { GET as exportRoute } from "@/app/(app)/[workspace]/dashboard/export/route";
import { loadBudgetView } from "@/lib/kpi/dashboard/budget-view";
import { dashboardFiltersSchema } from "@/lib/kpi/dashboard/filters";
import { buildTiles } from "@/lib/kpi/dashboard/tiles";
import { buildExportTable, kpiTableToCsv } from "@/lib/kpi/export/export-table";
import { googleAdsCsv, importTextForTest, insertTestAsset } from "@/lib/testing/kpi/fixtures";
import { getAssetPerformance, rankAssets } from "./assets";
import { getBreakdown } from "./breakdowns";
import { getCopilotFigures } from "./copilot";
import { getTimeSeries } from "./series";
import { getLatestDataDate, getPerformanceSummary } from "./summary";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const URL_A = "https://nordlicht.example/p/fjell?utm_source=google&utm_campaign=spring_sale&utm_content=fjell_a";
const RANGE = { from: "2026-11-15", to: "2026-11-28" };
const CHF_CSV = "Day,Campaign,Ad group,Ad ID,Impr.,Clicks,Conversions,Cost,Conv. value,Currency code\n2026-11-21,Schweiz,CH,3001,300,9,1,18.00,90.00,CHF\n";

/** A workspace with one asset and known figures: 14 days in view, one row in the previous 14 days, EUR and CHF. */
async function performanceFixture(workspaceId: string) {
  const assetA = await insertTestAsset(workspaceId, { utmCampaign: "spring_sale", utmContent: "fjell_a", title: "Fjell A" });
  await importTextForTest(
    workspaceId,
    googleAdsCsv([
      ["2026-11-05", "Spring Sale", "Jackets", "1001", 1000, 20, 1, "10.00", "100.00", URL_A],
      ["2026-11-20", "Spring Sale", "Jackets", "1001", 2000, 100, 5, "50.00", "500.00", URL_A],
      ["2026-11-20", "Spring Sale", "Jackets", "1002", 2000, 60, 3, "40.00", "240.00", "https://nordlicht.example/"],
      ["2026-11-22", "Brand", "Brand", "2001", 500, 50, 4, "20.00", "400.00", "https://nordlicht.example/"],
    ]),
  );
  await importTextForTest(workspaceId, CHF_CSV);
  return { assetA };
}

describe("dashboard queries", () => {
  let workspaceId: string;
  let assetA: string;
  beforeAll(async () => {
    workspaceId = (await createTestWorkspace()).id;
    ({ assetA } = await performanceFixture(workspaceId));
  });

  it("sums the view and the previous period per currency, split into AI-generated and other ads", async () => {
    const db = await getDb();
    expect(await getLatestDataDate(db, { workspaceId })).toBe("2026-11-22");
    const { current, previous, previousCoverage } = await getPerformanceSummary(db, { workspaceId, range: RANGE });
    expect(previousCoverage).toEqual({ daysWithData: 1, days: 14 });
    expect(previous.range).toEqual({ from: "2026-11-01", to: "2026-11-14" });
    expect(current.all.counts).toEqual({ impressions: 4800, clicks: 219, conversions: 13 });
    expect(current.all.mixedCurrency).toBe(true);
    expect(current.all.total).toBeNull();
    expect(current.all.byCurrency).toEqual([
      { currency: "CHF", impressions: 300, clicks: 9, conversions: 1, costMinor: 1800, revenueMinor: 9000 },
      { currency: "EUR", impressions: 4500, clicks: 210, conversions: 12, costMinor: 11000, revenueMinor: 114000 },
    ]);
    expect(current.ai.counts).toEqual({ impressions: 2000, clicks: 100, conversions: 5 });
    expect(current.other.counts).toEqual({ impressions: 2800, clicks: 119, conversions: 8 });
    expect(previous.all.byCurrency).toEqual([{ currency: "EUR", impressions: 1000, clicks: 20, conversions: 1, costMinor: 1000, revenueMinor: 10000 }]);

    // Full coverage here: what is under test is the per-currency arithmetic, not the sparse-period rule.
    const tiles = buildTiles(current.all, previous.all, { daysWithData: 14, days: 14 });
    const cost = tiles.find((t) => t.metric.id === "cost")!;
    // CHF had no previous spend: no percentage "from nothing".
    expect(cost.values).toEqual([
      { currency: "CHF", current: 1800, previous: 0, change: null, assessment: null, comparison: { kind: "none" } },
      { currency: "EUR", current: 11000, previous: 1000, change: 10, assessment: "neutral", comparison: { kind: "change", change: 10, assessment: "neutral" } },
    ]);
    expect(tiles.find((t) => t.metric.id === "ctr")!.values[0]).toMatchObject({ current: 219 / 4800, previous: 0.02, assessment: "better" });
  });

  it("filters by campaign and origin, and fills empty weeks of the series with zeroes", async () => {
    const db = await getDb();
    const ai = await getPerformanceSummary(db, { workspaceId, range: RANGE, origin: "ai" });
    expect(ai.current.all.counts).toEqual({ impressions: 2000, clicks: 100, conversions: 5 });
    const brand = await getPerformanceSummary(db, { workspaceId, range: RANGE, campaign: "Brand" });
    expect(brand.current.all.counts.clicks).toBe(50);
    const weeks = await getTimeSeries(db, { workspaceId, range: RANGE, granularity: "week" });
    expect(weeks.map((w) => [w.key, w.counts.clicks])).toEqual([
      ["2026-W46", 0],
      ["2026-W47", 219],
      ["2026-W48", 0],
    ]);
    expect(weeks[1]!.aiCounts.clicks).toBe(100);
    const days = await getTimeSeries(db, { workspaceId, range: RANGE, granularity: "day" });
    expect(days).toHaveLength(14);
  });

  it("breaks down by campaign per currency, largest spend first, and ranks assets with their titles", async () => {
    const db = await getDb();
    const campaigns = await getBreakdown(db, { workspaceId, range: RANGE, by: "campaign" });
    expect(campaigns.map((row) => [row.campaign, row.totals.currency, row.totals.costMinor])).toEqual([
      ["Spring Sale", "EUR", 9000],
      ["Brand", "EUR", 2000],
      ["Schweiz", "CHF", 1800],
    ]);
    const assetRows = await getAssetPerformance(db, { workspaceId, range: RANGE });
    expect(assetRows).toEqual([{ assetId: assetA, title: "Fjell A", kind: "google-rsa", state: "approved", totals: expect.objectContaining({ impressions: 2000, clicks: 100 }) }]);
    expect(rankAssets(assetRows, { count: 5 }).best.map((a) => a.assetId)).toEqual([assetA]);
    expect(rankAssets(assetRows, { count: 5, minImpressions: 5000 })).toMatchObject({ best: [], worst: [], belowThreshold: 1 });
  });

  it("suggests a deterministic budget split for an ad group's ads", async () => {
    const db = await getDb();
    const options = { workspaceId, range: RANGE, campaign: "Spring Sale", metric: "ctr" as const };
    const first = await loadBudgetView(db, options);
    expect(await loadBudgetView(db, options)).toEqual(first);
    const [jackets] = first;
    if (!jackets?.ok) throw new Error("expected a suggestion for the Jackets ad group");
    expect(jackets.budgetMinor).toBe(9000);
    const shares = Object.fromEntries(jackets.variants.map((v) => [v.variant.adId, v.suggestedShare]));
    expect(shares["1001"]! + shares["1002"]!).toBeCloseTo(1, 10);
    // 5 % against 3 % CTR on 2,000 impressions each: the first ad is almost surely better.
    expect(shares["1001"]).toBeGreaterThan(0.95);
    expect(jackets.assumptions.join(" ")).toContain("Beta-Binomial");
  });

  it("exports a table as CSV with units in the header and the same numbers as the page", async () => {
    const db = await getDb();
    const filters = dashboardFiltersSchema.parse({ from: RANGE.from, to: RANGE.to });
    const { table, fileName } = await buildExportTable(db, { workspaceId, table: "totals", filters });
    expect(fileName).toBe("brandpilot-totals-2026-11-15_2026-11-28.csv");
    const lines = kpiTableToCsv(table).split("\r\n");
    expect(lines[0]).toBe("Metric,Currency,This period,Previous period,Change (%),Why no change");
    // The fixture's previous period has data on one day of 14: its figures are exported, its changes are not.
    expect(lines).toContain("CTR,,4.5625,2,,not enough data in the previous period (1 of 14 days)");
    expect(lines).toContain("Cost,EUR,110.00,10.00,,not enough data in the previous period (1 of 14 days)");
  });
});

describe("dashboard export route", () => {
  it("serves the CSV to managers and refuses marketers", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    await performanceFixture(workspace.id);
    const url = `http://localhost/${workspace.slug}/dashboard/export?workspaceId=${workspace.id}&table=campaigns&from=${RANGE.from}&to=${RANGE.to}`;
    signInAs(members.manager.id);
    const response = await exportRoute(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain("brandpilot-campaigns-2026-11-15_2026-11-28.csv");
    const csv = await response.text();
    expect(csv.split("\r\n")[0]).toMatch(/^Campaign,Channel,Currency,Impressions,Clicks,Conversions,Cost \(row currency\),/);
    expect(csv).toContain("Spring Sale,Google Ads,EUR,4000,160,8,90.00");
    signInAs(members.marketer.id);
    expect((await exportRoute(new Request(url))).status).toBe(403);
    signInAs(members.admin.id);
    const bad = await exportRoute(new Request(url.replace("table=campaigns", "table=nope")));
    expect(bad.status).toBe(400);
  });
});

describe("copilot figures", () => {
  it("computes review, validity, grounding, cost and model-call figures for the range", async () => {
    const db = await getDb();
    const { id: ws } = await createTestWorkspace();
    const hours = (iso: string, h: number) => new Date(new Date(iso).getTime() + h * 3_600_000);
    const specs = [
      { briefAt: "2026-11-16T10:00:00Z", approvedAfter: 10, rounds: 1, first: true, ratio: 0.1, outcome: "valid", cost: 0.02, rule: null },
      { briefAt: "2026-11-17T10:00:00Z", approvedAfter: 30, rounds: 2, first: false, ratio: 0.3, outcome: "invalid", cost: 0.04, rule: "grounding.missing_citation" },
      { briefAt: "2026-11-18T10:00:00Z", approvedAfter: null, rounds: 1, first: null, ratio: null, outcome: "valid", cost: 0.03, rule: "rsa.headline.max_length" },
      { briefAt: "2026-10-01T10:00:00Z", approvedAfter: 5, rounds: 1, first: true, ratio: 0, outcome: "valid", cost: 9, rule: null },
    ];
    for (const spec of specs) {
      const id = createId("asset");
      const approvedAt = spec.approvedAfter === null ? null : hours(spec.briefAt, spec.approvedAfter);
      await db.insert(assets).values({
        id, workspaceId: ws, kind: "google-rsa", state: approvedAt ? "approved" : "in_review", title: "t", language: "en", createdBy: "u",
        reviewRounds: spec.rounds, approvedOnFirstReview: spec.first, editorChangeRatio: spec.ratio, approvedAt, briefAt: new Date(spec.briefAt),
      });
      await db.insert(assetVersions).values({
        id: createId("assetVersion"), assetId: id, workspaceId: ws, version: 1, createdBy: "u", content: {} as never,
        validation: { valid: !spec.rule, issues: spec.rule ? [{ path: "", rule: spec.rule, severity: "error", message: "m" }] : [], counts: { errors: spec.rule ? 1 : 0, warnings: 0 } },
        provenance: { attempts: [{ modelId: "m1", outcome: spec.outcome, repairRound: 0, errors: 0 }], costUsd: spec.cost } as never,
      });
    }
    const call = (task: string, latencyMs: number, extra: Partial<typeof modelCalls.$inferInsert>) =>
      db.insert(modelCalls).values({ id: createId("modelCall"), workspaceId: ws, task, reasons: [], attempts: [{ modelId: "m1" }], latencyMs, chosenModel: "m1", createdAt: new Date("2026-11-20T12:00:00Z"), ...extra });
    await call("ad-variants", 100, { costUsd: 0.01 });
    await call("ad-variants", 300, { cacheHit: "exact", attempts: [] });
    await call("ad-variants", 500, { chosenModel: "m2", attempts: [{ modelId: "m1", outcome: "retryable" }, { modelId: "m2", outcome: "success" }], costUsd: 0.02 });
    await call("answer-question", 900, { chosenModel: null, errorClass: "all_candidates_failed" });

    const { figures, tasks } = await getCopilotFigures(db, { workspaceId: ws, range: RANGE });
    expect(figures).toMatchObject({ assetsGenerated: 3, assetsApproved: 2, generatedVersions: 3, calls: 4 });
    expect(figures.approvalRate).toBeCloseTo(2 / 3);
    expect(figures.firstReviewApprovalRate).toBeCloseTo(0.5);
    expect(figures.meanReviewRounds).toBeCloseTo(1.5);
    expect(figures.hoursToApprovalP50).toBeCloseTo(20);
    expect(figures.hoursToApprovalP90).toBeCloseTo(28);
    expect(figures.meanEditorChangeRatio).toBeCloseTo(0.2);
    expect(figures.firstPassValidity).toBeCloseTo(2 / 3);
    expect(figures.groundingRate).toBeCloseTo(2 / 3);
    expect(figures.generationCostUsd).toBeCloseTo(0.09);
    expect(figures.costPerAssetUsd).toBeCloseTo(0.03);
    expect(figures.costPerApprovedAssetUsd).toBeCloseTo(0.045);
    expect(figures.latencyP50Ms).toBeCloseTo(400);
    expect(figures.latencyP95Ms).toBeCloseTo(840);
    expect(figures.cacheHitRate).toBeCloseTo(0.25);
    expect(figures.fallbackRate).toBeCloseTo(1 / 3);
    expect(figures.failureRate).toBeCloseTo(0.25);
    expect(figures.callsCostUsd).toBeCloseTo(0.03);
    expect(tasks.map((t) => [t.task, t.calls])).toEqual([
      ["ad-variants", 3],
      ["answer-question", 1],
    ]);
  });

  it("answers null, not 0, for rates with nothing to measure", async () => {
    const db = await getDb();
    const { id: ws } = await createTestWorkspace();
    const { figures, tasks } = await getCopilotFigures(db, { workspaceId: ws, range: RANGE });
    expect(figures).toMatchObject({ assetsGenerated: 0, approvalRate: null, firstPassValidity: null, costPerAssetUsd: null, latencyP50Ms: null, cacheHitRate: null, failureRate: null, calls: 0 });
    expect(tasks).toEqual([]);
  });
});
