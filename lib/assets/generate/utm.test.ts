import { describe, expect, it } from "vitest";
import { checkUtmValues } from "@/lib/testing/utm-check";
import { BUILT_IN_UTM_CONVENTION } from "@/lib/campaigns/utm-convention";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import type { BriefInput } from "./brief";
import type { BriefProduct } from "./load-product";
import { utmFor, type UtmOptions } from "./utm";

const spurwerk: UtmConvention = {
  campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}",
  brandToken: "spw",
  separator: "_",
  lowercase: true,
  allowedCharacters: "alphanumeric-dash-underscore",
  maxLength: 100,
  sourceMedium: { "meta-ad": { source: "facebook", medium: "paid_social" } },
};
const brief: BriefInput = { productSourceId: "src_1", topic: "", audience: "", goal: "", assetKinds: ["meta-ad"], language: "de", tone: "", keywords: ["Regenjacke Damen"] };
const product: BriefProduct = { id: "src_1", title: "Pendler-Set 55+10 v2.1", url: "https://spurwerk.example/p/set", category: "Taschen", externalId: "SW-1" };
const options: UtmOptions = { convention: spurwerk, brandName: "Spurwerk", campaign: { code: "Pendeln", startsOn: "2027-03-01" }, briefDate: new Date("2026-12-07T10:00:00Z"), bannedTerms: [] };

describe("utmFor", () => {
  it("names the campaign by the brand's convention: brand prefix, campaign code, start season and year, variant", () => {
    expect(utmFor("meta-ad", brief, product, options)).toEqual({ source: "facebook", medium: "paid_social", campaign: "spw_pendeln_spring2027_1", content: "meta_ad", term: "regenjacke_damen" });
    expect(utmFor("meta-ad", brief, product, { ...options, variant: 2 })).toMatchObject({ campaign: "spw_pendeln_spring2027_3", content: "meta_ad_3" });
  });

  it("keeps 55+10 as 55_10 and lets the convention decide about the dot, outside a campaign", () => {
    const outside = { ...options, campaign: null };
    // Season and year of the brief's date (December 2026: winter).
    expect(utmFor("meta-ad", brief, product, outside).campaign).toBe("spw_pendler-set_55_10_v2_1_winter2026_1");
    expect(utmFor("meta-ad", brief, product, { ...outside, convention: BUILT_IN_UTM_CONVENTION }).campaign).toBe("pendler-set_55_10_v2.1");
  });

  it("takes the topic when there is no product, and the built-in source and medium where the convention sets none", () => {
    const topicBrief = { ...brief, productSourceId: null, topic: "Fahrrad-Reparatur in Hamburg", keywords: [] };
    expect(utmFor("google-rsa", topicBrief, null, { ...options, campaign: null, convention: { ...BUILT_IN_UTM_CONVENTION } })).toEqual({
      source: "google",
      medium: "cpc",
      campaign: "fahrrad-reparatur_in_hamburg",
      content: "google_rsa",
      term: null,
    });
  });

  it("never puts a banned term into a value", () => {
    const bannedTerms = [{ term: "billig", reason: null }];
    const cheap = { ...product, title: "Billige Regenjacke" };
    const utm = utmFor("meta-ad", { ...brief, keywords: ["billige jacke"] }, cheap, { ...options, campaign: null, bannedTerms });
    expect(utm.campaign).toBe("spw_regenjacke_winter2026_1");
    expect(utm.term).toBe("jacke");
  });

  it("writes values that pass the convention's own check", () => {
    for (const kind of ["seo-page", "google-rsa", "meta-ad", "linkedin-ad"] as const) {
      for (const campaign of [options.campaign, null]) {
        const utm = utmFor(kind, brief, product, { ...options, campaign });
        expect(checkUtmValues(utm, { convention: spurwerk, brandName: "Spurwerk", campaign, kind, language: "de", bannedTerms: [] })).toEqual([]);
      }
    }
  });
});
