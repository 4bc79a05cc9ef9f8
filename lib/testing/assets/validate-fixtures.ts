/*
 * Valid assets of every kind, grounded in CHUNKS, for the validator tests. Each test changes
 * one field, so any issue it sees comes from that change.
 */
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import type { LinkedInAd } from "@/lib/assets/schemas/linkedin-ad";
import type { MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import type { MetaAd } from "@/lib/assets/schemas/meta-ad";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import type { AssetValidationContext } from "@/lib/assets/validate/validate-asset";

export const CHUNKS: ReadonlyMap<string, string> = new Map([
  ["chk_jacket", "Die Fjell Regenjacke wiegt 350 g und kostet 1.299,00 €. Sie ist wasserdicht und leicht. Bis Ende 2026 gibt es 20 % Rabatt."],
  ["chk_care", "Pflege: Die Jacke bei 30 °C waschen. Versand mit DHL in 2 Tagen."],
]);

export const KNOWN_URLS: ReadonlySet<string> = new Set(["https://shop.example/pflege", "https://shop.example/regenjacken"]);

export function cited(text: string, citations: string[] = ["chk_jacket"]): CitedText {
  return { text, citations };
}

export function context(overrides: Partial<AssetValidationContext> = {}): AssetValidationContext {
  return { chunks: CHUNKS, knownUrls: KNOWN_URLS, workspaceLanguages: ["de", "en"], brandRules: EMPTY_BRAND_RULES, ...overrides };
}

/** A string of exactly `length` visible characters. */
export function textOfLength(length: number, unit = "a"): string {
  return unit.repeat(length);
}

export function seoPage(overrides: Partial<SeoPage> = {}): SeoPage {
  return {
    kind: "seo-page",
    language: "de",
    targetKeywords: ["regenjacke damen", "fjell regenjacke"],
    slug: "fjell-regenjacke-damen",
    title: cited("Fjell Regenjacke für Damen: leicht und wasserdicht"),
    metaDescription: cited("Die Fjell Regenjacke für Damen ist wasserdicht und leicht. Jetzt mit 20 % Rabatt bestellen und bei jedem Wetter trocken bleiben."),
    h1: cited("Fjell Regenjacke für Damen"),
    outline: [
      { level: 2, heading: cited("Wasserdicht bei jedem Wetter"), brief: cited("Die Jacke ist wasserdicht und wiegt nur 350 g.") },
      { level: 3, heading: cited("Pflege", ["chk_care"]), brief: cited("Bei 30 °C waschen.", ["chk_care"]) },
    ],
    faq: [{ question: "Wie wasche ich die Jacke?", answer: cited("Bei 30 °C in der Maschine.", ["chk_care"]) }],
    internalLinks: [{ url: "https://shop.example/pflege", anchorText: "Pflegehinweise für Jacken", citations: ["chk_care"] }],
    hreflang: [
      { language: "de", url: "https://shop.example/de/fjell" },
      { language: "en", url: "https://shop.example/en/fjell" },
    ],
    jsonLd: JSON.stringify([
      {
        "@context": "https://schema.org",
        "@type": "Product",
        name: "Fjell Regenjacke",
        offers: { "@type": "Offer", price: 1299, priceCurrency: "EUR" },
      },
    ]),
    ...overrides,
  };
}

export function rsa(overrides: Partial<GoogleRsa> = {}): GoogleRsa {
  return {
    kind: "google-rsa",
    language: "de",
    headlines: [
      { text: "Fjell Regenjacke für Damen", citations: ["chk_jacket"], pin: null },
      { text: "Wasserdicht und leicht", citations: ["chk_jacket"], pin: null },
      { text: "Jetzt 20 % Rabatt sichern", citations: ["chk_jacket"], pin: null },
    ],
    descriptions: [
      { text: "Die Fjell Regenjacke wiegt nur 350 g und hält jeden Regen ab. Jetzt bestellen.", citations: ["chk_jacket"], pin: null },
      { text: "Versand mit DHL in 2 Tagen. Waschbar bei 30 °C.", citations: ["chk_care"], pin: null },
    ],
    path1: "regenjacken",
    path2: "damen",
    finalUrl: "https://shop.example/fjell",
    utm: { source: "google", medium: "cpc", campaign: "fjell_launch_2026", content: null, term: null },
    ...overrides,
  };
}

export function metaAd(overrides: Partial<MetaAd> = {}): MetaAd {
  return {
    kind: "meta-ad",
    language: "de",
    primaryText: cited("Die Fjell Regenjacke hält dich trocken und wiegt nur 350 g."),
    headline: cited("Fjell Regenjacke: 20 % Rabatt"),
    description: cited("Wasserdicht und leicht"),
    callToAction: "SHOP_NOW",
    finalUrl: "https://shop.example/fjell",
    utm: { source: "meta", medium: "paid_social", campaign: "fjell_launch_2026", content: "carousel_a", term: null },
    ...overrides,
  };
}

export function linkedInAd(overrides: Partial<LinkedInAd> = {}): LinkedInAd {
  return {
    kind: "linkedin-ad",
    language: "en",
    intro: cited("The Fjell rain jacket weighs 350 g and keeps your team dry on every site visit."),
    headline: cited("Fjell rain jacket for field teams"),
    finalUrl: "https://shop.example/en/fjell",
    utm: { source: "linkedin", medium: "paid_social", campaign: "fjell_b2b", content: null, term: null },
    ...overrides,
  };
}

/** Feed copy for the product chunk FEED_CHUNK (add it to the context's chunks). */
export const FEED_CHUNK: readonly [string, string] = [
  "chk_feed",
  "Product: Fjell Regenjacke Damen\nCategory: Jacken > Regenjacken\nPrice: 129.00 EUR\nAttributes: Brand: Nordlicht; Color: Moosgrün\n\nDie Fjell Regenjacke wiegt 350 g. Sie hat eine Wassersäule von 20.000 mm. Die Kapuze passt über einen Helm.",
];

export function merchantFeed(overrides: Partial<MerchantFeed> = {}): MerchantFeed {
  const feedCited = (text: string) => cited(text, ["chk_feed"]);
  return {
    kind: "merchant-feed",
    language: "de",
    productId: "NL-1002",
    title: feedCited("Nordlicht Fjell Regenjacke Damen, Moosgrün"),
    description: feedCited("Die Fjell Regenjacke wiegt 350 g. Sie hat eine Wassersäule von 20.000 mm. Die Kapuze passt über einen Helm."),
    highlights: [feedCited("Gewicht 350 g"), feedCited("Wassersäule 20.000 mm")],
    ...overrides,
  };
}

export function feedContext(overrides: Partial<AssetValidationContext> = {}): AssetValidationContext {
  return context({ chunks: new Map([...CHUNKS, FEED_CHUNK]), feedProductId: "NL-1002", ...overrides });
}
