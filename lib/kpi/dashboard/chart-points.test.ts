import { describe, expect, it } from "vitest";
import { buildChartPoints } from "./chart-points";
import { buildTiles, chooseChartCurrency } from "./tiles";
import { sumTotals } from "@/lib/kpi/metrics/sum-totals";

const eur = { currency: "EUR", impressions: 1000, clicks: 50, conversions: 5, costMinor: 2500, revenueMinor: 10_000 };
const chf = { currency: "CHF", impressions: 100, clicks: 5, conversions: 0, costMinor: 9000, revenueMinor: 0 };

describe("chart points", () => {
  it("leave gaps (null) for undefined rates and use major units of the chart currency", () => {
    const empty = { impressions: 0, clicks: 0, conversions: 0 };
    const [day1, day2] = buildChartPoints(
      [
        { key: "2026-11-01", counts: { impressions: 1000, clicks: 50, conversions: 5 }, aiCounts: { impressions: 400, clicks: 30, conversions: 2 }, otherCounts: { impressions: 600, clicks: 20, conversions: 3 }, byCurrency: [eur] },
        { key: "2026-11-02", counts: empty, aiCounts: empty, otherCounts: empty, byCurrency: [] },
      ],
      "EUR",
    );
    expect(day1).toMatchObject({ ctr: 0.05, aiCtr: 0.075, otherCtr: 20 / 600, cost: 25, revenue: 100, cpc: 0.5, cpa: 5, roas: 4 });
    expect(day2).toMatchObject({ clicks: 0, ctr: null, cvr: null, cost: 0, cpc: null, roas: null });
  });

  it("chart the requested currency, or the one with the most spend", () => {
    const totals = sumTotals([eur, chf]);
    expect(chooseChartCurrency(totals, undefined)).toBe("CHF");
    expect(chooseChartCurrency(totals, "EUR")).toBe("EUR");
    expect(chooseChartCurrency(totals, "USD")).toBe("CHF");
    expect(chooseChartCurrency(sumTotals([]), undefined)).toBeNull();
  });

  it("give money tiles one value per currency and count tiles one value for everything", () => {
    const tiles = buildTiles(sumTotals([eur, chf]), sumTotals([eur]), { daysWithData: 7, days: 7 });
    expect(tiles.find((t) => t.metric.id === "clicks")!.values).toEqual([
      { currency: null, current: 55, previous: 50, change: 0.1, assessment: "better", comparison: { kind: "change", change: 0.1, assessment: "better" } },
    ]);
    expect(tiles.find((t) => t.metric.id === "cpc")!.values.map((v) => [v.currency, v.current])).toEqual([
      ["CHF", 1800],
      ["EUR", 50],
    ]);
  });
});

describe("tiles against a sparse previous period", () => {
  it("carry no change and say why", () => {
    const eur = { currency: "EUR", impressions: 1000, clicks: 50, conversions: 2, costMinor: 100, revenueMinor: 500 };
    const tiles = buildTiles(sumTotals([eur]), sumTotals([eur]), { daysWithData: 30, days: 90 });
    expect(tiles.find((t) => t.metric.id === "clicks")!.values[0]).toMatchObject({
      change: null,
      assessment: null,
      comparison: { kind: "not-enough-data", coverage: { daysWithData: 30, days: 90 } },
    });
  });
});
