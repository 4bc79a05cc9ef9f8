/*
 * Realistic prompt inputs for the writer tests: a product chunk as chunk-product.ts writes it,
 * an about page and a care guide with FAQ headings, in English and German, and a brief with
 * brand rules that the sources provoke (a banned term in one sentence, an avoided term in the
 * best sentence). Each test changes one thing.
 */
import type { ExtractiveInput, QuotedSource } from "@/lib/ai/local-models/extractive/read-prompt";
import type { PromptBrief } from "@/lib/assets/generate/brief";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { AssetValidationContext } from "@/lib/assets/validate/validate-asset";

export type FixtureLanguage = "de" | "en";

const PRODUCT_URL = { en: "https://nordlicht.example/p/fjell-3l", de: "https://nordlicht.example/de/p/fjell-3l" } as const;
export const PRODUCT_NAME = { en: "Fjell 3L Hardshell Jacket", de: "Fjell 3L Hardshelljacke" } as const;
/** The product's id in the shop's feed (the brief carries it for product feed copy). */
export const PRODUCT_FEED_ID = "NL-FJELL-3L";

export function productChunk(language: FixtureLanguage, name: string = PRODUCT_NAME[language]): QuotedSource {
  const text =
    language === "en"
      ? [
          `Product: ${name}`,
          "Category: Jackets > Hardshell",
          "Price: 349.00 EUR",
          "Attributes: Material: recycled nylon; Weight: 420 g; Water column: 20,000 mm",
          `URL: ${PRODUCT_URL.en}`,
          "",
          "The Fjell is a waterproof three-layer hardshell for alpine tours in wind and rain. Its recycled nylon face fabric is PFC-free and keeps you dry with a 20,000 mm water column. Unlike cheap rain jackets, the Fjell lasts for many seasons. Taped seams and a helmet-compatible hood keep the weather out. At 420 g it packs small into any daypack.",
        ].join("\n")
      : [
          `Product: ${name}`,
          "Category: Jacken > Hardshell",
          "Price: 349.00 EUR",
          "Attributes: Material: recyceltes Nylon; Gewicht: 420 g; Wassersäule: 20.000 mm",
          `URL: ${PRODUCT_URL.de}`,
          "",
          "Die Fjell ist eine wasserdichte Dreilagen-Hardshelljacke für Hochtouren bei Wind und Regen. Das recycelte Nylon ist PFC-frei und hält dich mit 20.000 mm Wassersäule trocken. Anders als billige Regenjacken hält die Fjell viele Jahre. Verschweißte Nähte und eine helmkompatible Kapuze halten das Wetter draußen. Mit 420 g passt sie in jeden Tagesrucksack.",
        ].join("\n");
  return { id: `chk_product_${language}`, title: name, version: 3, section: name, url: PRODUCT_URL[language], text };
}

export function aboutChunk(language: FixtureLanguage): QuotedSource {
  const text =
    language === "en"
      ? "# About Nordlicht\nNordlicht has made outdoor gear in Tromsø since 1998. We repair what we sell and take back worn jackets for recycling. Every jacket is designed for long seasons, not for one."
      : "# Über Nordlicht\nNordlicht fertigt seit 1998 Outdoor-Ausrüstung in Tromsø. Wir reparieren, was wir verkaufen, und nehmen getragene Jacken zum Recycling zurück. Jede Jacke ist für viele Saisons gemacht, nicht für eine.";
  return { id: `chk_about_${language}`, title: language === "en" ? "About us" : "Über uns", version: 1, section: null, url: `https://nordlicht.example/${language === "en" ? "about" : "ueber-uns"}`, text };
}

export function careChunk(language: FixtureLanguage): QuotedSource {
  const text =
    language === "en"
      ? "## How do I wash my hardshell?\nWash it at 30 °C with a technical detergent and close all zips first. Tumble dry on low heat to reactivate the water-repellent finish.\n## Can I iron the jacket?\nNo, the heat of an iron can damage the membrane."
      : "## Wie wasche ich meine Hardshelljacke?\nWasche sie bei 30 °C mit Funktionswaschmittel und schließe vorher alle Reißverschlüsse. Trockne sie danach bei niedriger Temperatur im Trockner, um die Imprägnierung zu aktivieren.\n## Darf ich die Jacke bügeln?\nNein, die Hitze eines Bügeleisens kann die Membran beschädigen.";
  return { id: `chk_care_${language}`, title: language === "en" ? "Care guide" : "Pflegehinweise", version: 2, section: null, url: `https://nordlicht.example/${language === "en" ? "care" : "pflege"}`, text };
}

/** A style guide: its sentences are rules for writers and must never become copy. */
export function voiceChunk(): QuotedSource {
  return { id: "chk_voice", title: "Brand voice guide", version: 1, section: null, url: null, text: "Write calmly and precisely. Never promise more than the product does." };
}

export function sourcesFor(language: FixtureLanguage): QuotedSource[] {
  return [productChunk(language), aboutChunk(language), careChunk(language), voiceChunk()];
}

export const BANNED = { en: "cheap", de: "billig" } as const;
export const PREFERRED = { en: { avoid: "waterproof", use: "weatherproof" }, de: { avoid: "wasserdicht", use: "wetterfest" } } as const;
export const DISCLAIMER = { en: "While stocks last.", de: "Solange der Vorrat reicht." } as const;

export function briefFor(kind: AssetKind, language: FixtureLanguage, overrides: Partial<PromptBrief> = {}): PromptBrief {
  return {
    kind,
    language,
    brandName: "Nordlicht",
    product: { sourceId: "src_fjell", title: PRODUCT_NAME[language], url: PRODUCT_URL[language], category: language === "en" ? "Jackets > Hardshell" : "Jacken > Hardshell", productId: PRODUCT_FEED_ID },
    topic: "",
    audience: language === "en" ? "Alpinists and hikers" : "Bergsteiger und Wanderer",
    goal: language === "en" ? "Sell the new hardshell" : "Verkauf der neuen Hardshell",
    tone: "",
    keywords: language === "en" ? ["hardshell jacket", "recycled rain jacket"] : ["hardshelljacke", "regenjacke recycelt"],
    finalUrl: PRODUCT_URL[language],
    utm: { source: "google", medium: "cpc", campaign: "fjell_launch", content: kind.replace("-", "_"), term: null },
    knownUrls: [
      { url: PRODUCT_URL[language], title: PRODUCT_NAME[language] },
      { url: `https://nordlicht.example/${language === "en" ? "care" : "pflege"}`, title: language === "en" ? "Care guide for hardshell jackets" : "Pflegehinweise für Hardshelljacken" },
      { url: `https://nordlicht.example/${language === "en" ? "about" : "ueber-uns"}`, title: language === "en" ? "About Nordlicht" : "Über Nordlicht" },
      { url: "https://nordlicht.example/c/jackets", title: language === "en" ? "Jackets" : "Jacken" },
    ],
    workspaceLanguages: ["de", "en"],
    brandRules: {
      bannedTerms: [{ term: BANNED[language], reason: "cheapens the brand" }],
      preferredTerms: [PREFERRED[language]],
      requiredDisclaimers: [{ channel: kind, language: null, text: DISCLAIMER[language] }],
      toneNotes: null,
      // Social posts pick from these; "Schlafsack" matches no fixture product and must stay out.
      hashtags: ["Nordlicht", "Hardshell", "RainJacket", "Schlafsack"],
    },
    ...overrides,
  };
}

export function inputFor(brief: PromptBrief, sources: QuotedSource[]): ExtractiveInput {
  return { instructions: "", request: `Write the ${brief.kind} asset.`, sources, brief };
}

/** The validation context the generation pipeline builds for the same prompt. */
export function contextFor(brief: PromptBrief, sources: readonly QuotedSource[]): AssetValidationContext {
  return {
    chunks: new Map(sources.map((source) => [source.id, source.text])),
    knownUrls: new Set(brief.knownUrls.map((known) => known.url)),
    workspaceLanguages: brief.workspaceLanguages,
    brandRules: brief.brandRules,
    feedProductId: brief.product?.productId ?? null,
  };
}
