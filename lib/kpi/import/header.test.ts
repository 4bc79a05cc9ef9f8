import { describe, expect, it } from "vitest";
import { detectLayout, normalizeHeader, resolveLayout } from "./header";
import { GOOGLE_ADS_DE, GOOGLE_ADS_EN, META_ADS, PRESETS } from "./presets";

describe("normalizeHeader", () => {
  it("ignores case, spacing, BOM and Unicode normalisation", () => {
    expect(normalizeHeader("\uFEFF  Ad\u00a0group ").name).toBe("ad group");
    expect(normalizeHeader("Wa\u0308hrungscode").name).toBe(normalizeHeader("Währungscode").name);
  });

  it("takes an ISO currency out of a trailing parenthesis", () => {
    expect(normalizeHeader("Amount spent (EUR)")).toEqual({ name: "amount spent", currency: "EUR" });
    expect(normalizeHeader("Clicks (all)")).toEqual({ name: "clicks (all)", currency: null });
    expect(normalizeHeader("Cost (ABC)")).toEqual({ name: "cost (abc)", currency: null }); // not a currency
  });
});

describe("resolveLayout", () => {
  it("maps Google Ads columns to indexes and lists missing optional fields", () => {
    const { layout } = resolveLayout(["Day", "Campaign", "Ad group", "Impr.", "Clicks", "CTR", "Cost"], GOOGLE_ADS_EN);
    expect(layout?.indexes).toEqual({ date: 0, campaign: 1, adGroup: 2, impressions: 3, clicks: 4, cost: 6 });
    expect(layout?.missingOptional).toEqual(["adId", "conversions", "revenue", "currency", "url"]);
  });

  it("reports missing required fields", () => {
    const resolution = resolveLayout(["Day", "Campaign", "Clicks"], GOOGLE_ADS_EN);
    expect(resolution.layout).toBeNull();
    expect(resolution.missingRequired).toEqual(["impressions", "cost"]);
  });

  it("prefers the earlier alias when an export has several", () => {
    const { layout } = resolveLayout(["Day", "Campaign name", "Impressions", "Clicks (all)", "Link clicks", "Amount spent (USD)"], META_ADS);
    expect(layout?.indexes.clicks).toBe(4); // Link clicks before Clicks (all)
    expect(layout?.headerCurrency).toBe("USD");
  });
});

describe("detectLayout", () => {
  it("tells the presets apart by their headers", () => {
    expect(detectLayout(["Day", "Campaign", "Ad group", "Ad ID", "Impr.", "Clicks", "Conversions", "Cost"], PRESETS)?.preset).toBe(GOOGLE_ADS_EN);
    expect(detectLayout(["Tag", "Kampagne", "Anzeigengruppe", "Impr.", "Klicks", "Kosten"], PRESETS)?.preset).toBe(GOOGLE_ADS_DE);
    expect(detectLayout(["Day", "Campaign name", "Ad set name", "Impressions", "Link clicks", "Amount spent (EUR)"], PRESETS)?.preset).toBe(META_ADS);
  });

  it("returns null for title lines and unknown headers", () => {
    expect(detectLayout(["Campaign report"], PRESETS)).toBeNull();
    expect(detectLayout(["Datum", "Kanal", "Umsatz"], PRESETS)).toBeNull();
  });
});
