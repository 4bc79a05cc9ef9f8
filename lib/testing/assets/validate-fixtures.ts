/*
 * Valid assets of every kind, grounded in CHUNKS, for the validator tests. Each test changes
 * one field, so any issue it sees comes from that change.
 */
import type { Article, ArticleParagraph } from "@/lib/assets/schemas/article";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import type { Email } from "@/lib/assets/schemas/email";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import type { LinkedInAd } from "@/lib/assets/schemas/linkedin-ad";
import type { MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import type { MetaAd } from "@/lib/assets/schemas/meta-ad";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import type { InstagramPost, LinkedInPost, XPost } from "@/lib/assets/schemas/social-post";
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

export function email(overrides: Partial<Email> = {}): Email {
  return {
    kind: "email",
    language: "de",
    subject: cited("Fjell Regenjacke: 20 % Rabatt bis Ende 2026"),
    preheader: cited("Wasserdicht, leicht und nur 350 g schwer."),
    sections: [
      { heading: cited("Leicht und wasserdicht"), body: cited("Die Fjell Regenjacke wiegt 350 g und ist wasserdicht.\n\nSie kostet 1.299,00 €.") },
      { heading: cited("Pflege", ["chk_care"]), body: cited("Die Jacke bei 30 °C waschen. Versand mit DHL in 2 Tagen.", ["chk_care"]) },
    ],
    callToAction: "Jetzt ansehen",
    finalUrl: "https://shop.example/fjell",
    footer: "Fjell GmbH, Hafenstraße 1, 20457 Hamburg. Abmelden: {{unsubscribe_url}}",
    utm: { source: "newsletter", medium: "email", campaign: "fjell_launch_2026", content: "email_a", term: null },
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

const POST_LINK = {
  finalUrl: "https://shop.example/en/fjell",
  utm: { source: "linkedin", medium: "social", campaign: "fjell_launch_2026", content: null, term: null },
};

export function linkedInPost(overrides: Partial<LinkedInPost> = {}): LinkedInPost {
  return {
    kind: "linkedin-post",
    language: "en",
    text: cited("The Fjell rain jacket weighs 350 g.\n\nIt keeps your team dry on every site visit."),
    hashtags: ["Fjell", "RainJacket"],
    link: POST_LINK,
    ...overrides,
  };
}

/*
 * Prose of exactly `count` words (as validate/word-count.ts counts them), grounded in chk_jacket:
 * its sentences repeat facts without numbers, so any length passes grounding.
 */
const PROSE_WORDS = "Die Fjell Regenjacke ist wasserdicht und leicht und hält bei jedem Wetter trocken.".split(" ");

export function proseOfWords(count: number): string {
  return Array.from({ length: count }, (_, index) => PROSE_WORDS[index % PROSE_WORDS.length]).join(" ");
}

export function paragraph(text: string, citations: string[] = ["chk_jacket"]): ArticleParagraph {
  return { transition: false, text, citations };
}

/** A German article of 900 body words (lead 100, two sections of 400) on the Fjell jacket. */
export function article(overrides: Partial<Article> = {}): Article {
  return {
    kind: "article",
    language: "de",
    title: cited("Fjell Regenjacke für Damen: leicht und wasserdicht"),
    metaDescription: cited("Die Fjell Regenjacke für Damen ist wasserdicht und leicht. Wie du sie pflegst und warum sie bei jedem Wetter trocken hält."),
    slug: "fjell-regenjacke-pflege",
    canonicalUrl: "https://shop.example/blog/fjell-regenjacke-pflege",
    h1: cited("Die Fjell Regenjacke im Alltag"),
    outline: ["Wasserdicht bei jedem Wetter", "Pflege"],
    lead: cited(proseOfWords(100)),
    sections: [
      { heading: cited("Wasserdicht bei jedem Wetter"), paragraphs: [paragraph(proseOfWords(200)), paragraph(`Sie wiegt 350 g. ${proseOfWords(196)}`)] },
      { heading: cited("Pflege", ["chk_care"]), paragraphs: [paragraph(`Bei 30 °C waschen. ${proseOfWords(196)}`, ["chk_care", "chk_jacket"]), { transition: true, text: "Zum Schluss noch ein Blick auf die Pflege.", citations: [] }, paragraph(proseOfWords(192))] },
    ],
    internalLinks: [{ url: "https://shop.example/pflege", anchorText: "Pflegehinweise für Jacken", citations: ["chk_care"] }],
    jsonLd: JSON.stringify([
      {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        headline: "Die Fjell Regenjacke im Alltag",
        inLanguage: "de",
        author: { "@type": "Organization", name: "Shop" },
        publisher: { "@type": "Organization", name: "Shop" },
        mainEntityOfPage: { "@type": "WebPage", "@id": "https://shop.example/blog/fjell-regenjacke-pflege" },
      },
    ]),
    ...overrides,
  };
}

export function instagramPost(overrides: Partial<InstagramPost> = {}): InstagramPost {
  return { kind: "instagram-post", language: "de", text: cited("Die Fjell Regenjacke wiegt 350 g.\n\nWasserdicht und leicht."), hashtags: ["Fjell", "Regenjacke"], ...overrides };
}

export function xPost(overrides: Partial<XPost> = {}): XPost {
  return {
    kind: "x-post",
    language: "en",
    text: cited("The Fjell rain jacket weighs 350 g."),
    hashtags: ["Fjell"],
    link: { ...POST_LINK, utm: { ...POST_LINK.utm, source: "x" } },
    ...overrides,
  };
}

export function feedContext(overrides: Partial<AssetValidationContext> = {}): AssetValidationContext {
  return context({ chunks: new Map([...CHUNKS, FEED_CHUNK]), feedProductId: "NL-1002", ...overrides });
}
