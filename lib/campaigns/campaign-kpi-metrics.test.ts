import { describe, expect, it } from "vitest";
import { sumTotals } from "@/lib/kpi/metrics/sum-totals";
import { ctr, roas } from "@/lib/kpi/metrics/derived";
import { CAMPAIGN_KPI_METRICS, campaignKpiFigures } from "./campaign-kpi-metrics";

const EUR = { currency: "EUR", impressions: 1000, clicks: 40, conversions: 2, costMinor: 5000, revenueMinor: 20000 };
const CHF = { currency: "CHF", impressions: 500, clicks: 10, conversions: 0, costMinor: 1000, revenueMinor: 0 };

describe("campaignKpiFigures", () => {
  it("shows the campaign's metrics in order, counts over every currency and money per currency", () => {
    const figures = campaignKpiFigures(sumTotals([EUR, CHF]));
    expect(figures.map((figure) => figure.metric.id)).toEqual([...CAMPAIGN_KPI_METRICS]);
    const values = (id: string) => figures.find((figure) => figure.metric.id === id)!.values;
    expect(values("impressions")).toEqual([{ currency: null, value: 1500 }]);
    expect(values("ctr")).toEqual([{ currency: null, value: ctr({ impressions: 1500, clicks: 50, conversions: 2 }) }]);
    expect(values("cost")).toEqual([
      { currency: "CHF", value: 1000 },
      { currency: "EUR", value: 5000 },
    ]);
    // No conversions in CHF: the CPA is undefined there, not 0.
    expect(values("cpa")).toEqual([
      { currency: "CHF", value: null },
      { currency: "EUR", value: 2500 },
    ]);
    expect(values("roas")).toEqual([
      { currency: "CHF", value: 0 },
      { currency: "EUR", value: roas(EUR) },
    ]);
  });

  it("has no money values and zero counts without rows", () => {
    const figures = campaignKpiFigures(sumTotals([]));
    expect(figures.find((figure) => figure.metric.id === "clicks")!.values).toEqual([{ currency: null, value: 0 }]);
    expect(figures.find((figure) => figure.metric.id === "ctr")!.values).toEqual([{ currency: null, value: null }]);
    expect(figures.find((figure) => figure.metric.id === "revenue")!.values).toEqual([]);
  });
});
