import { describe, expect, it } from "vitest";
import { socialPostText } from "@/lib/assets/export/social-post-text";
import { assetTitle } from "@/lib/assets/drafts/asset-title";
import { fieldLimit } from "@/lib/assets/generate/field-paths";
import { cited, instagramPost, linkedInPost, metaAd, xPost } from "@/lib/testing/assets/validate-fixtures";
import { composeSocialPost, hashtagLine, postLinkUrl } from "./compose-post";

describe("composeSocialPost", () => {
  it("puts the text, the tracked link and the hashtags in blocks, as posted", () => {
    expect(composeSocialPost(linkedInPost())).toBe(
      "The Fjell rain jacket weighs 350 g.\n\nIt keeps your team dry on every site visit.\n\nhttps://shop.example/en/fjell?utm_source=linkedin&utm_medium=social&utm_campaign=fjell_launch_2026\n\n#Fjell #RainJacket",
    );
  });

  it("leaves out what a post does not have: Instagram's link, empty hashtags, an unusable URL", () => {
    expect(composeSocialPost(instagramPost({ hashtags: [] }))).toBe("Die Fjell Regenjacke wiegt 350 g.\n\nWasserdicht und leicht.");
    expect(composeSocialPost(xPost({ link: { ...xPost().link, finalUrl: "fjell" } }))).toBe("The Fjell rain jacket weighs 350 g.\n\n#Fjell");
  });

  it("writes hashtags with one '#' however they were stored", () => {
    expect(hashtagLine(["Fjell", "#RainJacket", " ", "##Nordlicht"])).toBe("#Fjell #RainJacket #Nordlicht");
  });

  it("has no tracked link without an absolute URL", () => {
    expect(postLinkUrl(null)).toBeNull();
    expect(postLinkUrl({ ...xPost().link, finalUrl: "/p/fjell" })).toBeNull();
  });
});

describe("socialPostText (export)", () => {
  it("is the composed post with a final line break, for posts only", () => {
    expect(socialPostText(xPost())).toBe(`${composeSocialPost(xPost())}\n`);
    expect(socialPostText(metaAd())).toBeNull();
  });
});

describe("a post in lists and rewrites", () => {
  it("is titled by its opening paragraph, cut at a word when long", () => {
    expect(assetTitle(linkedInPost())).toBe("The Fjell rain jacket weighs 350 g.");
    const long = assetTitle(xPost({ text: cited(`${"Taped seams keep the weather out ".repeat(5)}today.`) }));
    expect(long.length).toBeLessThanOrEqual(91);
    expect(long).toMatch(/out…$|the…$|seams…$|keep…$|weather…$|Taped…$/);
  });

  it("rewrites the text within the feed's first view (X: with room for link and hashtags)", () => {
    expect(fieldLimit("linkedin-post", "text")).toBe(210);
    expect(fieldLimit("instagram-post", "text")).toBe(125);
    expect(fieldLimit("x-post", "text")).toBe(200);
  });
});
