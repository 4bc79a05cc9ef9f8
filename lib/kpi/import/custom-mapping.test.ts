import { describe, expect, it } from "vitest";
import { customMappingPreset, customMappingSchema } from "./custom-mapping";
import { importReport } from "./import-report";

describe("custom mapping", () => {
  it("validates the form input and applies defaults", () => {
    const parsed = customMappingSchema.parse({
      channel: "linkedin-ads",
      columns: { date: "Start Date (in UTC)", campaign: "Campaign Name", impressions: "Impressions", clicks: "Clicks", cost: "Total Spent" },
      defaultCurrency: "usd",
    });
    expect(parsed.slashDateOrder).toBe("mdy");
    expect(parsed.defaultCurrency).toBe("USD");
    expect(customMappingSchema.safeParse({ channel: "x", columns: { date: "D" } }).success).toBe(false);
    expect(customMappingSchema.safeParse({ channel: "x", columns: { date: "D", campaign: "C", impressions: "I", clicks: "K", cost: "S" }, defaultCurrency: "EUX" }).success).toBe(false);
  });

  it("imports an unknown export through the user's chosen headers", async () => {
    const preset = customMappingPreset(
      customMappingSchema.parse({
        channel: "linkedin-ads",
        columns: { date: "Start Date (in UTC)", campaign: "Campaign Name", impressions: "Impressions", clicks: "Clicks", cost: "Total Spent", adId: "Creative ID" },
        defaultCurrency: "USD",
      }),
    );
    const csv = [
      "Campaign Performance Report",
      "Start Date (in UTC),Campaign Name,Creative ID,Impressions,Clicks,Total Spent",
      "11/03/2026,Launch,9001,2500,31,48.10",
    ].join("\n");
    const result = await importReport(csv, { mapping: preset });
    expect(result.format.presetId).toBe("custom");
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { date: "2026-11-03", campaign: "Launch", adGroup: "", adId: "9001", platform: "linkedin-ads", impressions: 2500, clicks: 31, conversions: 0, costMinor: 4810, revenueMinor: 0, currency: "USD", utmCampaign: null, utmContent: null },
    ]);
  });
});
