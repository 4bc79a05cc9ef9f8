import { describe, expect, it } from "vitest";
import type { ImportRow } from "@/lib/kpi/import/types";
import { foldBatch } from "./fold-batch";

const row = (overrides: Partial<ImportRow & { line: number; assetId: string | null }> = {}) => ({
  date: "2026-11-01",
  campaign: "Brand",
  adGroup: "Brand terms",
  adId: "1",
  platform: "google-ads",
  impressions: 100,
  clicks: 10,
  conversions: 0.1,
  costMinor: 500,
  revenueMinor: 1000,
  currency: "EUR",
  utmCampaign: null,
  utmContent: null,
  line: 2,
  assetId: null,
  ...overrides,
});

describe("foldBatch", () => {
  it("adds up rows of the same ad and day (segments), keeping the first line and any link or tag", () => {
    const { rows, conflicts } = foldBatch([row({ line: 2 }), row({ line: 3, conversions: 0.2, utmContent: "a", assetId: "ast_1" }), row({ line: 4, adId: "2" })]);
    expect(conflicts).toEqual([]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ line: 2, impressions: 200, clicks: 20, conversions: 0.3, costMinor: 1000, revenueMinor: 2000, utmContent: "a", assetId: "ast_1" });
    expect(rows[0]!.key).toBe(JSON.stringify(["2026-11-01", "google-ads", "Brand", "Brand terms", "1"]));
  });

  it("rejects a later row of the same ad and day in another currency instead of adding money across currencies", () => {
    const { rows, conflicts } = foldBatch([row({ line: 2 }), row({ line: 9, currency: "USD" })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.currency).toBe("EUR");
    expect(conflicts).toEqual([{ line: 9, message: expect.stringMatching(/^line 9: the same ad and day as line 2, but in USD instead of EUR;/) }]);
  });

  it("keeps different days, ad platforms and ad groups apart", () => {
    const { rows } = foldBatch([row(), row({ date: "2026-11-02" }), row({ platform: "meta-ads" }), row({ adGroup: "Other" })]);
    expect(rows).toHaveLength(4);
  });
});
