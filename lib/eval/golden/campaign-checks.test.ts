import { describe, expect, it } from "vitest";
import { LOCAL_ASSET_WRITERS } from "@/lib/ai/tasks/generate-asset/local-writer";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { GroundedOffer } from "@/lib/campaigns/offer-facts";
import { briefFor, inputFor, sourcesFor } from "@/lib/testing/assets/writer-fixtures";
import { checkCampaignAsset, type CampaignExpectation } from "./campaign-checks";

const offer: GroundedOffer = { code: "REGEN15", value: "15 %", conditions: "", validUntil: "2026-12-14" };
const LANDING = "https://nordlicht.example/aktion/regenwoche";
const utm = { source: "newsletter", medium: "email", campaign: "nordlicht_regenwoche_autumn2026", content: "email", term: null };
const expected: CampaignExpectation = { utmCampaign: utm.campaign, landingPageUrl: LANDING, offer, campaignOfferCodes: ["REGEN15"], language: "de" };

function written(kind: AssetKind, overrides: { offer?: GroundedOffer | null; campaign?: string; finalUrl?: string } = {}) {
  const brief = briefFor(kind, "de", { offer: overrides.offer === undefined ? offer : overrides.offer, finalUrl: overrides.finalUrl ?? LANDING, utm: { ...utm, campaign: overrides.campaign ?? utm.campaign } });
  const asset = LOCAL_ASSET_WRITERS[kind](inputFor(brief, sourcesFor("de")));
  return { content: asset, omissions: asset.omissions };
}

describe("checkCampaignAsset", () => {
  it("passes an e-mail and an X post that follow the campaign: its utm_campaign, landing page and offer", () => {
    for (const kind of ["email", "x-post", "linkedin-post"] as const) {
      const { content, omissions } = written(kind);
      expect(checkCampaignAsset(content, omissions, expected), kind).toEqual({ utmCampaign: true, landingPage: true, offerStated: true, offerLeftOut: null, problems: [] });
    }
  });

  it("counts a wrong utm_campaign, another landing page and a missing offer, each with its problem", () => {
    const { content, omissions } = written("email", { campaign: "fjell_hardshell_autumn2026", finalUrl: "https://nordlicht.example/p/fjell", offer: null });
    const check = checkCampaignAsset(content, omissions, expected);
    expect(check).toMatchObject({ utmCampaign: false, landingPage: false, offerStated: false });
    expect(check.problems).toHaveLength(3);
  });

  it("checks feed copy and articles for the offer's absence and its note, and skips the link they do not have", () => {
    for (const kind of ["merchant-feed", "article"] as const) {
      const { content, omissions } = written(kind);
      expect(checkCampaignAsset(content, omissions, expected), kind).toEqual({ utmCampaign: null, landingPage: null, offerStated: null, offerLeftOut: true, problems: [] });
      expect(checkCampaignAsset(content, [], expected).offerLeftOut, kind).toBe(false);
    }
  });

  it("fails a brief without an offer whose copy states one of the campaign's codes", () => {
    const { content, omissions } = written("instagram-post");
    const check = checkCampaignAsset(content, omissions, { ...expected, offer: null });
    expect(check.offerLeftOut).toBe(false);
    expect(check.problems).toEqual(["offer code REGEN15 stated in copy that must leave it out"]);
  });
});
