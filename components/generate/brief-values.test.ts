import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { applyCampaignChoice, fromBriefInput, INITIAL_BRIEF, parseKeywords, toBriefInput, validateBrief as validate, type BriefErrorText, type BriefValues } from "./brief-values";
import { briefErrorTextFrom } from "./use-brief-text";

/** The error sentences useBriefErrorText builds, from the real catalogue of `locale`. */
function textIn(locale: "en" | "de"): BriefErrorText {
  const messages = locale === "de" ? de : en;
  const t = createTranslator({ locale, messages, namespace: "generate.briefForm" });
  const kinds = createTranslator({ locale, messages, namespace: "common.assetKind" });
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return briefErrorTextFrom(t, (kind) => kinds(kind), (items) => list.format(items));
}
const validateBrief = (values: BriefValues) => validate(values, textIn("en"));

describe("parseKeywords", () => {
  it("splits on commas, trims, drops empties and repeats", () => {
    expect(parseKeywords(" regenjacke, Softshell ,, regenjacke ,REGENJACKE")).toEqual(["regenjacke", "Softshell"]);
    expect(parseKeywords("")).toEqual([]);
  });
});

describe("validateBrief", () => {
  it("asks for a channel and for a product or topic", () => {
    expect(validateBrief(INITIAL_BRIEF)).toEqual({ assetKinds: "Choose at least one channel.", topic: "Choose a product or enter a topic." });
  });

  it("accepts a product without a topic", () => {
    expect(validateBrief({ ...INITIAL_BRIEF, productSourceId: "src_1", assetKinds: ["meta-ad"] })).toEqual({});
  });

  it("asks for a product when product feed copy is chosen for a topic, as the route does", () => {
    const topic = { ...INITIAL_BRIEF, topic: "Rain jackets", assetKinds: ["meta-ad", "merchant-feed"] as const };
    expect(validateBrief({ ...topic, assetKinds: [...topic.assetKinds] })).toEqual({
      assetKinds: "Product feed copy is written for one product of the feed and keyed by its product id: choose a product, or untick Product feed copy for a brief about a topic.",
    });
    expect(validateBrief({ ...topic, assetKinds: [...topic.assetKinds], productSourceId: "src_1" })).toEqual({});
  });

  it("words its errors in the member's language", () => {
    expect(validate(INITIAL_BRIEF, textIn("de"))).toEqual({ assetKinds: "Wählen Sie mindestens einen Kanal.", topic: "Wählen Sie ein Produkt oder geben Sie ein Thema ein." });
    expect(validate({ ...INITIAL_BRIEF, topic: "Regen", assetKinds: ["merchant-feed"] }, textIn("de")).assetKinds).toMatch(/^Produktfeed-Texte wird für ein Produkt des Feeds geschrieben/);
  });

  it("allows at most 10 keywords", () => {
    const keywords = Array.from({ length: 11 }, (_, index) => `k${index}`).join(",");
    expect(validateBrief({ ...INITIAL_BRIEF, topic: "Rain", assetKinds: ["seo-page"], keywords }).keywords).toBe("At most 10 keywords; you have 11.");
  });
});

describe("toBriefInput", () => {
  it("trims texts and turns keywords into an array", () => {
    expect(toBriefInput({ ...INITIAL_BRIEF, topic: " Rain jackets ", keywords: "a, b", assetKinds: ["seo-page"] })).toEqual({
      productSourceId: null,
      topic: "Rain jackets",
      audience: "",
      goal: "",
      tone: "",
      keywords: ["a", "b"],
      language: "de",
      assetKinds: ["seo-page"],
    });
  });
});

describe("fromBriefInput", () => {
  it("gives back form values that turn into the same brief", async () => {
    const { fromBriefInput, toBriefInput } = await import("./brief-values");
    const brief = { productSourceId: "src_1", topic: "Rain", audience: "Cyclists", goal: "", tone: "warm", keywords: ["regenjacke", "pendeln"], language: "de" as const, assetKinds: ["meta-ad" as const] };
    expect(fromBriefInput(brief).keywords).toBe("regenjacke, pendeln");
    expect(toBriefInput(fromBriefInput(brief))).toEqual(brief);
  });
});

describe("briefs inside a campaign", () => {
  const campaign = {
    id: "cmp_1",
    name: "Pendeln",
    code: "pendeln",
    startsOn: "2027-03-01",
    endsOn: "2027-05-31",
    languages: ["en" as const],
    landingPages: [{ url: "https://spurwerk.example/pendeln", label: "Pendeln" }],
    persona: { name: "Pendler", audience: "Commuters who cycle all year." },
    offers: [{ code: "PENDELN15", value: "15 %", conditions: "", validUntil: "2027-05-31" }],
  };

  it("fills audience, language, landing page and the only offer from the chosen campaign", () => {
    const values = applyCampaignChoice({ ...INITIAL_BRIEF, language: "de" }, campaign, null);
    expect(values).toMatchObject({ campaignId: "cmp_1", audience: "Commuters who cycle all year.", language: "en", landingPageUrl: "https://spurwerk.example/pendeln", offerCode: "PENDELN15" });
  });

  it("keeps what the marketer typed, replaces what the previous campaign filled in, and lets several offers be chosen", () => {
    const typed = applyCampaignChoice({ ...INITIAL_BRIEF, audience: "Students", landingPageUrl: "https://spurwerk.example/uni" }, campaign, null);
    expect(typed).toMatchObject({ audience: "Students", landingPageUrl: "https://spurwerk.example/uni" });
    const filled = applyCampaignChoice(INITIAL_BRIEF, campaign, null);
    const other = { ...campaign, id: "cmp_2", persona: null, landingPages: [], offers: [...campaign.offers, { code: "FRUEH10", value: "10 %", conditions: "", validUntil: "2027-04-30" }] };
    expect(applyCampaignChoice(filled, other, campaign)).toMatchObject({ campaignId: "cmp_2", audience: "", landingPageUrl: "", offerCode: "" });
    expect(applyCampaignChoice(filled, null, campaign)).toMatchObject({ campaignId: null, audience: "", landingPageUrl: "", offerCode: "" });
  });

  it("sends the campaign with its offer, null for no offer, and nothing of either outside a campaign", () => {
    const base = { ...INITIAL_BRIEF, productSourceId: "src_1", assetKinds: ["meta-ad" as const] };
    expect(toBriefInput({ ...base, campaignId: "cmp_1", offerCode: "PENDELN15", landingPageUrl: " https://spurwerk.example/pendeln " })).toMatchObject({ campaignId: "cmp_1", offerCode: "PENDELN15", landingPageUrl: "https://spurwerk.example/pendeln" });
    expect(toBriefInput({ ...base, campaignId: "cmp_1", offerCode: "" })).toMatchObject({ campaignId: "cmp_1", offerCode: null });
    const outside = toBriefInput(base);
    expect(["campaignId", "offerCode", "landingPageUrl"].filter((key) => key in outside)).toEqual([]);
    // A stored brief comes back with its campaign fields.
    expect(fromBriefInput({ ...outside, campaignId: "cmp_1", offerCode: null, landingPageUrl: "https://x.example/" })).toMatchObject({ campaignId: "cmp_1", offerCode: "", landingPageUrl: "https://x.example/" });
  });

  it("wants an https landing page", () => {
    const base = { ...INITIAL_BRIEF, topic: "Repairs", assetKinds: ["seo-page" as const] };
    expect(validateBrief({ ...base, landingPageUrl: "https://spurwerk.example/reparatur" })).toEqual({});
    expect(validateBrief({ ...base, landingPageUrl: "http://spurwerk.example/reparatur" }).landingPageUrl).toMatch(/absolute https URL/);
    expect(validateBrief({ ...base, landingPageUrl: "/reparatur" }).landingPageUrl).toMatch(/absolute https URL/);
  });
});
