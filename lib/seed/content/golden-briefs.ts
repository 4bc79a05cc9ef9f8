/*
 * SYNTHETIC demo content: twenty-three briefs over the Nordlicht demo content for the evaluation
 * harness. Each is answerable from the seeded sources alone (product feed, public and internal
 * pages), so a generated asset that states a fact not in them is a grounding failure, not a gap
 * in the content.
 *
 * Coverage: twenty briefs on their own, 10 German, 10 English; 13 product and 7 topic briefs; the
 * four original asset kinds at least three times each, every kind added in issue 17 (e-mail, blog
 * article, LinkedIn/Instagram/X posts, product feed copy) twice, once per language. Three more
 * briefs are written inside the demo campaign "regenwoche" (nordlicht-campaign.ts, German only,
 * like the campaign): between them every new kind once more, with the campaign's offer REGEN15 on
 * the two Fjell jackets (one inherits the persona as its audience) and one topic brief without an
 * offer. The blog articles stay below their 800-word target (a warning, not an error): the demo
 * content holds about 500 words on each topic, and the local writer does not pad.
 * Meta ads carry the workspace's required disclaimer in their language ("Preise inkl. MwSt." /
 * "Prices incl. VAT.", see nordlicht-brand-rules.ts).
 */
import type { AssetKind } from "@/lib/assets/schemas/asset";
import { NORDLICHT_DEMO_CAMPAIGN } from "./nordlicht-campaign";

const REGENWOCHE = { code: NORDLICHT_DEMO_CAMPAIGN.code, offerCode: NORDLICHT_DEMO_CAMPAIGN.offer.code };

export type GoldenBrief = {
  id: string;
  /** A product's feed id (NORDLICHT_PRODUCTS), or null for a page or ad about a topic. */
  productId: string | null;
  topic: string;
  audience: string;
  goal: string;
  assetKinds: AssetKind[];
  language: "de" | "en";
  tone: string;
  keywords: string[];
  /**
   * A brief written inside a demo campaign (nordlicht-campaign.ts), by the campaign's code, with
   * the offer it states: one of the campaign's codes, or null for none. Absent: a brief on its own.
   */
  campaign?: { code: string; offerCode: string | null };
};

const TONE_DE = "ruhig, präzise, du-Form; Fakten vor Adjektiven, keine Superlative";
const TONE_EN = "calm, precise, understated; facts before adjectives";

export const GOLDEN_BRIEFS: readonly GoldenBrief[] = [
  {
    id: "de-fjell-damen",
    productId: "NL-1002",
    topic: "Fjell Hardshell-Jacke für Damen",
    audience: "Wanderinnen zwischen 25 und 45, die auch bei Regen in den Alpen und in Skandinavien unterwegs sind",
    goal: "Mehr Online-Käufe der Fjell Damen im Frühjahr",
    assetKinds: ["seo-page", "google-rsa"],
    language: "de",
    tone: TONE_DE,
    keywords: ["hardshell jacke damen", "regenjacke damen wandern", "wetterfeste jacke damen"],
  },
  {
    id: "de-natt-daune",
    productId: "NL-5001",
    topic: "Daunenschlafsack für Sommertouren in Skandinavien",
    audience: "Trekking-Einsteigerinnen und -Einsteiger, die ihre erste Tour in Skandinavien planen",
    goal: "Besuche auf der Produktseite vor der Sommersaison",
    assetKinds: ["meta-ad"],
    language: "de",
    tone: TONE_DE,
    keywords: ["daunenschlafsack", "schlafsack 0 grad", "schlafsack skandinavien"],
  },
  {
    id: "de-rygg-30",
    productId: "NL-4001",
    topic: "Rygg 30 Wanderrucksack für Tages- und Hüttentouren",
    audience: "Wandernde, die einmal im Monat oder öfter in den Bergen unterwegs sind",
    goal: "Neukundinnen und Neukunden für den Rygg 30 in der Frühjahrskampagne",
    assetKinds: ["google-rsa", "meta-ad"],
    language: "de",
    tone: TONE_DE,
    keywords: ["wanderrucksack 30l", "tagesrucksack wandern", "rucksack hüttentour"],
  },
  {
    id: "de-pflege-hardshell",
    productId: null,
    topic: "Hardshell-Jacke richtig waschen und imprägnieren",
    audience: "Besitzerinnen und Besitzer einer Hardshell-Jacke, deren Jacke kein Wasser mehr abperlen lässt",
    goal: "Organische Besuche über Pflege-Suchanfragen und Vertrauen in die Haltbarkeit",
    assetKinds: ["seo-page"],
    language: "de",
    tone: TONE_DE,
    keywords: ["hardshell jacke waschen", "jacke imprägnieren", "membranjacke pflege"],
  },
  {
    id: "de-sti-damen",
    productId: "NL-6002",
    topic: "Sti Mid Wanderstiefel für Damen",
    audience: "Wanderinnen, die einen knöchelhohen Stiefel für nasse und steinige Wege suchen",
    goal: "Verkäufe des Sti Mid Damen",
    assetKinds: ["seo-page", "meta-ad"],
    language: "de",
    tone: TONE_DE,
    keywords: ["wanderstiefel damen", "wanderschuhe damen mid", "wanderstiefel nubukleder"],
  },
  {
    id: "de-versand-rueckgabe",
    productId: null,
    topic: "Kostenloser Versand ab 50 € und 30 Tage Rückgabe",
    audience: "Erstkäuferinnen und Erstkäufer, die Nordlicht noch nicht kennen",
    goal: "Vertrauen bei Erstbestellungen stärken",
    assetKinds: ["meta-ad", "google-rsa"],
    language: "de",
    tone: TONE_DE,
    keywords: ["outdoor bekleidung versandkostenfrei", "30 tage rückgabe", "nordlicht outdoor shop"],
  },
  {
    id: "en-fjell-men",
    productId: "NL-1001",
    topic: "Fjell hardshell jacket for men",
    audience: "Hikers who spend long days outside in rain and wind, in the Alps and in Scandinavia",
    goal: "Online sales of the men's Fjell jacket",
    assetKinds: ["seo-page", "google-rsa"],
    language: "en",
    tone: TONE_EN,
    keywords: ["men's hardshell jacket", "3-layer rain jacket", "hiking rain jacket men"],
  },
  {
    id: "en-materials",
    productId: null,
    topic: "Recycled materials and PFAS-free water repellency",
    audience: "Outdoor retail buyers and journalists who compare the materials of outdoor brands",
    goal: "Show measurable facts about materials and chemistry instead of green slogans",
    assetKinds: ["seo-page", "linkedin-ad", "meta-ad"],
    language: "en",
    tone: TONE_EN,
    keywords: ["recycled outdoor clothing", "pfas-free jacket", "recycled polyamide jacket"],
  },
  {
    id: "en-ull-men",
    productId: "NL-3001",
    topic: "Ull merino base layer for men",
    audience: "Trekkers on multi-day tours who want one shirt for several days",
    goal: "Search traffic and sales for the men's Ull long-sleeve",
    assetKinds: ["google-rsa"],
    language: "en",
    tone: TONE_EN,
    keywords: ["merino base layer men", "merino long sleeve shirt", "rws merino base layer"],
  },
  {
    id: "en-team-outfitting",
    productId: null,
    topic: "Team outfitting for mountain guides, outdoor schools and field research teams",
    audience: "People who buy equipment for mountain guide associations, outdoor schools and field research institutes",
    goal: "Team order enquiries to teams@nordlicht.example",
    assetKinds: ["linkedin-ad"],
    language: "en",
    tone: TONE_EN,
    keywords: ["team outfitting outdoor", "mountain guide jackets", "outdoor school equipment"],
  },
  {
    id: "en-natt-synthetic",
    productId: "NL-5002",
    topic: "Natt +5 synthetic sleeping bag for summer nights",
    audience: "Summer campers and hut-to-hut hikers who want a washable, light sleeping bag",
    goal: "Organic search visits for summer sleeping bag queries",
    assetKinds: ["seo-page"],
    language: "en",
    tone: TONE_EN,
    keywords: ["synthetic sleeping bag summer", "lightweight sleeping bag", "washable sleeping bag"],
  },
  {
    id: "en-rygg-55",
    productId: "NL-4002",
    topic: "Rygg 55+10 trekking backpack for expeditions and field work",
    audience: "Expedition leaders, outdoor educators and field researchers carrying up to 20 kg",
    goal: "Awareness among professional users and search sales of the Rygg 55+10",
    assetKinds: ["linkedin-ad", "google-rsa"],
    language: "en",
    tone: TONE_EN,
    keywords: ["trekking backpack 65l", "expedition backpack", "adjustable back length backpack"],
  },
  {
    id: "de-rygg-30-email",
    productId: "NL-4001",
    topic: "Rygg 30 Wanderrucksack für Tages- und Hüttentouren",
    audience: "Newsletter-Abonnentinnen und -Abonnenten, die für das Frühjahr Tages- und Hüttentouren planen",
    goal: "Klicks aus dem Frühjahrs-Newsletter auf die Produktseite des Rygg 30",
    assetKinds: ["email"],
    language: "de",
    tone: TONE_DE,
    keywords: ["wanderrucksack 30l", "rucksack hüttentour"],
  },
  {
    id: "en-materials-email",
    productId: null,
    topic: "What our jackets and backpacks are made of: recycled materials in numbers",
    audience: "Newsletter subscribers who asked how Nordlicht products are made",
    goal: "Newsletter readers learn the measurable material facts and read the sustainability page",
    assetKinds: ["email"],
    language: "en",
    tone: TONE_EN,
    keywords: ["recycled polyamide jacket", "recycled materials outdoor"],
  },
  {
    id: "de-pflege-artikel",
    productId: null,
    topic: "Outdoor-Ausrüstung richtig pflegen: Hardshell-Jacke, Merino, Schlafsack und Rucksack",
    audience: "Wanderinnen und Wanderer, die ihre Ausrüstung viele Jahre nutzen wollen",
    goal: "Organische Besuche über Pflege-Suchanfragen und weniger Reklamationen wegen falscher Pflege",
    assetKinds: ["article"],
    language: "de",
    tone: TONE_DE,
    keywords: ["outdoor ausrüstung pflegen", "hardshell jacke waschen", "daunenschlafsack waschen"],
  },
  {
    id: "en-fjell-article",
    productId: "NL-1001",
    topic: "The Fjell hardshell jacket for men: materials, fit and care",
    audience: "Hikers who compare hardshell jackets before a season in the Alps or in Scandinavia",
    goal: "Organic search visits that lead to the men's Fjell product page",
    assetKinds: ["article"],
    language: "en",
    tone: TONE_EN,
    keywords: ["men's hardshell jacket", "recycled hardshell jacket", "hardshell jacket fit"],
  },
  {
    id: "de-bris-social",
    productId: "NL-1003",
    topic: "Bris Windjacke Damen für schnelle Touren",
    audience: "Wanderinnen und Trailläuferinnen, die leicht unterwegs sind",
    goal: "Reichweite für die Bris Windjacke in den sozialen Netzwerken",
    assetKinds: ["linkedin-post", "instagram-post", "x-post"],
    language: "de",
    tone: TONE_DE,
    keywords: ["windjacke damen", "leichte windjacke", "windjacke wandern"],
  },
  {
    id: "en-recycled-social",
    productId: null,
    topic: "Recycled materials in our collection",
    audience: "Followers who care what outdoor clothing is made of",
    goal: "Share measurable material facts on social media",
    assetKinds: ["linkedin-post", "instagram-post", "x-post"],
    language: "en",
    tone: TONE_EN,
    keywords: ["recycled outdoor clothing", "recycled polyamide", "pfas-free"],
  },
  {
    id: "de-fjell-damen-feed",
    productId: "NL-1002",
    topic: "Fjell Hardshell-Jacke Damen im Google-Shopping-Feed",
    audience: "Wanderinnen, die in Google Shopping Regenjacken vergleichen",
    goal: "Titel und Beschreibung im Merchant Center, die die Fakten der Jacke nennen",
    assetKinds: ["merchant-feed"],
    language: "de",
    tone: TONE_DE,
    keywords: ["hardshell jacke damen", "regenjacke damen"],
  },
  {
    id: "en-fjell-men-feed",
    productId: "NL-1001",
    topic: "Fjell hardshell jacket for men in the Google Shopping feed",
    audience: "Hikers comparing rain jackets in Google Shopping",
    goal: "Merchant Center title and description that state the jacket's facts",
    assetKinds: ["merchant-feed"],
    language: "en",
    tone: TONE_EN,
    keywords: ["men's hardshell jacket", "rain jacket men"],
  },
  {
    id: "de-regenwoche-fjell-damen",
    productId: "NL-1002",
    topic: "Fjell Hardshell-Jacke für Damen in der Regenwoche",
    // Empty: the brief inherits the campaign's persona as its audience.
    audience: "",
    goal: "Käufe der Fjell Damen mit dem Code der Regenwoche",
    assetKinds: ["email", "linkedin-post", "instagram-post", "x-post"],
    language: "de",
    tone: TONE_DE,
    keywords: ["hardshell jacke damen", "regenjacke damen"],
    campaign: REGENWOCHE,
  },
  {
    id: "de-regenwoche-fjell-herren",
    productId: "NL-1001",
    topic: "Fjell Hardshell-Jacke für Herren",
    audience: "Pendler, die das ganze Jahr mit dem Rad fahren und eine Jacke für viele Winter suchen",
    goal: "Käufe der Fjell Herren während der Regenwoche",
    assetKinds: ["article", "merchant-feed", "meta-ad"],
    language: "de",
    tone: TONE_DE,
    keywords: ["hardshell jacke herren", "regenjacke herren"],
    campaign: REGENWOCHE,
  },
  {
    id: "de-regenwoche-pflege",
    productId: null,
    topic: "Hardshell-Jacke richtig waschen und imprägnieren",
    audience: "Pendlerinnen und Pendler, deren Regenjacke nach vielen nassen Fahrten kein Wasser mehr abperlen lässt",
    goal: "Besuche auf der Aktionsseite der Regenwoche über Pflegetipps",
    assetKinds: ["email", "instagram-post"],
    language: "de",
    tone: TONE_DE,
    keywords: ["hardshell jacke waschen", "jacke imprägnieren"],
    // A topic brief: the campaign's offer holds only for the two Fjell jackets, so none.
    campaign: { code: NORDLICHT_DEMO_CAMPAIGN.code, offerCode: null },
  },
];
