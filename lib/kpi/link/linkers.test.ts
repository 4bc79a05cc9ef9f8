import { describe, expect, it } from "vitest";
import { createAssetLinker } from "./asset-linker";
import { RowLinker } from "./row-linker";

describe("createAssetLinker", () => {
  const linker = createAssetLinker([
    { assetId: "ast_a", utmCampaign: "Spring Sale", utmContent: "Fjell A", rank: 2 },
    { assetId: "ast_b", utmCampaign: "spring_sale", utmContent: "fjell_b", rank: 1 },
    { assetId: "ast_newer", utmCampaign: "spring_sale", utmContent: "fjell_a", rank: 0 },
    { assetId: "ast_campaign", utmCampaign: "brand", utmContent: null, rank: 3 },
  ]);

  it("matches campaign and content as buildUtmUrl normalises them, preferring the better-ranked asset", () => {
    expect(linker("spring_sale", "fjell_a")).toBe("ast_newer");
    expect(linker("Spring Sale", "fjell_b")).toBe("ast_b");
  });

  it("requires the content to agree: a campaign-level URL credits no content-specific asset", () => {
    expect(linker("spring_sale", null)).toBeNull();
    expect(linker("brand", null)).toBe("ast_campaign");
    expect(linker("brand", "x")).toBeNull();
    expect(linker(null, "fjell_a")).toBeNull();
  });
});

describe("RowLinker", () => {
  const byUtm = createAssetLinker([{ assetId: "ast_a", utmCampaign: "spring", utmContent: "a", rank: 0 }]);
  const base = { platform: "google-ads", adId: "", utmCampaign: null, utmContent: null };

  it("links by UTM, then by ad ids known from earlier imports or learned earlier in the file", () => {
    const linker = new RowLinker(byUtm, [{ platform: "google-ads", adId: "7", assetId: "ast_old" }]);
    expect(linker.link({ ...base, adId: "7" })).toBe("ast_old");
    expect(linker.link({ ...base, adId: "9", utmCampaign: "spring", utmContent: "a" })).toBe("ast_a");
    expect(linker.link({ ...base, adId: "9" })).toBe("ast_a");
    expect(linker.link({ ...base, adId: "9", platform: "meta-ads" })).toBeNull();
    expect(linker.learnedLinks()).toEqual([{ platform: "google-ads", adId: "9", assetId: "ast_a" }]);
    expect(linker.adIdsToRelink()).toEqual([]);
  });

  it("names the ads whose URL-less rows streamed past before their link was learned", () => {
    const linker = new RowLinker(byUtm, []);
    expect(linker.link({ ...base, adId: "5" })).toBeNull();
    expect(linker.link({ ...base, adId: "5", utmCampaign: "spring", utmContent: "a" })).toBe("ast_a");
    expect(linker.adIdsToRelink()).toEqual([{ platform: "google-ads", adId: "5", assetId: "ast_a" }]);
  });
});
