import { describe, expect, it } from "vitest";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { BrandRulesSchema } from "@/lib/assets/schemas/brand-rules";
import { containsTerm } from "@/lib/assets/validate/term-match";
import { hammingDistance, simhash64 } from "@/lib/rag/dedupe";
import { scanForInjection } from "@/lib/rag/firewall/scan";
import { detectLanguage } from "@/lib/rag/language";
import { parseMarkdown } from "@/lib/rag/parse/parse-markdown";
import { GOLDEN_BRIEFS } from "./golden-briefs";
import { NORDLICHT_DEMO_CAMPAIGN } from "./nordlicht-campaign";
import { NORDLICHT_BRAND_RULES } from "./nordlicht-brand-rules";
import { NORDLICHT_CONFIDENTIAL_MARKERS, NORDLICHT_PAGES } from "./nordlicht-pages";
import { NORDLICHT_PRODUCT_IDS, NORDLICHT_PRODUCTS } from "./nordlicht-products";
import { NORDLICHT_SITE, WALDKAFFEE_SITE } from "./sites";
import type { SeedDocument } from "./types";
import { WALDKAFFEE_PAGES } from "./waldkaffee-pages";

const ALL_PAGES: readonly SeedDocument[] = [...NORDLICHT_PAGES, ...WALDKAFFEE_PAGES];
const PUBLIC_PAGES = NORDLICHT_PAGES.filter((page) => page.classification !== "confidential");
// The brand voice guide quotes the banned words to explain them; everything else must not use them.
const COPY_SOURCES = [
  ...PUBLIC_PAGES.filter((page) => page.kind !== "brand_voice").map((page) => ({ name: page.title, text: page.markdown })),
  ...NORDLICHT_PRODUCTS.map((product) => ({ name: product.id, text: `${product.title}\n${product.description}` })),
];

function wordCount(markdown: string): number {
  return markdown.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;
}

/** The text ingestion fingerprints for near-duplicates: the parsed blocks, not the raw Markdown. */
function indexedText(page: SeedDocument): string {
  return parseMarkdown(page.markdown).blocks.map((block) => block.text).join("\n\n");
}

describe("demo pages", () => {
  it("has 8 to 10 Nordlicht documents of 150 to 600 words and 3 short Waldkaffee documents", () => {
    expect(NORDLICHT_PAGES.length).toBeGreaterThanOrEqual(8);
    expect(NORDLICHT_PAGES.length).toBeLessThanOrEqual(10);
    for (const page of NORDLICHT_PAGES) {
      expect(wordCount(page.markdown), page.title).toBeGreaterThanOrEqual(150);
      expect(wordCount(page.markdown), page.title).toBeLessThanOrEqual(600);
    }
    expect(WALDKAFFEE_PAGES).toHaveLength(3);
    for (const page of WALDKAFFEE_PAGES) expect(wordCount(page.markdown), page.title).toBeGreaterThanOrEqual(60);
  });

  it("starts every document with an H1 that the Markdown parser takes as its title", () => {
    for (const page of ALL_PAGES) expect(parseMarkdown(page.markdown).title, page.title).toBeTruthy();
  });

  it("gives public documents absolute, unique URLs on their own site and non-public ones none", () => {
    const urls = ALL_PAGES.flatMap((page) => (page.canonicalUrl ? [page.canonicalUrl] : []));
    expect(new Set(urls).size).toBe(urls.length);
    const sites = [
      { pages: NORDLICHT_PAGES, origin: NORDLICHT_SITE.url },
      { pages: WALDKAFFEE_PAGES, origin: WALDKAFFEE_SITE.url },
    ];
    for (const { pages, origin } of sites) {
      for (const page of pages) {
        if (page.classification === "public") expect(new URL(page.canonicalUrl ?? "").origin, page.title).toBe(origin);
        else expect(page.canonicalUrl, page.title).toBeNull();
      }
    }
  });

  it("covers both languages and all three classifications, with exactly one confidential document", () => {
    expect(new Set(NORDLICHT_PAGES.map((page) => page.language))).toEqual(new Set(["de", "en"]));
    const byClassification = (value: string) => NORDLICHT_PAGES.filter((page) => page.classification === value).length;
    expect(byClassification("public")).toBeGreaterThan(0);
    expect(byClassification("internal")).toBeGreaterThan(0);
    expect(byClassification("confidential")).toBe(1);
  });

  it("declares the language the detector finds", () => {
    for (const page of ALL_PAGES) expect(detectLanguage(indexedText(page)), page.title).toBe(page.language);
  });

  it("passes the prompt-injection firewall, so nothing is held back for review", () => {
    for (const page of ALL_PAGES) expect(scanForInjection(page.markdown), page.title).toEqual([]);
    for (const product of NORDLICHT_PRODUCTS) expect(scanForInjection(product.description), product.id).toEqual([]);
  });

  it("has no near-duplicate documents or products (they would be flagged on import)", () => {
    const texts = [
      ...ALL_PAGES.map((page) => ({ name: page.title, hash: simhash64(indexedText(page)) })),
      ...NORDLICHT_PRODUCTS.map((product) => ({ name: product.id, hash: simhash64(`${product.title}\n${product.description}`) })),
    ];
    for (const [index, a] of texts.entries()) {
      for (const b of texts.slice(index + 1)) expect(hammingDistance(a.hash, b.hash), `${a.name} vs ${b.name}`).toBeGreaterThan(3);
    }
  });

  it("keeps the confidential markers inside the confidential document", () => {
    const confidential = NORDLICHT_PAGES.find((page) => page.classification === "confidential");
    const elsewhere = [
      ...PUBLIC_PAGES.map((page) => page.markdown),
      ...WALDKAFFEE_PAGES.map((page) => page.markdown),
      ...NORDLICHT_PRODUCTS.map((product) => Object.values(product).join("\n")),
      ...GOLDEN_BRIEFS.map((brief) => JSON.stringify(brief)),
    ];
    for (const marker of NORDLICHT_CONFIDENTIAL_MARKERS) {
      expect(confidential?.markdown, marker).toContain(marker);
      for (const text of elsewhere) expect(text, marker).not.toContain(marker);
    }
  });

  it("keeps Waldkaffee content out of Nordlicht content, so isolation tests have something to look for", () => {
    const nordlichtText = [...NORDLICHT_PAGES.map((page) => page.markdown), ...NORDLICHT_PRODUCTS.map((product) => product.description)].join("\n");
    for (const term of ["Waldkaffee", "Espresso", "Röster"]) expect(nordlichtText).not.toContain(term);
  });
});

describe("brand rules", () => {
  it("parse with the brand rules schema", () => {
    expect(BrandRulesSchema.parse(NORDLICHT_BRAND_RULES)).toEqual(NORDLICHT_BRAND_RULES);
  });

  it("are not broken by the brand's own public copy and product feed", () => {
    for (const source of COPY_SOURCES) {
      for (const banned of NORDLICHT_BRAND_RULES.bannedTerms) expect(containsTerm(source.text, banned.term), `${source.name}: ${banned.term}`).toBe(false);
      for (const preferred of NORDLICHT_BRAND_RULES.preferredTerms) {
        const allowed = containsTerm(source.text, preferred.use);
        expect(!allowed && containsTerm(source.text, preferred.avoid), `${source.name}: ${preferred.avoid}`).toBe(false);
      }
    }
  });

  it("are explained by the brand voice document", () => {
    const voice = NORDLICHT_PAGES.find((page) => page.kind === "brand_voice")?.markdown ?? "";
    for (const term of ["unzerstörbar", "indestructible", "garantiert", "klimaneutral", "heilt", "Preise inkl. MwSt."]) expect(voice).toContain(term);
  });
});

describe("golden briefs", () => {
  it("has 23 unique briefs: 20 on their own, half German and half English, and 3 inside the demo campaign", () => {
    expect(GOLDEN_BRIEFS).toHaveLength(23);
    expect(new Set(GOLDEN_BRIEFS.map((brief) => brief.id)).size).toBe(GOLDEN_BRIEFS.length);
    const alone = GOLDEN_BRIEFS.filter((brief) => !brief.campaign);
    expect(alone).toHaveLength(20);
    expect(alone.filter((brief) => brief.language === "de")).toHaveLength(alone.length / 2);
  });

  it("writes campaign briefs in the demo campaign's languages, with its offer only where it holds, and every new kind inside it", () => {
    const inCampaign = GOLDEN_BRIEFS.filter((brief) => brief.campaign);
    expect(inCampaign).toHaveLength(3);
    for (const brief of inCampaign) {
      expect(brief.campaign?.code, brief.id).toBe(NORDLICHT_DEMO_CAMPAIGN.code);
      expect(NORDLICHT_DEMO_CAMPAIGN.languages, brief.id).toContain(brief.language);
      const offerCode = brief.campaign?.offerCode ?? null;
      if (offerCode !== null) {
        expect(offerCode, brief.id).toBe(NORDLICHT_DEMO_CAMPAIGN.offer.code);
        expect(NORDLICHT_DEMO_CAMPAIGN.offer.productIds, brief.id).toContain(brief.productId);
      }
    }
    const kinds = new Set(inCampaign.flatMap((brief) => brief.assetKinds));
    for (const kind of ["email", "linkedin-post", "instagram-post", "x-post", "article", "merchant-feed"] as const) expect(kinds, kind).toContain(kind);
    // The offer is stated at least once by each kind that states offers, and left out of the two that do not.
    const withOffer = new Set(inCampaign.filter((brief) => brief.campaign?.offerCode).flatMap((brief) => brief.assetKinds));
    for (const kind of ["email", "linkedin-post", "instagram-post", "x-post", "article", "merchant-feed"] as const) expect(withOffer, kind).toContain(kind);
  });

  it("references only products in the feed", () => {
    for (const brief of GOLDEN_BRIEFS) {
      if (brief.productId !== null) expect(NORDLICHT_PRODUCT_IDS, brief.id).toContain(brief.productId);
      else expect(brief.topic.length, brief.id).toBeGreaterThan(0);
    }
  });

  it("covers every asset kind and stays within the Generate form's limits", () => {
    const assetKinds = new Set(GOLDEN_BRIEFS.flatMap((brief) => brief.assetKinds));
    expect(assetKinds).toEqual(new Set(ASSET_KINDS));
    for (const brief of GOLDEN_BRIEFS) {
      expect(brief.assetKinds.length, brief.id).toBeGreaterThan(0);
      expect(new Set(brief.assetKinds).size, brief.id).toBe(brief.assetKinds.length);
      expect(brief.topic.length, brief.id).toBeLessThanOrEqual(200);
      expect(Math.max(brief.audience.length, brief.goal.length), brief.id).toBeLessThanOrEqual(300);
      expect(brief.tone.length, brief.id).toBeLessThanOrEqual(200);
      expect(brief.keywords.length, brief.id).toBeGreaterThan(0);
      expect(brief.keywords.length, brief.id).toBeLessThanOrEqual(10);
      for (const keyword of brief.keywords) expect(keyword.length, brief.id).toBeLessThanOrEqual(80);
    }
  });

  it("has a required Meta disclaimer for every language a golden Meta brief asks for", () => {
    const metaLanguages = new Set(GOLDEN_BRIEFS.filter((item) => item.assetKinds.includes("meta-ad")).map((item) => item.language));
    expect(metaLanguages).toEqual(new Set(["de", "en"]));
    for (const language of metaLanguages) {
      expect(NORDLICHT_BRAND_RULES.requiredDisclaimers.some((d) => d.channel === "meta-ad" && d.language === language), language).toBe(true);
    }
  });
});
