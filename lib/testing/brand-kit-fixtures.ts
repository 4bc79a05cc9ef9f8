import type { Asset } from "@/lib/assets/schemas/asset";
import { KIT_BRIEFS, type KitBrief } from "@/lib/eval/brand-kit/kit/briefs";
import { spurwerkFacts } from "@/lib/eval/brand-kit/kit/kit-facts";
import { KIT_PRODUCTS } from "@/lib/eval/brand-kit/kit/product-feed";
import type { CheckContext, EvalPassage } from "@/lib/eval/brand-kit/checks/types";

/*
 * Hand-made outputs for the brand-kit checks' own tests: each fixture passes every check, so a
 * test changes one thing and proves the check it targets fails on it.
 */
export function kitBrief(id: string): KitBrief {
  const brief = KIT_BRIEFS.find((b) => b.id === id);
  if (!brief) throw new Error(`No kit brief ${id}`);
  return brief;
}

export function kitProduct(id: string) {
  const product = KIT_PRODUCTS.find((p) => p.id === id);
  if (!product) throw new Error(`No kit product ${id}`);
  return product;
}

export const LIGHT_PASSAGE: EvalPassage = {
  chunkId: "chk_light",
  sourceId: "src_light",
  title: "Leuchtfeuer 70 Frontlicht",
  url: "https://spurwerk.example/de/p/leuchtfeuer-70",
  text: "Leuchtfeuer 70 Frontlicht. Frontlicht mit 70 Lux für den Anschluss an den Pedelec-Akku. Preis: 49.90 EUR",
};

export const CAMPAIGN_PASSAGE: EvalPassage = {
  chunkId: "chk_campaign",
  sourceId: "src_campaign",
  title: "Kampagnennotizen Herbst-Lichtaktion",
  url: null,
  text: "Vom 1. bis zum 30. November 2026 gibt es 20 % Rabatt auf alle Frontlichter mit dem Code LICHT20. Der Code gilt bis zum 30.11.2026 im Onlineshop und in der Werkstatt.",
};

export const GUIDE_PASSAGE: EvalPassage = {
  chunkId: "chk_guide",
  sourceId: "src_guide",
  title: "Spurwerk Markenleitfaden (Deutsch)",
  url: null,
  text: "Kurze Sätze mit jeweils einem Gedanken.",
};

/** A German Meta ad for the Leuchtfeuer 70 (brief de-leuchtfeuer70-meta) that passes every check. */
export function passingMetaAd(): CheckContext {
  const content: Asset = {
    kind: "meta-ad",
    language: "de",
    primaryText: {
      text: "Das Leuchtfeuer 70 Frontlicht leuchtet mit 70 Lux und wird an den Pedelec-Akku angeschlossen. Für 49,90 €. Preise inkl. MwSt., zzgl. Versand. Lux-Werte gemessen in 10 m Abstand.",
      citations: ["chk_light"],
    },
    headline: { text: "Leuchtfeuer 70 Frontlicht", citations: ["chk_light"] },
    description: { text: "Licht für Ihr Pedelec", citations: ["chk_light"] },
    callToAction: "SHOP_NOW",
    finalUrl: "https://spurwerk.example/de/p/leuchtfeuer-70",
    utm: { source: "facebook", medium: "paid_social", campaign: "leuchtfeuer-70", content: null, term: null },
  };
  return { brief: kitBrief("de-leuchtfeuer70-meta"), product: kitProduct("SW-L01"), kit: spurwerkFacts(), output: { content, sources: [LIGHT_PASSAGE, CAMPAIGN_PASSAGE, GUIDE_PASSAGE], omissions: null } };
}

/** A German SEO page for the Leuchtfeuer 70 (brief de-leuchtfeuer70-seo) that passes every check. */
export function passingSeoPage(): CheckContext {
  const jsonLd = [
    { "@context": "https://schema.org", "@type": "Product", name: "Leuchtfeuer 70 Frontlicht", offers: { "@type": "Offer", price: 49.9, priceCurrency: "EUR" } },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Spurwerk", item: "https://spurwerk.example" },
        { "@type": "ListItem", position: 2, name: "Leuchtfeuer 70", item: "https://spurwerk.example/de/p/leuchtfeuer-70" },
      ],
    },
  ];
  const content: Asset = {
    kind: "seo-page",
    language: "de",
    targetKeywords: ["frontlicht pedelec"],
    slug: "leuchtfeuer-70",
    title: { text: "Leuchtfeuer 70 Frontlicht für Ihr Pedelec", citations: ["chk_light"] },
    metaDescription: {
      text: "Das Leuchtfeuer 70 Frontlicht leuchtet mit 70 Lux und wird an den Pedelec-Akku angeschlossen. Lux-Werte gemessen in 10 m Abstand.",
      citations: ["chk_light"],
    },
    h1: { text: "Leuchtfeuer 70 Frontlicht", citations: ["chk_light"] },
    outline: [
      { level: 2, heading: { text: "Licht für den Arbeitsweg", citations: ["chk_light"] }, brief: { text: "Das Frontlicht wird an den Pedelec-Akku angeschlossen.", citations: ["chk_light"] } },
      { level: 2, heading: { text: "Preis", citations: ["chk_light"] }, brief: { text: "Das Leuchtfeuer 70 kostet 49,90 €. Preise inkl. MwSt., zzgl. Versand.", citations: ["chk_light"] } },
    ],
    faq: [{ question: "Wie hell ist das Leuchtfeuer 70?", answer: { text: "Es leuchtet mit 70 Lux.", citations: ["chk_light"] } }],
    internalLinks: [{ url: "https://spurwerk.example/de/service", anchorText: "Versand und Rückgabe", citations: [] }],
    hreflang: [{ language: "de", url: "https://spurwerk.example/de/p/leuchtfeuer-70" }],
    jsonLd: JSON.stringify(jsonLd),
  };
  return { brief: kitBrief("de-leuchtfeuer70-seo"), product: kitProduct("SW-L01"), kit: spurwerkFacts(), output: { content, sources: [LIGHT_PASSAGE], omissions: null } };
}

/** Replaces one field's text of a Meta ad context (keeping its citations). */
export function withMetaText(context: CheckContext, field: "primaryText" | "headline" | "description", text: string): CheckContext {
  if (context.output.content.kind !== "meta-ad") throw new Error("Not a Meta ad");
  const content = { ...context.output.content, [field]: { ...context.output.content[field], text } };
  return { ...context, output: { ...context.output, content } };
}
