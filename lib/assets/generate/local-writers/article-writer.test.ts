import { describe, expect, it } from "vitest";
import type { QuotedSource } from "@/lib/ai/local-models/extractive/read-prompt";
import { ARTICLE_LIMITS, articleBodyWords } from "@/lib/assets/validate/article";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { briefFor, contextFor, DISCLAIMER, inputFor, sourcesFor } from "@/lib/testing/assets/writer-fixtures";
import { foreignWords, unsupportedNumbers } from "@/lib/testing/assets/writer-assertions";
import { writeArticle } from "./article-writer";

const paragraphsOf = (article: ReturnType<typeof writeArticle>) => article.sections.flatMap((section) => section.paragraphs);

/** `topics` sections of `sentences` on-topic statements each: far more than 2,000 words. */
function longSources(topics: number, sentences: number): QuotedSource[] {
  const names = ["Layering", "Seams", "Hoods", "Zips", "Membranes", "Sizing", "Repairs", "Storage", "Washing", "Proofing", "Packing", "Fabrics"];
  return names.slice(0, topics).map((name, topic) => ({
    id: `chk_long_${topic}`,
    title: "Hardshell handbook",
    version: 1,
    section: null,
    url: null,
    text: [`## ${name} for hardshell jackets`, ...Array.from({ length: sentences }, (_, n) => `A hardshell jacket keeps walkers dry on long alpine tours in wind and rain, as note ${topic * 100 + n} explains.`)].join("\n"),
  }));
}

describe("writeArticle", () => {
  const brief = briefFor("article", "en");
  const sources = sourcesFor("en");
  const article = writeArticle(inputFor(brief, sources));

  it("plans the outline from the ranked topics and carries it out one section per heading", () => {
    expect(article.outline).toEqual(["Fjell 3L Hardshell Jacket at a glance", "Materials and features", "About Nordlicht", "Care guide"]);
    expect(article.sections.map((section) => section.heading.text)).toEqual(article.outline);
  });

  it("opens with the best sentences and states every source sentence once", () => {
    expect(article.lead.text).toBe(
      "The Fjell is a weatherproof three-layer hardshell for alpine tours in wind and rain. Its recycled nylon face fabric is PFC-free and keeps you dry with a 20,000 mm water column.",
    );
    const texts = [article.lead.text, ...paragraphsOf(article).map((paragraph) => paragraph.text)].join(" ");
    expect(texts.split("At 420 g it packs small into any daypack.").length).toBe(2);
    expect(paragraphsOf(article).at(-2)?.text).toBe("How do I wash my hardshell? Wash it at 30 °C with a technical detergent and close all zips first. Tumble dry on low heat to reactivate the water-repellent finish.");
  });

  it("cites every paragraph and writes no transitions of its own", () => {
    for (const paragraph of paragraphsOf(article)) {
      expect(paragraph.transition).toBe(false);
      expect(paragraph.citations.length).toBeGreaterThan(0);
    }
  });

  it("closes the body with the channel's disclaimer and keeps the meta description for copy", () => {
    expect(paragraphsOf(article).at(-1)?.text).toBe(`Can I iron the jacket? No, the heat of an iron can damage the membrane. ${DISCLAIMER.en}`);
    expect(article.metaDescription.text).not.toContain(DISCLAIMER.en);
  });

  it("proposes a canonical URL on the brand's site and marks up a BlogPosting without a date", () => {
    expect(article.slug).toBe("fjell-3l-hardshell-jacket");
    expect(article.canonicalUrl).toBe("https://nordlicht.example/blog/fjell-3l-hardshell-jacket");
    expect(JSON.parse(article.jsonLd)).toEqual([
      {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        headline: "Fjell 3L Hardshell Jacket",
        description: article.metaDescription.text,
        inLanguage: "en",
        author: { "@type": "Organization", name: "Nordlicht", url: "https://nordlicht.example/" },
        publisher: { "@type": "Organization", name: "Nordlicht", url: "https://nordlicht.example/" },
        mainEntityOfPage: { "@type": "WebPage", "@id": "https://nordlicht.example/blog/fjell-3l-hardshell-jacket" },
      },
    ]);
  });

  it("links only known pages other than its own product page", () => {
    expect(article.internalLinks.map((link) => link.url)).toEqual(["https://nordlicht.example/care", "https://nordlicht.example/about", "https://nordlicht.example/c/jackets"]);
  });

  it("does not pad short sources: a warning names its words and what the sources hold, and nothing else is reported", () => {
    const report = validateAsset(article, contextFor(brief, sources));
    const words = articleBodyWords(article);
    expect(words).toBeLessThan(ARTICLE_LIMITS.words.min);
    expect(report.valid).toBe(true);
    expect(report.issues).toEqual([
      expect.objectContaining({ severity: "warning", rule: "article.words.below_target", message: expect.stringMatching(new RegExp(`^The article has ${words} words, .*The sources hold \\d+ words on this topic \\(3 cited passages\\)`)) }),
    ]);
  });

  it("stops before 2,000 words when the sources hold far more, and stays valid", () => {
    const long = longSources(12, 40);
    const topic = briefFor("article", "en", { product: null, topic: "Hardshell jackets on alpine tours", keywords: ["hardshell jacket"], finalUrl: "https://nordlicht.example/" });
    const written = writeArticle(inputFor(topic, long));
    const words = articleBodyWords(written);
    expect(words).toBeLessThanOrEqual(ARTICLE_LIMITS.words.max);
    expect(words).toBeGreaterThan(ARTICLE_LIMITS.words.max - 100);
    expect(written.sections.length).toBeLessThanOrEqual(8);
    // The synthetic sentences make a short meta description (a warning); no article rule fires.
    const report = validateAsset(written, contextFor(topic, long));
    expect(report.valid).toBe(true);
    expect(report.issues.filter((issue) => issue.rule.startsWith("article."))).toEqual([]);
    expect(unsupportedNumbers(written, long)).toEqual([]);
  });

  it("writes a German topic article that opens with the question its best answer needs", () => {
    const topic = briefFor("article", "de", { product: null, topic: "Hardshelljacke pflegen", keywords: ["hardshelljacke waschen"], finalUrl: "https://nordlicht.example/pflege" });
    const prose = sourcesFor("de").filter((source) => !source.id.startsWith("chk_product"));
    const written = writeArticle(inputFor(topic, prose));
    expect(written.lead.text).toMatch(/^Wie wasche ich meine Hardshelljacke\? Wasche sie bei 30 °C/);
    expect(written.outline).toEqual(["Pflegehinweise"]);
    expect(written.canonicalUrl).toBe("https://nordlicht.example/blog/hardshelljacke-pflegen");
    expect(validateAsset(written, contextFor(topic, prose)).issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(foreignWords(written, topic, prose)).toEqual([]);
  });

  it("states the brief's offer once, from the source that names the code", () => {
    const campaign: QuotedSource = { id: "chk_campaign", title: "Spring campaign", version: 1, section: null, url: null, text: "# Spring campaign\nWith the code SPRING15 you save 15 % on every hardshell jacket until 30 April 2026." };
    const withOffer = briefFor("article", "en", { goal: "Sell the hardshell with code SPRING15" });
    const written = writeArticle(inputFor(withOffer, [...sources, campaign]));
    const body = [written.lead.text, ...paragraphsOf(written).map((paragraph) => paragraph.text)].join("\n");
    expect(body.match(/SPRING15/g)).toHaveLength(1);
    expect(validateAsset(written, contextFor(withOffer, [...sources, campaign])).valid).toBe(true);
  });

  it("leads another variant with another sentence", () => {
    const second = writeArticle(inputFor({ ...brief, variant: 1 }, sources));
    expect(second.lead.text).not.toBe(article.lead.text);
    expect(second.outline).toEqual(second.sections.map((section) => section.heading.text));
  });
});
