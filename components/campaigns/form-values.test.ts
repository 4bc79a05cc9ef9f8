import { describe, expect, it } from "vitest";
import { CampaignInputSchema, OfferInputSchema, PersonaInputSchema } from "@/lib/campaigns/campaign-input";
import { campaignDraftToInput, campaignToDraft, emptyCampaignDraft, emptyOfferDraft, offerDraftToInput, offerToDraft, personaDraftToInput, personaToDraft, splitList } from "./form-values";

describe("campaign form values", () => {
  const draft = { ...emptyCampaignDraft(["de", "en", "fr"]), name: "Spring", code: "Spring Sale", startsOn: "2027-03-01", endsOn: "2027-03-31", budget: "1.500,50", currency: "eur", channels: ["meta-ad" as const] };

  it("turns the typed form into the action's input, which the schema accepts", () => {
    const result = campaignDraftToInput({ ...draft, landingPages: [{ key: "a", url: " https://shop.example/spring ", label: "Spring" }, { key: "b", url: "  ", label: "" }] });
    expect(result).toEqual({
      ok: true,
      input: { name: "Spring", code: "Spring Sale", startsOn: "2027-03-01", endsOn: "2027-03-31", goal: "", personaId: null, landingPages: [{ url: "https://shop.example/spring", label: "Spring" }], channels: ["meta-ad"], languages: ["de", "en"], budgetMinor: 150_050, currency: "EUR", ownerId: null },
    });
    if (result.ok) expect(CampaignInputSchema.safeParse(result.input).success).toBe(true);
  });

  it("says why a budget is not an amount instead of sending it", () => {
    expect(campaignDraftToInput({ ...draft, budget: "a lot" })).toMatchObject({ ok: false, message: expect.stringContaining("is not an amount") });
  });

  it("round-trips a stored campaign through the form", () => {
    const stored = { name: "Spring", code: "spring_sale", startsOn: "2027-03-01", endsOn: "2027-03-31", goal: "Leads", personaId: "prs_1", landingPages: [{ url: "https://shop.example/", label: "" }], channels: ["seo-page"], languages: ["en"], budgetMinor: 99_900, currency: "EUR", ownerId: "usr_1" };
    const result = campaignDraftToInput(campaignToDraft(stored));
    expect(result).toEqual({ ok: true, input: stored });
  });
});

describe("offer form values", () => {
  it("splits categories and keeps the chosen products", () => {
    const input = offerDraftToInput({ ...emptyOfferDraft("2027-03-20"), code: "spring 15", value: "15 %", eligibleProductIds: ["src_1"], categories: "Jackets, Boots\n, " });
    expect(input).toMatchObject({ eligibleProductIds: ["src_1"], eligibleCategories: ["Jackets", "Boots"] });
    expect(OfferInputSchema.parse(input).code).toBe("SPRING15");
    const stored = { code: "SPRING15", value: "15 %", conditions: "", validUntil: "2027-03-20", eligibleProductIds: [], eligibleCategories: ["Jackets", "Boots"] };
    expect(offerDraftToInput(offerToDraft(stored))).toEqual(stored);
  });
});

describe("persona form values", () => {
  it("takes pains one per line and vocabulary by commas", () => {
    const input = personaDraftToInput({ name: "Commuters", description: "", pains: "Wet, cold mornings\nDark evenings\n", vocabulary: "Pendeln, Regenhose\nSattel", language: "de" });
    expect(input).toEqual({ name: "Commuters", description: "", pains: ["Wet, cold mornings", "Dark evenings"], vocabulary: ["Pendeln", "Regenhose", "Sattel"], language: "de" });
    expect(PersonaInputSchema.safeParse(input).success).toBe(true);
    expect(personaDraftToInput(personaToDraft(input))).toEqual(input);
  });

  it("splitList drops blanks", () => {
    expect(splitList(" a ,, b\n\nc ")).toEqual(["a", "b", "c"]);
  });
});
