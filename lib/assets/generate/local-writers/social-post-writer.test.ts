import { describe, expect, it } from "vitest";
import { composeSocialPost } from "@/lib/assets/social/compose-post";
import { socialPostLength } from "@/lib/assets/validate/social-post";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { aboutChunk, briefFor, contextFor, inputFor, productChunk, sourcesFor } from "@/lib/testing/assets/writer-fixtures";
import { writeInstagramPost, writeLinkedInPost, writeXPost } from "./social-post-writer";

const HASHTAGS = ["Nordlicht", "Hardshell", "Regenjacke", "RainJacket", "Schlafsack", "Sleepingbag", "Recycling", "Bergsport"];

function briefWithHashtags(kind: "linkedin-post" | "instagram-post" | "x-post", language: "de" | "en", hashtags: string[] = HASHTAGS) {
  const brief = briefFor(kind, language);
  return { ...brief, brandRules: { ...brief.brandRules, hashtags } };
}

describe("writeLinkedInPost", () => {
  it("opens with the product by the brand and its price, then the best sentences in short paragraphs, the disclaimer last", () => {
    const post = writeLinkedInPost(inputFor(briefFor("linkedin-post", "en"), sourcesFor("en")));
    const [opening, ...body] = post.text.text.split("\n\n");
    expect(opening).toBe("Fjell 3L Hardshell Jacket by Nordlicht from €349");
    expect(body[0]).toMatch(/^The Fjell is a weatherproof three-layer hardshell for alpine tours in wind and rain\. Its recycled nylon/);
    expect(body.length).toBeGreaterThan(1);
    for (const paragraph of body) expect(paragraph.split(/(?<=\.) (?=\p{Lu})/u).length, paragraph).toBeLessThanOrEqual(2);
    expect(body.at(-1)).toMatch(/While stocks last\.$/);
    expect(post.text.citations).toContain("chk_product_en");
  });

  it("never breaks a paragraph inside an abbreviation", () => {
    const sources = sourcesFor("de").map((source) =>
      source.id === "chk_about_de" ? { ...source, text: "# Über Nordlicht\nNordlicht repariert Jacken, z. B. Hardshelljacken, in Hamburg. Wir reparieren, was wir verkaufen. Jede Jacke ist für viele Saisons gemacht." } : source,
    );
    const post = writeLinkedInPost(inputFor(briefFor("linkedin-post", "de"), sources));
    expect(post.text.text).not.toMatch(/z\.\n|B\.\n\n/);
  });

  it("links the brief's landing page with its UTM values: URL-safe ones as the convention made them, others normalised", () => {
    const brief = briefFor("linkedin-post", "en", { utm: { source: "LinkedIn", medium: "Social", campaign: "Fjell Launch", content: null, term: null } });
    expect(writeLinkedInPost(inputFor(brief, sourcesFor("en"))).link).toEqual({
      finalUrl: "https://nordlicht.example/p/fjell-3l",
      utm: { source: "LinkedIn", medium: "Social", campaign: "fjell_launch", content: null, term: null },
    });
  });

  it("picks the brand's hashtags that match the product, brand first among equals, at most three", () => {
    const post = writeLinkedInPost(inputFor(briefWithHashtags("linkedin-post", "de"), sourcesFor("de")));
    expect(post.hashtags).toEqual(["Nordlicht", "Hardshell", "Regenjacke"]);
    expect(post.hashtags).not.toContain("Schlafsack");
  });

  it("writes no hashtag when the brand lists none", () => {
    expect(writeLinkedInPost(inputFor(briefWithHashtags("linkedin-post", "en", []), sourcesFor("en"))).hashtags).toEqual([]);
  });

  it("never picks a hashtag that contains a banned term", () => {
    const brief = briefWithHashtags("linkedin-post", "de", ["BilligHardshell", "Hardshell"]);
    expect(writeLinkedInPost(inputFor(brief, sourcesFor("de"))).hashtags).toEqual(["Hardshell"]);
  });

  it("passes validation with the brand's hashtag list", () => {
    const brief = briefWithHashtags("linkedin-post", "en");
    const post = writeLinkedInPost(inputFor(brief, sourcesFor("en")));
    const { omissions: _omissions, ...content } = post;
    expect(validateAsset(content, contextFor(brief, sourcesFor("en"))).issues).toEqual([]);
  });
});

describe("writeInstagramPost", () => {
  it("writes a caption without a link and with up to five matching hashtags", () => {
    const post = writeInstagramPost(inputFor(briefWithHashtags("instagram-post", "en"), sourcesFor("en")));
    expect(post).not.toHaveProperty("link");
    expect(post.hashtags.length).toBeGreaterThan(0);
    expect(post.hashtags.length).toBeLessThanOrEqual(5);
    expect(composeSocialPost(post)).not.toMatch(/https?:/);
  });
});

describe("writeXPost", () => {
  it("fits 280 as X counts it, link and hashtags included", () => {
    for (const language of ["de", "en"] as const) {
      const post = writeXPost(inputFor(briefWithHashtags("x-post", language), sourcesFor(language)));
      expect(socialPostLength(post), language).toBeLessThanOrEqual(280);
      expect(post.hashtags.length, language).toBeGreaterThan(0);
      expect(post.text.text.split("\n\n").length, language).toBe(2);
    }
  });

  it("still fits with a 124-character product name and a long tracked link", () => {
    const name = "Nordlicht Expeditions-Hardshelljacke Fjell 3L für Damen und Herren mit Kapuze, Unterarmbelüftung und Brusttaschen für Touren";
    const brief = briefWithHashtags("x-post", "de");
    const long = { ...brief, product: { sourceId: "src_long", title: name, url: null, category: null }, finalUrl: `https://nordlicht.example/de/p/${"sehr-langer-pfad-".repeat(10)}fjell` };
    const sources = [productChunk("de", name), aboutChunk("de")];
    const post = writeXPost(inputFor(long, sources));
    expect(socialPostLength(post)).toBeLessThanOrEqual(280);
    const { omissions: _omissions, ...content } = post;
    expect(validateAsset(content, contextFor(long, sources)).issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });
});
