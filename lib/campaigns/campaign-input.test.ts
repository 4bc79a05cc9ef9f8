import { describe, expect, it } from "vitest";
import { CAMPAIGN_LIMITS, CampaignInputSchema, CreateCampaignInputSchema, normalizeOfferCode, OfferInputSchema, PersonaInputSchema } from "./campaign-input";
import { englishIssueMessage } from "@/lib/i18n/validation-messages";

const CAMPAIGN = { name: "Spring", code: "spring", startsOn: "2027-03-01", endsOn: "2027-03-31" };
const OFFER = { code: "SPRING15", value: "15 %", validUntil: "2027-03-20" };

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  (result.error?.issues ?? []).filter((issue) => issue.path[0] === field).map((issue) => englishIssueMessage(issue));

describe("campaign input", () => {
  it("fills defaults for what a campaign may leave out", () => {
    expect(CampaignInputSchema.parse(CAMPAIGN)).toEqual({ ...CAMPAIGN, goal: "", personaId: null, landingPages: [], channels: [], languages: [], budgetMinor: null, currency: "EUR", ownerId: null });
  });

  it("accepts a one-day campaign and refuses one that ends the day before it starts", () => {
    expect(CampaignInputSchema.safeParse({ ...CAMPAIGN, endsOn: "2027-03-01" }).success).toBe(true);
    const result = CampaignInputSchema.safeParse({ ...CAMPAIGN, endsOn: "2027-02-28" });
    expect(messagesOf(result, "endsOn")).toEqual(["The campaign ends (2027-02-28) before it starts (2027-03-01)"]);
  });

  it("refuses dates that are not calendar dates", () => {
    expect(messagesOf(CampaignInputSchema.safeParse({ ...CAMPAIGN, startsOn: "2027-02-30" }), "startsOn")).toEqual(["Start: use a calendar date like 2027-03-01"]);
    expect(messagesOf(CampaignInputSchema.safeParse({ ...CAMPAIGN, endsOn: "31.03.2027" }), "endsOn")).toEqual(["End: use a calendar date like 2027-03-01"]);
  });

  it("takes channels only from the asset kinds, once each", () => {
    expect(CampaignInputSchema.parse({ ...CAMPAIGN, channels: ["meta-ad", "seo-page", "meta-ad"] }).channels).toEqual(["meta-ad", "seo-page"]);
    expect(messagesOf(CampaignInputSchema.safeParse({ ...CAMPAIGN, channels: ["fax"] }), "channels")[0]).toMatch(/^Channels are asset kinds: seo-page, google-rsa/);
  });

  it("wants landing pages as absolute https URLs", () => {
    expect(CampaignInputSchema.parse({ ...CAMPAIGN, landingPages: [{ url: "https://shop.example/spring" }] }).landingPages).toEqual([{ url: "https://shop.example/spring", label: "" }]);
    for (const url of ["http://shop.example/spring", "/spring", "shop.example/spring"]) {
      expect(messagesOf(CampaignInputSchema.safeParse({ ...CAMPAIGN, landingPages: [{ url, label: "" }] }), "landingPages"), url).toEqual(["Landing pages need an absolute https:// URL"]);
    }
    const tooMany = Array.from({ length: CAMPAIGN_LIMITS.landingPages + 1 }, (_, i) => ({ url: `https://shop.example/${i}`, label: "" }));
    expect(CampaignInputSchema.safeParse({ ...CAMPAIGN, landingPages: tooMany }).success).toBe(false);
  });

  it("takes a budget of zero or more whole minor units and an ISO currency", () => {
    expect(CampaignInputSchema.parse({ ...CAMPAIGN, budgetMinor: 0, currency: "chf" })).toMatchObject({ budgetMinor: 0, currency: "CHF" });
    expect(messagesOf(CampaignInputSchema.safeParse({ ...CAMPAIGN, budgetMinor: -1 }), "budgetMinor")).toEqual(["The budget cannot be negative"]);
    expect(messagesOf(CampaignInputSchema.safeParse({ ...CAMPAIGN, budgetMinor: 10.5 }), "budgetMinor")).toEqual(["The budget is counted in whole cents"]);
    expect(messagesOf(CampaignInputSchema.safeParse({ ...CAMPAIGN, currency: "DEM" }), "currency")).toEqual(["Use an ISO 4217 currency code such as EUR"]);
  });

  it("takes German and English as languages, once each", () => {
    expect(CampaignInputSchema.parse({ ...CAMPAIGN, languages: ["de", "de", "en"] }).languages).toEqual(["de", "en"]);
    expect(CampaignInputSchema.safeParse({ ...CAMPAIGN, languages: ["fr"] }).success).toBe(false);
  });

  it("treats an empty persona or owner as none", () => {
    expect(CampaignInputSchema.parse({ ...CAMPAIGN, personaId: "", ownerId: " " })).toMatchObject({ personaId: null, ownerId: null });
  });

  it("limits a new campaign's offers", () => {
    const offers = Array.from({ length: CAMPAIGN_LIMITS.offers + 1 }, (_, i) => ({ ...OFFER, code: `C${i}` }));
    expect(messagesOf(CreateCampaignInputSchema.safeParse({ ...CAMPAIGN, offers }), "offers")).toEqual([`At most ${CAMPAIGN_LIMITS.offers} offers per campaign`]);
    expect(CreateCampaignInputSchema.parse({ ...CAMPAIGN, offers: offers.slice(1) }).offers).toHaveLength(CAMPAIGN_LIMITS.offers);
  });
});

describe("offer input", () => {
  it("normalises the code to upper case without spaces", () => {
    expect(normalizeOfferCode(" spring 15 ")).toBe("SPRING15");
    expect(OfferInputSchema.parse({ ...OFFER, code: "fruehling-10_a" }).code).toBe("FRUEHLING-10_A");
  });

  it("refuses codes with other characters, empty codes and codes over the limit", () => {
    expect(messagesOf(OfferInputSchema.safeParse({ ...OFFER, code: "GRÜN" }), "code")).toEqual(["Offer codes use only letters A–Z, digits, “-” and “_”"]);
    expect(messagesOf(OfferInputSchema.safeParse({ ...OFFER, code: "-10" }), "code")).toEqual(["Offer codes use only letters A–Z, digits, “-” and “_”"]);
    expect(messagesOf(OfferInputSchema.safeParse({ ...OFFER, code: "  " }), "code")).toContain("Give the offer a code");
    expect(OfferInputSchema.safeParse({ ...OFFER, code: "A".repeat(CAMPAIGN_LIMITS.offerCode) }).success).toBe(true);
    expect(OfferInputSchema.safeParse({ ...OFFER, code: "A".repeat(CAMPAIGN_LIMITS.offerCode + 1) }).success).toBe(false);
  });

  it("needs a value and a valid-until date; products and categories default to none (all products)", () => {
    expect(OfferInputSchema.parse(OFFER)).toEqual({ ...OFFER, conditions: "", eligibleProductIds: [], eligibleCategories: [] });
    expect(messagesOf(OfferInputSchema.safeParse({ ...OFFER, value: "  " }), "value")[0]).toMatch(/^Say what the offer is worth/);
    expect(messagesOf(OfferInputSchema.safeParse({ ...OFFER, validUntil: "" }), "validUntil")).toEqual(["Valid until: use a calendar date like 2027-03-01"]);
  });
});

describe("persona input", () => {
  it("needs a name and a language; lists are trimmed and bounded", () => {
    expect(PersonaInputSchema.parse({ name: " Commuters ", language: "de", pains: [" Rain "] })).toEqual({ name: "Commuters", description: "", pains: ["Rain"], vocabulary: [], language: "de" });
    expect(messagesOf(PersonaInputSchema.safeParse({ name: "", language: "de" }), "name")).toEqual(["Give the persona a name"]);
    expect(PersonaInputSchema.safeParse({ name: "X", language: "fr" }).success).toBe(false);
    expect(PersonaInputSchema.safeParse({ name: "X", language: "de", pains: Array(CAMPAIGN_LIMITS.pains + 1).fill("p") }).success).toBe(false);
    expect(PersonaInputSchema.safeParse({ name: "X", language: "de", vocabulary: ["w".repeat(CAMPAIGN_LIMITS.word + 1)] }).success).toBe(false);
  });
});
