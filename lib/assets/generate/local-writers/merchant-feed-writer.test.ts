import { describe, expect, it } from "vitest";
import { MERCHANT_LIMITS } from "@/lib/assets/validate/merchant-limits";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { writeFieldRewrite } from "./field-rewrite-writer";
import { writeMerchantFeed } from "./merchant-feed-writer";
import { briefFor, contextFor, inputFor, PRODUCT_FEED_ID, productChunk, sourcesFor } from "@/lib/testing/assets/writer-fixtures";

/** The fixture's product chunk with other fact lines: what a Merchant Center feed import writes. */
function feedChunk(attributes: string, description = "The Fjell is a weatherproof three-layer hardshell for alpine tours in wind and rain. At 420 g it packs small into any daypack.") {
  const chunk = productChunk("en");
  return { ...chunk, text: ["Product: Fjell 3L Hardshell Jacket", "Category: Jackets > Hardshell", "Price: 349.00 EUR", `Attributes: ${attributes}`, "URL: https://nordlicht.example/p/fjell-3l", "", description].join("\n") };
}

describe("writeMerchantFeed", () => {
  it("writes the product's name and material, its own sentences and the feed attributes, keyed by the feed id", () => {
    const feed = writeMerchantFeed(inputFor(briefFor("merchant-feed", "en"), sourcesFor("en")));
    expect(feed.productId).toBe(PRODUCT_FEED_ID);
    expect(feed.title).toEqual({ text: "Fjell 3L Hardshell Jacket, recycled nylon", citations: ["chk_product_en"] });
    expect(feed.description.text).toBe(
      "The Fjell is a weatherproof three-layer hardshell for alpine tours in wind and rain. Its recycled nylon face fabric is PFC-free and keeps you dry with a 20,000 mm water column. Taped seams and a helmet-compatible hood keep the weather out. At 420 g it packs small into any daypack. While stocks last.",
    );
    expect(feed.highlights.map((highlight) => highlight.text).slice(0, 3)).toEqual(["Material recycled nylon", "Weight 420 g", "Water column 20,000 mm"]);
    expect(feed.highlights.length).toBeLessThanOrEqual(6);
  });

  it("leads with the feed's brand and adds gender and colour while the title stays within Shopping's 70 characters", () => {
    const sources = [feedChunk("Brand: Nordlicht Outdoor; Gender: female; Color: Moss green; Material: recycled nylon; Size: S, M, L")];
    const feed = writeMerchantFeed(inputFor(briefFor("merchant-feed", "en"), sources));
    // The material would take the title past 70 characters; a size range belongs to the variants.
    expect(feed.title.text).toBe("Nordlicht Outdoor Fjell 3L Hardshell Jacket, Women's, Moss green");
    expect(visibleLength(feed.title.text)).toBeLessThanOrEqual(MERCHANT_LIMITS.title.softMax);
    expect(validateAsset(feed, contextFor(briefFor("merchant-feed", "en"), sources)).issues).toEqual([]);
  });

  it("describes only this product: no promotion, nothing about the shop or another model of the line", () => {
    const news = {
      id: "chk_news",
      title: "News",
      version: 1,
      section: null,
      url: null,
      text: "The Fjell is on sale now with free shipping. The Fjell fits over a fleece or a light down jacket. Our Hamburg shop opens at nine. The Fjell 2L is lighter still.",
    };
    const feed = writeMerchantFeed(inputFor(briefFor("merchant-feed", "en"), [...sourcesFor("en"), news]));
    expect(feed.description.text).toContain("The Fjell fits over a fleece or a light down jacket.");
    expect(feed.description.citations).toEqual(["chk_product_en", "chk_news"]);
    expect(JSON.stringify(feed)).not.toMatch(/on sale|free shipping|Hamburg|Fjell 2L|Nordlicht has made/);
  });

  it("leaves the offer the goal names out, and says why", () => {
    const brief = briefFor("merchant-feed", "de", { goal: "Herbstaktion: 15 % Rabatt mit dem Code HERBST15 bis 31. Oktober" });
    const campaign = { id: "chk_campaign", title: "Herbstaktion", version: 1, section: null, url: null, text: "Mit dem Code HERBST15 gibt es bis 31. Oktober 15 % Rabatt auf die Fjell." };
    const feed = writeMerchantFeed(inputFor(brief, [...sourcesFor("de"), campaign]));
    expect(JSON.stringify([feed.title, feed.description, feed.highlights])).not.toMatch(/HERBST15|Rabatt|15 %/);
    expect(feed.omissions.map((omission) => omission.item)).toEqual(["Discount code HERBST15", "Discount of 15 %", "End date 31. Oktober"]);
    expect(feed.omissions[0]!.reason).toMatch(/Merchant Center promotion/);
  });

  it("writes German copy from German sources, and another variant leads with another sentence", () => {
    const brief = briefFor("merchant-feed", "de");
    const first = writeMerchantFeed(inputFor(brief, sourcesFor("de")));
    const second = writeMerchantFeed(inputFor({ ...brief, variant: 1 }, sourcesFor("de")));
    expect(first.title.text).toBe("Fjell 3L Hardshelljacke, recyceltes Nylon");
    expect(first.description.text).toMatch(/^Die Fjell ist eine wetterfeste Dreilagen-Hardshelljacke/);
    expect(second.description.text).not.toEqual(first.description.text);
    expect(validateAsset(second, contextFor(brief, sourcesFor("de"))).issues).toEqual([]);
  });

  it("gives no highlights rather than a single one, and describes a product without prose by its attributes", () => {
    const bare = feedChunk("Material: recycled nylon", "");
    const feed = writeMerchantFeed(inputFor(briefFor("merchant-feed", "en"), [bare]));
    expect(feed.highlights).toEqual([]);
    expect(feed.description.text).toBe("Fjell 3L Hardshell Jacket in detail: material recycled nylon. While stocks last.");
  });

  it("keeps the price out of every field: a price is promotion in Merchant text", () => {
    const feed = writeMerchantFeed(inputFor(briefFor("merchant-feed", "en"), [feedChunk("Weight: 420 g", "")]));
    expect(JSON.stringify(feed)).not.toMatch(/349|€/);
  });

  it("never offers promotional text when a field of feed copy is regenerated", () => {
    const promo = { id: "chk_promo", title: "News", version: 1, section: null, url: null, text: "The Fjell hardshell now ships with free shipping in every size." };
    const field = { path: "highlights[0]", label: "Highlight 1", currentText: "Fjell hardshell with free shipping", max: MERCHANT_LIMITS.highlights.maxLength };
    const rewritten = writeFieldRewrite(inputFor({ ...briefFor("merchant-feed", "en"), field } as ReturnType<typeof briefFor>, [...sourcesFor("en"), promo]));
    expect(rewritten.text).not.toBe("");
    expect(rewritten.text).not.toMatch(/free shipping/i);
    // The same sources give an ad that sentence: only feed copy is held to Merchant's policy.
    const forAd = writeFieldRewrite(inputFor({ ...briefFor("meta-ad", "en"), field: { ...field, path: "primaryText", max: 125 } } as ReturnType<typeof briefFor>, [...sourcesFor("en"), promo]));
    expect(forAd.text).toMatch(/free shipping/);
  });
});
