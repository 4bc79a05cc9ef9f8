import { describe, expect, it } from "vitest";
import { article as articleFixture } from "@/lib/testing/assets/validate-fixtures";
import { replaceAt, toAssetDraft } from "./asset-draft";

describe("toAssetDraft", () => {
  it("fills missing fields of a partial with empty values", () => {
    const draft = toAssetDraft("google-rsa", { headlines: [{ text: "Warm und tro" }, {}], path1: "Jacken" });
    expect(draft).toEqual({
      kind: "google-rsa",
      language: "en",
      headlines: [
        { text: "Warm und tro", citations: [], pin: null },
        { text: "", citations: [], pin: null },
      ],
      descriptions: [],
      path1: "Jacken",
      path2: null,
      finalUrl: "",
      utm: { source: "", medium: "", campaign: "", content: null, term: null },
    });
  });

  it("leaves an unknown Meta call to action empty instead of guessing", () => {
    expect(toAssetDraft("meta-ad", { callToAction: "SHOP_N" })).toMatchObject({ callToAction: null });
    expect(toAssetDraft("meta-ad", { callToAction: "SHOP_NOW" })).toMatchObject({ callToAction: "SHOP_NOW" });
  });

  it("returns a complete asset unchanged", () => {
    const ad = {
      kind: "linkedin-ad",
      language: "de",
      intro: { text: "Leicht und wasserdicht.", citations: ["chk_1"] },
      headline: { text: "Fjell Shell", citations: ["chk_1"] },
      finalUrl: "https://nordlicht.example/fjell",
      utm: { source: "linkedin", medium: "paid_social", campaign: "fjell", content: null, term: null },
    };
    expect(toAssetDraft("linkedin-ad", ad)).toEqual(ad);
  });

  it("returns a complete article unchanged and reads a half-streamed paragraph as factual", () => {
    const article = articleFixture();
    expect(toAssetDraft("article", article)).toEqual(article);
    const partial = toAssetDraft("article", { outline: ["Pflege"], sections: [{ heading: { text: "Pfl" }, paragraphs: [{ text: "Bei 30" }] }] });
    expect(partial).toMatchObject({ kind: "article", outline: ["Pflege"], canonicalUrl: "", internalLinks: [], jsonLd: "" });
    if (partial.kind !== "article") throw new Error("not an article");
    expect(partial.sections).toEqual([{ heading: { text: "Pfl", citations: [] }, paragraphs: [{ transition: false, text: "Bei 30", citations: [] }] }]);
  });

  it("fills a partial of product feed copy, highlights included", () => {
    expect(toAssetDraft("merchant-feed", { productId: "NL-1002", title: { text: "Fjell Hards" }, highlights: [{ text: "Gewicht 380 g", citations: ["chk_1"] }, {}] })).toEqual({
      kind: "merchant-feed",
      language: "en",
      productId: "NL-1002",
      title: { text: "Fjell Hards", citations: [] },
      description: { text: "", citations: [] },
      highlights: [
        { text: "Gewicht 380 g", citations: ["chk_1"] },
        { text: "", citations: [] },
      ],
    });
  });

  it("treats non-objects as empty", () => {
    expect(toAssetDraft("seo-page", null)).toMatchObject({ title: { text: "", citations: [] }, outline: [], jsonLd: "" });
  });
});

describe("replaceAt", () => {
  it("replaces one item without touching the original", () => {
    const items = ["a", "b", "c"];
    expect(replaceAt(items, 1, "x")).toEqual(["a", "x", "c"]);
    expect(items).toEqual(["a", "b", "c"]);
  });
});

describe("toAssetDraft for social posts", () => {
  it("fills a partial post, with a link for LinkedIn and X only", () => {
    expect(toAssetDraft("x-post", { text: { text: "Leicht" }, hashtags: ["Fjell", 3] })).toEqual({
      kind: "x-post",
      language: "en",
      text: { text: "Leicht", citations: [] },
      hashtags: ["Fjell"],
      link: { finalUrl: "", utm: { source: "", medium: "", campaign: "", content: null, term: null } },
    });
    expect(toAssetDraft("instagram-post", { link: { finalUrl: "https://x.example" } })).not.toHaveProperty("link");
  });
});
