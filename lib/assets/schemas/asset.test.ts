import { describe, expect, it } from "vitest";
import { email, linkedInAd, merchantFeed, metaAd, rsa, seoPage } from "@/lib/testing/assets/validate-fixtures";
import { AssetSchema, isAssetKind } from "./asset";

describe("AssetSchema", () => {
  it("parses a valid asset of every kind unchanged", () => {
    for (const asset of [seoPage(), rsa(), metaAd(), linkedInAd(), email(), merchantFeed()]) {
      expect(AssetSchema.parse(asset)).toEqual(asset);
    }
  });

  it("parses an over-long title: limits are validation rules, not parse failures", () => {
    const page = seoPage({ title: { text: "x".repeat(300), citations: [] } });
    expect(AssetSchema.safeParse(page).success).toBe(true);
  });

  it("parses 16 headlines and a single description: counts are validation rules", () => {
    const headline = { text: "Fjell", citations: [], pin: null };
    const ad = rsa({ headlines: Array.from({ length: 16 }, () => headline), descriptions: [rsa().descriptions[0]!] });
    expect(AssetSchema.safeParse(ad).success).toBe(true);
  });

  it("fails on a missing field", () => {
    const { h1: _h1, ...withoutH1 } = seoPage();
    const result = AssetSchema.safeParse(withoutH1);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["h1"]);
  });

  it("fails on a wrong type", () => {
    const result = AssetSchema.safeParse({ ...rsa(), path1: 42 });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["path1"]]);
  });

  it("fails on a pin Google does not offer", () => {
    const ad = rsa();
    const result = AssetSchema.safeParse({ ...ad, descriptions: [{ ...ad.descriptions[0]!, pin: 3 }, ad.descriptions[1]] });
    expect(result.error?.issues[0]?.path).toEqual(["descriptions", 0, "pin"]);
  });

  it("fails on an outline level other than 2 or 3", () => {
    const page = seoPage();
    const result = AssetSchema.safeParse({ ...page, outline: [{ ...page.outline[0]!, level: 1 }] });
    expect(result.error?.issues[0]?.path).toEqual(["outline", 0, "level"]);
  });

  it("names Meta's buttons when the call to action is unknown", () => {
    const result = AssetSchema.safeParse({ ...metaAd(), callToAction: "SEND_MESSAGE" });
    expect(result.error?.issues[0]?.message).toMatch(/"SEND_MESSAGE" is not one of Meta's buttons: SHOP_NOW, .*MESSAGE_PAGE/);
  });

  it("parses 11 highlights of any length: counts and lengths of feed copy are validation rules", () => {
    const feed = merchantFeed({ highlights: Array.from({ length: 11 }, () => ({ text: "x".repeat(200), citations: [] })) });
    expect(AssetSchema.safeParse(feed).success).toBe(true);
  });

  it("fails on feed copy without a product id", () => {
    const { productId: _productId, ...withoutId } = merchantFeed();
    expect(AssetSchema.safeParse(withoutId).error?.issues[0]?.path).toEqual(["productId"]);
  });

  it("fails on an unknown kind", () => {
    expect(AssetSchema.safeParse({ ...metaAd(), kind: "tiktok-ad" }).success).toBe(false);
  });
});

describe("isAssetKind", () => {
  it("recognises the known kinds only", () => {
    expect(["seo-page", "google-rsa", "meta-ad", "linkedin-ad", "email", "tiktok-ad", 1].map(isAssetKind)).toEqual([true, true, true, true, true, false, false]);
  });
});
