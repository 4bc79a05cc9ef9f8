import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { addDays } from "@/lib/kpi/metrics/period";
import { getCopilotFigures } from "@/lib/kpi/queries/copilot";
import { hasSyntheticData, listImports } from "@/lib/kpi/queries/imports";
import { getAssetPerformance } from "@/lib/kpi/queries/assets";
import { getLatestDataDate, getPerformanceSummary } from "@/lib/kpi/queries/summary";
import { metricUplift } from "@/lib/kpi/stats/metric-uplift";
import { seedDemoPerformance } from "./demo-performance";

describe("synthetic demo performance", () => {
  it("gives a fresh workspace a living, labelled dashboard: recent days, AI-linked assets, two currencies, copilot figures", async () => {
    const db = await getDb();
    const { workspace } = await createWorkspaceWithEveryRole();
    const now = new Date("2026-11-30T08:00:00Z");
    const { rows } = await db.transaction((tx) => seedDemoPerformance(tx, { workspaceId: workspace.id, now }));
    // 10 ads run all 120 days; the 7 AI-generated ones from two days after their asset's brief.
    expect(rows).toBe(10 * 120 + 120 + 116 + 99 + 94 + 72 + 59 + 45);

    expect(await hasSyntheticData(db, { workspaceId: workspace.id })).toBe(true);
    const [seeded] = await listImports(db, { workspaceId: workspace.id, limit: 5 });
    expect(seeded).toMatchObject({ origin: "synthetic", status: "succeeded", rowsInserted: rows, firstDate: "2026-08-02", lastDate: "2026-11-29" });
    expect(await getLatestDataDate(db, { workspaceId: workspace.id })).toBe("2026-11-29");

    const range = { from: addDays("2026-11-29", -27), to: "2026-11-29" };
    const { current } = await getPerformanceSummary(db, { workspaceId: workspace.id, range });
    expect(current.all.byCurrency.map((t) => t.currency)).toEqual(["CHF", "EUR"]);
    expect(current.ai.counts.clicks).toBeGreaterThan(1_000);
    // Enough data for a verdict on CTR, not "insufficient data".
    expect(metricUplift("ctr", current.ai.counts, current.other.counts).verdict).not.toBe("insufficient data");
    expect((await getAssetPerformance(db, { workspaceId: workspace.id, range })).map((a) => a.title)).toContain("Fjell Hardshell – RSA A (synthetic demo)");

    const { figures } = await getCopilotFigures(db, { workspaceId: workspace.id, range: { from: "2026-07-01", to: "2026-11-29" } });
    expect(figures).toMatchObject({ assetsGenerated: 13, assetsApproved: 13, calls: 13 + 24 });
    expect(figures.firstPassValidity).toBeCloseTo(10 / 13);
    expect(figures.cacheHitRate).toBeCloseTo(8 / 37);
    // The default view (28 days up to the newest data) has copilot figures too.
    expect((await getCopilotFigures(db, { workspaceId: workspace.id, range })).figures.assetsGenerated).toBe(6);
  });

  it("is deterministic: the same day seeds the same figures", async () => {
    const db = await getDb();
    const now = new Date("2026-11-30T08:00:00Z");
    const totals = [];
    for (let i = 0; i < 2; i++) {
      const { workspace } = await createWorkspaceWithEveryRole();
      await db.transaction((tx) => seedDemoPerformance(tx, { workspaceId: workspace.id, now }));
      totals.push((await getPerformanceSummary(db, { workspaceId: workspace.id, range: { from: "2026-08-01", to: "2026-11-29" } })).current.all.byCurrency);
    }
    expect(totals[0]).toEqual(totals[1]);
  });
});
