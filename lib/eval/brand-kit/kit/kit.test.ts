import { describe, expect, it } from "vitest";
import { BrandRulesSchema } from "@/lib/assets/schemas/brand-rules";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { mapProducts } from "@/lib/rag/product-feed/map-products";
import { parseFeed } from "@/lib/rag/product-feed/parse-feed";
import { metaSentences } from "../checks/copy-quality-checks";
import { findTerm, normalizeSentence, splitSentences } from "../checks/text";
import { KIT_BRIEFS } from "./briefs";
import { KIT_DOCUMENTS } from "./documents";
import { spurwerkFacts } from "./kit-facts";
import { SPURWERK_RULES } from "./kit-rules";
import { FEED_COLUMNS, KIT_FEED_CSV, KIT_FEED_MAPPING, KIT_PRODUCTS, MALFORMED_PRODUCT } from "./product-feed";
import { toBrandRules } from "./to-brand-rules";

// The kit must be what the evaluation says it is, or a failing brief could be the kit's fault.
describe("the Spurwerk brand kit", () => {
  it("has a feed of at least 20 products with extra columns, whose one malformed row the real parser rejects", () => {
    const parsed = parseFeed(KIT_FEED_CSV);
    expect(parsed.headers).toEqual([...FEED_COLUMNS]);
    const mapped = mapProducts(parsed.rows, KIT_FEED_MAPPING);
    expect(mapped.products.map((p) => p.externalId)).toEqual(KIT_PRODUCTS.map((p) => p.id));
    expect(mapped.products.length).toBeGreaterThanOrEqual(20);
    expect(mapped.errors).toEqual([{ line: 16, message: expect.stringContaining(MALFORMED_PRODUCT.price) }]);
    expect(mapped.products.find((p) => p.externalId === "SW-A02")?.attributes).toMatchObject({ "Weight g": "3400", "Capacity wh": "625", Language: "de" });
  });

  it("has at least 16 briefs in both languages over every asset kind, each product in the feed", () => {
    expect(KIT_BRIEFS.length).toBeGreaterThanOrEqual(16);
    expect(new Set(KIT_BRIEFS.map((b) => b.id)).size).toBe(KIT_BRIEFS.length);
    for (const kind of ASSET_KINDS) for (const language of ["de", "en"]) expect(KIT_BRIEFS.some((b) => b.kind === kind && b.language === language), `${kind} ${language}`).toBe(true);
    for (const brief of KIT_BRIEFS.filter((b) => b.productId)) {
      const product = KIT_PRODUCTS.find((p) => p.id === brief.productId);
      expect(product?.language, brief.id).toBe(brief.language);
    }
  });

  it("carries every role", () => {
    expect(new Set(KIT_DOCUMENTS.map((d) => d.kind))).toEqual(new Set(["brand_voice", "policy", "campaign", "internal_note", "published_page"]));
  });

  it("keeps its own rules in the pages it published", () => {
    for (const document of KIT_DOCUMENTS.filter((d) => d.kind === "published_page" || d.kind === "policy")) {
      for (const term of SPURWERK_RULES.bannedTerms.filter((t) => t.language === document.language)) expect(findTerm(document.markdown, term.term, { inflections: true }), `${document.title}: ${term.term}`).toEqual([]);
      for (const pair of SPURWERK_RULES.preferredTerms.filter((t) => t.language === document.language)) expect(findTerm(document.markdown, pair.avoid), `${document.title}: ${pair.avoid}`).toEqual([]);
    }
  });

  it("has no guide or instruction sentence in a fact source, so copying a fact is never meta-text", () => {
    const meta = new Set(metaSentences(spurwerkFacts().metaTexts));
    const factSentences = [
      ...KIT_DOCUMENTS.filter((d) => d.kind === "published_page" || d.kind === "policy").flatMap((d) => splitSentences(d.markdown)),
      ...KIT_PRODUCTS.flatMap((p) => splitSentences(p.description)),
    ].map(normalizeSentence);
    expect(factSentences.filter((s) => meta.has(s))).toEqual([]);
  });

  it("adapts its rules to the app's BrandRules shape without losing languages or conditions", () => {
    const rules = BrandRulesSchema.parse(toBrandRules(SPURWERK_RULES));
    expect(rules.bannedTerms).toHaveLength(SPURWERK_RULES.bannedTerms.length);
    expect(rules.preferredTerms.filter((t) => t.language === "de").map((t) => t.use)).toContain("Pedelec");
    // One rule per disclaimer and language, each with its condition.
    expect(rules.requiredDisclaimers).toHaveLength(SPURWERK_RULES.disclaimers.length * 2);
    expect(rules.requiredDisclaimers.every((d) => (d.categories?.length ?? 0) > 0 || (d.pattern ?? "") !== "")).toBe(true);
    expect(rules.formatting).toMatchObject({ formality: "sie", exclamationMarks: false, priceFormat: { de: { symbol: "after", space: true }, en: { symbol: "before", space: false } } });
  });
});
