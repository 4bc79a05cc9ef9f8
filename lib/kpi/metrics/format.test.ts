import { describe, expect, it } from "vitest";
import { csvMetricHeader, csvMetricValue, formatMetricValue, MISSING_VALUE } from "./format";
import { getMetric } from "./registry";

describe("formatting", () => {
  it("formats for display per locale and shows — for undefined values", () => {
    expect(formatMetricValue(0.026, getMetric("ctr"), { locale: "en-US" })).toBe("2.6%");
    expect(formatMetricValue(64_200, getMetric("cost"), { locale: "en-US", currency: "EUR" })).toBe("€642.00");
    expect(formatMetricValue(64_200, getMetric("cost"), { locale: "de-DE", currency: "EUR" })).toBe("642,00\u00a0€");
    expect(formatMetricValue(1_500, getMetric("cost"), { locale: "en-US", currency: "JPY" })).toBe("¥1,500");
    expect(formatMetricValue(7.5, getMetric("conversions"), { locale: "en-US" })).toBe("7.5");
    expect(formatMetricValue(null, getMetric("cpa"), { locale: "en-US", currency: "EUR" })).toBe(MISSING_VALUE);
    expect(() => formatMetricValue(1, getMetric("cpc"), { locale: "en-US" })).toThrow(/currency/);
  });

  it("exports locale-independent CSV values with the unit in the header", () => {
    expect(csvMetricHeader(getMetric("ctr"))).toBe("CTR (%)");
    expect(csvMetricHeader(getMetric("cpc"), "EUR")).toBe("CPC (EUR)");
    expect(csvMetricValue(0.026, getMetric("ctr"))).toBe("2.6");
    expect(csvMetricValue(200.4, getMetric("cpc"), "EUR")).toBe("2.00");
    expect(csvMetricValue(1_234_567, getMetric("cost"), "EUR")).toBe("12345.67");
    expect(csvMetricValue(3, getMetric("roas"))).toBe("3");
    expect(csvMetricValue(null, getMetric("roas"))).toBe("");
  });
});
