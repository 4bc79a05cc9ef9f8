import { describe, expect, it } from "vitest";
import { resolveLayout, type ColumnLayout } from "./header";
import { mapRow } from "./map-row";
import { GOOGLE_ADS_EN, META_ADS } from "./presets";

function layoutFor(headers: string[], preset = GOOGLE_ADS_EN): ColumnLayout {
  const { layout } = resolveLayout(headers, preset);
  if (!layout) throw new Error("test header does not map");
  return layout;
}

const google = layoutFor(["Day", "Campaign", "Ad group", "Ad ID", "Impr.", "Clicks", "Conversions", "Cost", "Conv. value", "Currency code"]);
const problems = (cells: string[], layout = google) => {
  const result = mapRow(cells, layout);
  return result.ok ? [] : result.problems;
};

describe("mapRow", () => {
  it("accepts a valid row", () => {
    const result = mapRow(["2026-11-03", "Brand", "Jackets", "42", "1000", "50", "1.255", "25.00", "80", "EUR"], google);
    expect(result).toEqual({
      ok: true,
      row: { date: "2026-11-03", campaign: "Brand", adGroup: "Jackets", adId: "42", platform: "google-ads", impressions: 1000, clicks: 50, conversions: 1.26, costMinor: 2500, revenueMinor: 8000, currency: "EUR", utmCampaign: null, utmContent: null },
    });
  });

  it("says what is wrong with a number", () => {
    expect(problems(["2026-11-03", "Brand", "", "", "1000", "abc", "0", "1", "0", "EUR"])).toEqual(["clicks is 'abc', expected a number"]);
    expect(problems(["2026-11-03", "Brand", "", "", "1000.5", "5", "0", "1", "0", "EUR"])).toEqual(["impressions is '1000.5', expected a whole number"]);
    expect(problems(["2026-11-03", "Brand", "", "", "1000", "5", "0", "12%", "0", "EUR"])).toEqual(["cost is '12%', expected an amount like 1,234.56, not a percentage"]);
  });

  it("rejects negatives and more clicks than impressions", () => {
    expect(problems(["2026-11-03", "Brand", "", "", "1000", "5", "0", "-3.00", "0", "EUR"])).toEqual(["cost is '-3.00', must not be negative"]);
    expect(problems(["2026-11-03", "Brand", "", "", "100", "120", "0", "1", "0", "EUR"])).toEqual(["clicks (120) exceed impressions (100)"]);
  });

  it("rejects missing required fields and short lines", () => {
    expect(problems(["", "", "", "", "1", "0", "0", "0", "0", "EUR"])).toEqual(["date is empty", "campaign is empty"]);
    expect(problems(["2026-11-03", "Brand", "Jackets"])).toEqual(["the line has 3 of the header's 10 columns, so impressions, clicks, cost are missing"]);
  });

  it("reads optional trailing columns a tool dropped as empty", () => {
    const result = mapRow(["2026-11-03", "Brand", "", "", "10", "1", "0", "2.00"], layoutFor(["Day", "Campaign", "Ad group", "Ad ID", "Impr.", "Clicks", "Conversions", "Cost", "Conv. value"], { ...GOOGLE_ADS_EN, defaultCurrency: "EUR" }));
    expect(result.ok && [result.row.revenueMinor, result.row.costMinor]).toEqual([0, 200]);
  });

  it("rejects unknown currencies and unreadable dates", () => {
    expect(problems(["2026-11-03", "Brand", "", "", "1", "0", "0", "0", "0", "EUX"])).toEqual(["currency is 'EUX', expected an ISO 4217 code like EUR"]);
    expect(problems(["13/11/2026", "Brand", "", "", "1", "0", "0", "0", "0", "EUR"])).toEqual([
      "date is '13/11/2026', expected a date like 2026-11-03, Nov 3, 2026, 03.11.2026 or 11/03/2026 (month/day/year)",
    ]);
  });

  it("uses the currency's minor unit (JPY has none) and lowercase codes", () => {
    const result = mapRow(["2026-11-03", "Brand", "", "", "10", "1", "0", "1,500", "0", "jpy"], google);
    expect(result.ok && [result.row.currency, result.row.costMinor]).toEqual(["JPY", 1500]);
  });

  it("flags a currency column that contradicts the spend header", () => {
    const meta = layoutFor(["Day", "Campaign name", "Impressions", "Link clicks", "Amount spent (EUR)", "Currency"], META_ADS);
    expect(problems(["2026-11-03", "Launch", "100", "5", "3.20", "USD"], meta)).toEqual(["currency USD contradicts the EUR in the cost column's header"]);
    const ok = mapRow(["2026-11-03", "Launch", "100", "5", "3.20", ""], meta);
    expect(ok.ok && ok.row.currency).toBe("EUR");
  });
});
