import { describe, expect, it } from "vitest";
import { naturalKey } from "./natural-key";
import type { ImportRow } from "./types";

const row = { date: "2026-11-03", platform: "google-ads", campaign: "Brand", adGroup: "Jackets", adId: "681234567890" };

describe("naturalKey", () => {
  it("is stable for the same ad and day and ignores metrics", () => {
    const imported: ImportRow = { ...row, impressions: 900, clicks: 40, conversions: 2.5, costMinor: 5_000, revenueMinor: 0, currency: "EUR", utmCampaign: null, utmContent: null };
    const reimported: ImportRow = { ...imported, clicks: 42, conversions: 3, costMinor: 5_210, utmContent: "ai-v2" };
    expect(naturalKey(reimported)).toBe(naturalKey(imported));
    expect(naturalKey(row)).toBe('["2026-11-03","google-ads","Brand","Jackets","681234567890"]');
  });

  it("differs when any identifying part differs", () => {
    const keys = new Set([
      naturalKey(row),
      naturalKey({ ...row, date: "2026-11-04" }),
      naturalKey({ ...row, platform: "meta-ads" }),
      naturalKey({ ...row, campaign: "Generic" }),
      naturalKey({ ...row, adGroup: "Boots" }),
      naturalKey({ ...row, adId: "1" }),
    ]);
    expect(keys.size).toBe(6);
  });

  it("cannot be confused by separators inside names", () => {
    expect(naturalKey({ ...row, campaign: "A|B", adGroup: "C" })).not.toBe(naturalKey({ ...row, campaign: "A", adGroup: "B|C" }));
    expect(naturalKey({ ...row, campaign: 'A","B', adGroup: "C" })).not.toBe(naturalKey({ ...row, campaign: "A", adGroup: 'B","C' }));
  });

  it("matches NFC and NFD spellings of the same name", () => {
    expect(naturalKey({ ...row, campaign: "Fru\u0308hling" })).toBe(naturalKey({ ...row, campaign: "Frühling" }));
  });
});
