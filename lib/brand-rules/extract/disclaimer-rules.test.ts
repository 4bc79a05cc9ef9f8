import { describe, expect, it } from "vitest";
import { readDisclaimers } from "./disclaimer-rules";

describe("readDisclaimers: blog articles", () => {
  it.each([
    "„Dieser Beitrag enthält Affiliate-Links.“ – in allen Blogbeiträgen",
    '"This post contains affiliate links." (only in blog posts)',
    "„Dieser Beitrag enthält Affiliate-Links.“ – für jeden Blogartikel",
  ])("reads %j as a disclaimer of the article kind", (item) => {
    expect(readDisclaimers(item, null, "de").map((disclaimer) => disclaimer.channel)).toEqual(["article"]);
  });

  it("does not read a shop's „Artikel“ (products) as blog articles", () => {
    expect(readDisclaimers("„Preise inkl. MwSt.“ – für alle Artikel", null, "de").map((disclaimer) => disclaimer.channel)).toEqual([null]);
  });
});

const channels = (item: string) => readDisclaimers(item, "de", "de").map((rule) => rule.channel);

describe("readDisclaimers: asset kinds named in the condition", () => {
  it("reads organic posts apart from the networks' ads", () => {
    expect(channels("„Preise inkl. MwSt.“ – in allen Instagram-Posts")).toEqual(["instagram-post"]);
    expect(channels("„Preise inkl. MwSt.“ – in allen Instagram-Anzeigen")).toEqual(["meta-ad"]);
    expect(channels("„Preise inkl. MwSt.“ – in LinkedIn-Beiträgen")).toEqual(["linkedin-post"]);
    expect(channels("„Preise inkl. MwSt.“ – in LinkedIn-Anzeigen")).toEqual(["linkedin-ad"]);
    expect(channels('"Prices incl. VAT." (only in X posts and tweets)')).toEqual(["x-post"]);
  });
});

describe("readDisclaimers: the product feed", () => {
  it("reads a note for the Merchant Center feed as one for product feed copy only", () => {
    expect(readDisclaimers("„Farbe kann je nach Bildschirm abweichen.“ – nur im Produktfeed", "de", "de")).toEqual([
      { channel: "merchant-feed", language: "de", text: "Farbe kann je nach Bildschirm abweichen." },
    ]);
    expect(readDisclaimers('Only in Merchant Center: "Colours may vary by screen."', "en", "en").map((rule) => rule.channel)).toEqual(["merchant-feed"]);
  });
});
