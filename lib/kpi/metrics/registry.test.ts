import { describe, expect, it } from "vitest";
import { getMetric, isMetricId, METRICS } from "./registry";
import type { Totals } from "./totals";

const totals: Totals = { impressions: 12_345, clicks: 321, conversions: 7.5, costMinor: 64_200, revenueMinor: 192_600, currency: "EUR" };

describe("metric registry", () => {
  it("has unique ids and a formula for every metric", () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const metric of METRICS) expect(metric.formula.length).toBeGreaterThan(5);
  });

  it("computes each metric through its single definition", () => {
    expect(getMetric("ctr").compute(totals)).toBeCloseTo(321 / 12_345, 12);
    expect(getMetric("cpa").compute(totals)).toBeCloseTo(64_200 / 7.5, 9);
    expect(getMetric("roas").compute(totals)).toBe(3);
    expect(getMetric("cpc").compute({ ...totals, clicks: 0 })).toBeNull();
  });

  it("marks money metrics as currency-bound and rate metrics as not", () => {
    expect(METRICS.filter((m) => m.currencyBound).map((m) => m.id)).toEqual(["cost", "revenue", "cpc", "cpa", "roas"]);
    expect(isMetricId("ctr")).toBe(true);
    expect(isMetricId("bounce-rate")).toBe(false);
  });

  it("gives cost a neutral direction and costs per result lower-is-better", () => {
    expect(getMetric("cost").direction).toBe("neutral");
    expect(getMetric("cpc").direction).toBe("lower-is-better");
    expect(getMetric("cvr").direction).toBe("higher-is-better");
  });
});
