import { describe, expect, it } from "vitest";
import type { Campaign, CampaignOffer, Persona } from "@/lib/db/schema/campaigns";
import { applyCampaignToBrief, checkCampaignBatch, personaAudience, type CampaignSource } from "./campaign-brief";
import { formatOfferDate, offerFactTexts } from "./offer-facts";

const now = new Date("2027-01-01T00:00:00Z");
const campaign: Campaign = {
  id: "cmp_1",
  workspaceId: "ws_1",
  name: "Pendeln Frühling",
  code: "pendeln",
  startsOn: "2027-03-01",
  endsOn: "2027-05-31",
  goal: "",
  personaId: "per_1",
  landingPages: [{ url: "https://spurwerk.example/pendeln", label: "Pendeln" }, { url: "https://spurwerk.example/other", label: "Other" }],
  channels: ["meta-ad"],
  languages: ["de"],
  budgetMinor: null,
  currency: "EUR",
  ownerId: null,
  createdBy: "usr_1",
  createdAt: now,
  updatedAt: now,
  archivedAt: null,
};
const persona: Persona = {
  id: "per_1",
  workspaceId: "ws_1",
  name: "Pendler",
  description: "Berufspendler in Hamburg, die ganzjährig Rad fahren",
  pains: ["Regen", "dunkle Morgen"],
  vocabulary: ["Pendeln", "Regenjacke"],
  language: "de",
  createdBy: "usr_1",
  createdAt: now,
  updatedAt: now,
  archivedAt: null,
};
const offer = (overrides: Partial<CampaignOffer>): CampaignOffer => ({
  id: "off_1",
  workspaceId: "ws_1",
  campaignId: "cmp_1",
  code: "PENDELN15",
  value: "15 %",
  conditions: "",
  eligibleProductIds: [],
  eligibleCategories: [],
  validUntil: "2027-05-31",
  createdAt: now,
  ...overrides,
});
const source = (offers: CampaignOffer[]): CampaignSource => ({ campaign, persona, offers });
const jacket = { id: "src_jacket", title: "Fjell Regenjacke", category: "Bekleidung > Jacken" };
const bag = { id: "src_bag", title: "Pendel 20 Tasche", category: "Taschen" };
const brief = { language: "de" as const, audience: "" };
const today = "2027-03-10";

describe("applyCampaignToBrief", () => {
  it("inherits the persona as audience, the first landing page and the only offer that holds", () => {
    const facts = applyCampaignToBrief(brief, source([offer({})]), jacket, today);
    expect(facts).toEqual({
      campaignId: "cmp_1",
      name: "Pendeln Frühling",
      code: "pendeln",
      startsOn: "2027-03-01",
      audience: "Berufspendler in Hamburg, die ganzjährig Rad fahren. Pains: Regen; dunkle Morgen. Their words: Pendeln, Regenjacke.",
      landingPageUrl: "https://spurwerk.example/pendeln",
      offer: { code: "PENDELN15", value: "15 %", conditions: "", validUntil: "2027-05-31" },
    });
  });

  it("keeps the brief's own audience and landing page", () => {
    const facts = applyCampaignToBrief({ ...brief, audience: "Studierende", landingPageUrl: "https://spurwerk.example/studium" }, source([]), jacket, today);
    expect(facts.audience).toBeNull();
    expect(facts.landingPageUrl).toBe("https://spurwerk.example/studium");
  });

  it("refuses a language the campaign does not run in, and takes any when it names none", () => {
    expect(() => applyCampaignToBrief({ ...brief, language: "en" }, source([]), jacket, today)).toThrow(/runs in German; write the brief in German, or outside the campaign/);
    expect(applyCampaignToBrief({ ...brief, language: "en" }, { ...source([]), campaign: { ...campaign, languages: [] } }, jacket, today).code).toBe("pendeln");
  });

  it("refuses an unknown code, naming the campaign's codes, and finds a known one in any case", () => {
    const offers = [offer({}), offer({ id: "off_2", code: "FRUEH10", value: "10 %" })];
    expect(() => applyCampaignToBrief({ ...brief, offerCode: "SAVE40" }, source(offers), jacket, today)).toThrow('The campaign "Pendeln Frühling" has no offer with the code "SAVE40", so the brief cannot state it. Its offers: PENDELN15, FRUEH10.');
    expect(() => applyCampaignToBrief({ ...brief, offerCode: "SAVE40" }, source([]), jacket, today)).toThrow(/It has no offers\./);
    expect(applyCampaignToBrief({ ...brief, offerCode: "frueh10" }, source(offers), jacket, today).offer?.code).toBe("FRUEH10");
  });

  it("holds an offer through its last day and refuses it the day after", () => {
    // The offer ends before the campaign does (the campaign's own end is its own refusal).
    const april = offer({ validUntil: "2027-04-30" });
    expect(applyCampaignToBrief({ ...brief, offerCode: "PENDELN15" }, source([april]), jacket, "2027-04-30").offer?.code).toBe("PENDELN15");
    expect(() => applyCampaignToBrief({ ...brief, offerCode: "PENDELN15" }, source([april]), jacket, "2027-05-01")).toThrow(/The offer PENDELN15 .* ended on 2027-04-30/);
    // Inherited offers are never ended ones.
    expect(applyCampaignToBrief(brief, source([april]), jacket, "2027-05-01").offer).toBeNull();
  });

  it("refuses an offer whose products or categories exclude the brief's product, saying so", () => {
    const jacketsOnly = offer({ eligibleCategories: ["Jacken"] });
    expect(applyCampaignToBrief({ ...brief, offerCode: "PENDELN15" }, source([jacketsOnly]), jacket, today).offer?.code).toBe("PENDELN15");
    expect(() => applyCampaignToBrief({ ...brief, offerCode: "PENDELN15" }, source([jacketsOnly]), bag, today)).toThrow('The offer PENDELN15 holds only for the category Jacken, not for "Pendel 20 Tasche"; choose another offer or none.');
    expect(() => applyCampaignToBrief({ ...brief, offerCode: "PENDELN15" }, source([offer({ eligibleProductIds: ["src_jacket"] })]), null, today)).toThrow(/not for a topic brief/);
    expect(applyCampaignToBrief({ ...brief, offerCode: "PENDELN15" }, source([offer({ eligibleProductIds: ["src_bag"] })]), bag, today).offer?.code).toBe("PENDELN15");
  });

  it("without a code inherits only a single offer that holds; with several or none chosen it states none", () => {
    const two = [offer({}), offer({ id: "off_2", code: "FRUEH10" })];
    expect(applyCampaignToBrief(brief, source(two), jacket, today).offer).toBeNull();
    // Of two offers, only one holds for bags: that one is inherited.
    const scoped = [offer({ eligibleCategories: ["Jacken"] }), offer({ id: "off_2", code: "TASCHE5", eligibleCategories: ["Taschen"] })];
    expect(applyCampaignToBrief(brief, source(scoped), bag, today).offer?.code).toBe("TASCHE5");
    expect(applyCampaignToBrief({ ...brief, offerCode: null }, source([offer({})]), jacket, today).offer).toBeNull();
  });
});

describe("an ended campaign", () => {
  it("takes no new brief nor batch after its end date, naming that date; its last day still does", () => {
    const message = 'The campaign "Pendeln Frühling" ended on 2027-05-31 and takes no new briefs; write the brief outside the campaign, or move the campaign\'s end date first.';
    expect(() => applyCampaignToBrief(brief, source([]), jacket, "2027-06-01")).toThrow(message);
    expect(() => checkCampaignBatch({ language: "de", offerCode: undefined }, source([]), [jacket], "2027-06-01")).toThrow(message);
    expect(applyCampaignToBrief(brief, source([]), jacket, "2027-05-31").campaignId).toBe("cmp_1");
  });
});

describe("checkCampaignBatch", () => {
  it("names the selected products a chosen offer excludes", () => {
    const jacketsOnly = offer({ eligibleCategories: ["Jacken"] });
    expect(() => checkCampaignBatch({ language: "de", offerCode: "PENDELN15" }, source([jacketsOnly]), [jacket, bag], today)).toThrow(/not for "Pendel 20 Tasche"; deselect them/);
    expect(() => checkCampaignBatch({ language: "de", offerCode: undefined }, source([jacketsOnly]), [jacket, bag], today)).not.toThrow();
    expect(() => checkCampaignBatch({ language: "en", offerCode: undefined }, source([]), [jacket], today)).toThrow(/runs in German/);
  });
});

describe("personaAudience and offer facts", () => {
  it("falls back to the persona's name without a description", () => {
    expect(personaAudience({ ...persona, description: "", pains: [], vocabulary: [] })).toBe("Pendler.");
  });
  it("writes the end date as each language's readers expect, and grounds every spelling of it", () => {
    expect(formatOfferDate("2027-05-31", "de")).toBe("31.05.2027");
    expect(formatOfferDate("2027-05-01", "en")).toBe("1 May 2027");
    expect(offerFactTexts({ code: "PENDELN15", value: "15 %", conditions: "", validUntil: "2027-05-31" })).toEqual(["PENDELN15", "15 %", "2027-05-31", "31.05.2027", "31 May 2027", "31. Mai 2027", "May 31, 2027"]);
  });
});
