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
