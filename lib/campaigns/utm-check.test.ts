import { describe, expect, it } from "vitest";
import type { Utm } from "@/lib/assets/schemas/utm";
import type { UtmCheckOptions } from "./utm-check";
import { checkUtmValues } from "@/lib/testing/utm-check";
import { BUILT_IN_UTM_CONVENTION } from "./utm-convention";
import type { UtmConvention } from "./utm-convention-schema";

const convention: UtmConvention = {
  campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}",
  brandToken: "spw",
  separator: "_",
  lowercase: true,
  allowedCharacters: "alphanumeric-dash-underscore",
  maxLength: 40,
  sourceMedium: { "meta-ad": { source: "facebook", medium: "paid_social" } },
};
const options: UtmCheckOptions = {
  convention,
  brandName: "Spurwerk",
  campaign: { code: "pendeln", startsOn: "2027-03-01" },
  kind: "meta-ad",
  language: "de",
  bannedTerms: [],
};
const utm: Utm = { source: "facebook", medium: "paid_social", campaign: "spw_pendeln_spring2027_1", content: "meta_ad", term: null };

const rules = (value: Partial<Utm>, overrides: Partial<UtmCheckOptions> = {}) => checkUtmValues({ ...utm, ...value }, { ...options, ...overrides }).map((issue) => `${issue.rule}@${issue.path}`);

describe("checkUtmValues", () => {
  it("accepts a value set that follows the convention", () => {
    expect(rules({})).toEqual([]);
  });

  it("allows exactly the convention's characters", () => {
    expect(rules({ content: "meta-ad_a" })).toEqual([]);
    expect(rules({ content: "meta.ad" })).toEqual(["utm.content.format@utm.content"]);
    expect(rules({ content: "meta.ad" }, { convention: { ...convention, allowedCharacters: "alphanumeric-dash-underscore-dot" } })).toEqual([]);
    expect(rules({ content: "meta-ad" }, { convention: { ...convention, allowedCharacters: "alphanumeric" } })).toEqual(["utm.content.format@utm.content"]);
    const [issue] = checkUtmValues({ ...utm, term: "55+10 jacke" }, options);
    expect(issue?.message).toContain('use "55_10_jacke"');
  });

  it("wants lowercase only when the convention is lowercase", () => {
    expect(rules({ content: "Meta_ad" })).toEqual(["utm.content.format@utm.content"]);
    const cased = { ...convention, lowercase: false };
    expect(rules({ content: "Meta_ad" }, { convention: cased })).toEqual([]);
  });

  it("allows the maximum length and not one character more", () => {
    expect(rules({ content: "a".repeat(40) })).toEqual([]);
    expect(rules({ content: "a".repeat(41) })).toEqual(["utm.content.max_length@utm.content"]);
  });

  it("wants utm_campaign in the template's shape for the campaign, naming the expected value", () => {
    expect(rules({ campaign: "spw_pendeln_spring2027_3" })).toEqual([]);
    // Another season, another campaign, no brand prefix, a product slug instead of the convention.
    for (const campaign of ["spw_pendeln_summer2027_1", "spw_radeln_spring2027_1", "pendeln_spring2027_1", "fjell_jacket_5510"]) {
      expect(rules({ campaign })).toEqual(["utm.campaign.convention@utm.campaign"]);
    }
    const [issue] = checkUtmValues({ ...utm, campaign: "fjell_jacket" }, options);
    expect(issue?.message).toContain('expected "spw_pendeln_spring2027_{variant}"');
  });

  it("outside a campaign takes any campaign part, season and year, but keeps the brand and the fixed parts", () => {
    const outside = { campaign: null };
    expect(rules({ campaign: "spw_fjell_jacket_55_10_winter2026_1" }, outside)).toEqual([]);
    expect(rules({ campaign: "spw_fjell_jacket_1" }, outside)).toEqual(["utm.campaign.convention@utm.campaign"]);
    expect(rules({ campaign: "nordlicht_fjell_winter2026_1" }, outside)).toEqual(["utm.campaign.convention@utm.campaign"]);
    // The built-in convention is the campaign part alone.
    expect(rules({ campaign: "fjell_jacket" }, { ...outside, convention: BUILT_IN_UTM_CONVENTION })).toEqual([]);
  });

  it("accepts a value cut at the length limit when its start agrees", () => {
    const short = { ...convention, maxLength: 12 };
    expect(rules({ campaign: "spw_pendeln", content: null }, { convention: short })).toEqual([]);
    expect(rules({ campaign: "spw_radelnx", content: null }, { convention: short })).toEqual(["utm.campaign.convention@utm.campaign"]);
  });

  it("wants source and medium as the convention sets them for the kind, and leaves kinds it does not set alone", () => {
    expect(rules({ source: "meta" })).toEqual(["utm.source.convention@utm.source"]);
    expect(rules({ medium: "cpc" })).toEqual(["utm.medium.convention@utm.medium"]);
    const [issue] = checkUtmValues({ ...utm, source: "meta" }, options);
    expect(issue?.message).toContain('says "facebook"');
    expect(rules({ source: "linkedin", medium: "paid_social" }, { kind: "linkedin-ad" })).toEqual([]);
  });

  it("refuses banned terms in any value, as words, for the rule's language", () => {
    const bannedTerms = [{ term: "billig", reason: null, language: "de" as const }];
    expect(rules({ campaign: "spw_pendeln_spring2027_1", term: "billige_jacke" }, { bannedTerms })).toEqual(["utm.term.banned_term@utm.term"]);
    expect(rules({ term: "billigflieger" }, { bannedTerms })).toEqual([]);
    expect(rules({ term: "billige_jacke" }, { bannedTerms, language: "en" })).toEqual([]);
    const spread = [{ term: "best price", reason: null }];
    expect(rules({ content: "best-price" }, { bannedTerms: spread })).toEqual(["utm.content.banned_term@utm.content"]);
  });
});
