/*
 * Realistic assets for the export tests, written the way the Nordlicht demo brand (synthetic)
 * would publish them. The texts carry what breaks naive exporters: commas, double quotes,
 * German quotes, umlauts, "&", "<" and a line break.
 */
import type { Article } from "@/lib/assets/schemas/article";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import type { MetaAd } from "@/lib/assets/schemas/meta-ad";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";

const cite = (text: string) => ({ text, citations: ["chk_fjell_damen"] });

export function fjellSeoPage(overrides: Partial<SeoPage> = {}): SeoPage {
  return {
    kind: "seo-page",
    language: "de",
    targetKeywords: ["hardshell jacke damen", "regenjacke damen wandern"],
    slug: "hardshell-jacke-damen",
    title: cite("Fjell Hardshell-Jacke Damen: „wetterfest“ & 380 g"),
    metaDescription: cite('Wassersäule 20.000 mm, 380 g, PFAS-frei: die Fjell für Wanderinnen. "Dicht" heißt bei uns <20.000 mm> nie.'),
    h1: cite("Fjell Hardshell-Jacke für Damen"),
    outline: [{ level: 2, heading: cite("Wetterfest bei Dauerregen"), brief: cite("20.000 mm Wassersäule, verklebte Nähte.") }],
    faq: [],
    internalLinks: [],
    hreflang: [
      { language: "de", url: "https://nordlicht.example/p/fjell-hardshell-jacke-damen" },
      { language: "en", url: "https://nordlicht.example/en/p/fjell-hardshell-jacket-women?ref=a&b=c" },
    ],
    jsonLd: JSON.stringify([
      {
        "@context": "https://schema.org",
        "@type": "Product",
        name: "Fjell Hardshell-Jacke Damen",
        brand: { "@type": "Brand", name: "Nordlicht Outdoor" },
        offers: { "@type": "Offer", price: 349.0, priceCurrency: "EUR", url: "https://nordlicht.example/p/fjell-hardshell-jacke-damen" },
      },
    ]),
    ...overrides,
  };
}

export function fjellRsa(overrides: Partial<GoogleRsa> = {}): GoogleRsa {
  return {
    kind: "google-rsa",
    language: "de",
    headlines: [
      { text: "Fjell Hardshell-Jacke Damen", citations: ["chk_fjell_damen"], pin: 1 },
      { text: "20.000 mm, 380 g, PFAS-frei", citations: ["chk_fjell_damen"], pin: null },
      { text: 'Die „Fjell“: "wetterfest"', citations: ["chk_fjell_damen"], pin: null },
      { text: "Größen XS bis XL", citations: ["chk_fjell_damen"], pin: 2 },
      { text: "Versand ab 50 € kostenlos", citations: ["chk_versand"], pin: null },
    ],
    descriptions: [
      { text: "Wassersäule 20.000 mm, verklebte Nähte, 380 g. Für Wanderinnen, die draußen bleiben.", citations: ["chk_fjell_damen"], pin: 1 },
      { text: "30 Tage Rückgabe, in Deutschland kostenlos. 5 Jahre Garantie.", citations: ["chk_versand"], pin: null },
    ],
    path1: "jacken",
    path2: "hardshell",
    finalUrl: "https://nordlicht.example/p/fjell-hardshell-jacke-damen",
    utm: { source: "google", medium: "cpc", campaign: "Spring 2026 Any Weather", content: "fjell_women_a", term: null },
    ...overrides,
  };
}

export function ryggMetaAd(overrides: Partial<MetaAd> = {}): MetaAd {
  return {
    kind: "meta-ad",
    language: "de",
    primaryText: cite('Der Rygg 30 wiegt 1.150 g, fasst 30 Liter und hat eine Regenhülle dabei.\nRückenlänge 42–52 cm, "verstellbar" in Sekunden. Preise inkl. MwSt.'),
    headline: cite("Rygg 30: Wanderrucksack, 1.150 g"),
    description: cite("Regenhülle inklusive, 159 €"),
    callToAction: "SHOP_NOW",
    finalUrl: "https://nordlicht.example/p/rygg-30-wanderrucksack?color=petrol",
    utm: { source: "meta", medium: "paid_social", campaign: "spring_2026_any_weather", content: "rygg_30_a", term: null },
    ...overrides,
  };
}

/** A German blog article whose texts hold what HTML and Markdown must not read as markup. */
export function fjellArticle(overrides: Partial<Article> = {}): Article {
  const canonicalUrl = "https://nordlicht.example/blog/hardshell-jacke-waschen";
  return {
    kind: "article",
    language: "de",
    title: cite("Hardshell-Jacke waschen: „wetterfest“ & trocken"),
    metaDescription: cite('So wäschst du die Fjell bei 30 °C. "Dicht" heißt bei uns <20.000 mm> nie.'),
    slug: "hardshell-jacke-waschen",
    canonicalUrl,
    h1: cite("Hardshell-Jacke waschen & imprägnieren"),
    outline: ["Waschen bei 30 °C", "# Trocknen"],
    lead: cite("Eine Hardshell-Jacke braucht Pflege. <b>Fett</b> wird sie nie: *nicht* hier."),
    sections: [
      { heading: cite("Waschen bei 30 °C"), paragraphs: [{ transition: false, ...cite("1. Schließe alle Reißverschlüsse.\nDann [hier](javascript:alert(1)) weiter.") }] },
      { heading: cite("# Trocknen"), paragraphs: [{ transition: true, text: "- Danach geht es ans Trocknen.", citations: [] }, { transition: false, ...cite("Trockne sie bei niedriger Temperatur, damit die Imprägnierung hält.") }] },
    ],
    internalLinks: [
      { url: "https://nordlicht.example/pflege?a=1&b=2", anchorText: "Pflege & Reparatur", citations: [] },
      { url: "javascript:alert(1)", anchorText: "Böser Link", citations: [] },
    ],
    jsonLd: JSON.stringify([
      {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        headline: "Hardshell-Jacke waschen & imprägnieren </script><script>alert(1)</script>",
        inLanguage: "de",
        author: { "@type": "Organization", name: "Nordlicht Outdoor" },
        mainEntityOfPage: { "@type": "WebPage", "@id": canonicalUrl },
      },
    ]),
    ...overrides,
  };
}
