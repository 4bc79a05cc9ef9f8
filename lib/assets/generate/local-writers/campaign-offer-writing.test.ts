import { describe, expect, it } from "vitest";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import type { Asset, AssetKind } from "@/lib/assets/schemas/asset";
import type { WithOmissions } from "@/lib/assets/schemas/omission";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { visibleTextFields } from "@/lib/assets/validate/visible-text";
import { socialPostLength, SOCIAL_POST_LIMITS } from "@/lib/assets/validate/social-post";
import { LOCAL_ASSET_WRITERS } from "@/lib/ai/tasks/generate-asset/local-writer";
import type { GroundedOffer } from "@/lib/campaigns/offer-facts";
import { briefFor, contextFor, inputFor, sourcesFor, type FixtureLanguage } from "@/lib/testing/assets/writer-fixtures";

const offer: GroundedOffer = { code: "FJELL15", value: "15 %", conditions: "", validUntil: "2027-05-31" };
const END = { en: "31 May 2027", de: "31.05.2027" } as const;

/**
 * The field each channel states its offer in, as each writer puts it (where the platform has
 * room), or "left out" for the kinds that never state a campaign's offer: product feed copy
 * (Merchant Center forbids promotions in it) and the blog article (evergreen content).
 */
const OFFER_FIELD: Record<AssetKind, ((asset: Asset) => string) | "left out"> = {
  "meta-ad": (asset) => (asset.kind === "meta-ad" ? asset.primaryText.text : ""),
  "linkedin-ad": (asset) => (asset.kind === "linkedin-ad" ? asset.intro.text : ""),
  "google-rsa": (asset) => (asset.kind === "google-rsa" ? asset.descriptions.map((description) => description.text).join("\n") : ""),
  "seo-page": (asset) => (asset.kind === "seo-page" ? (asset.outline[0]?.brief.text ?? "") : ""),
  email: (asset) => (asset.kind === "email" ? (asset.sections[0]?.body.text ?? "") : ""),
  "linkedin-post": (asset) => (asset.kind === "linkedin-post" ? asset.text.text : ""),
  "instagram-post": (asset) => (asset.kind === "instagram-post" ? asset.text.text : ""),
  "x-post": (asset) => (asset.kind === "x-post" ? asset.text.text : ""),
  article: "left out",
  "merchant-feed": "left out",
};

const LANGUAGES = ["en", "de"] as const;
const stating = ASSET_KINDS.flatMap((kind) => {
  const field = OFFER_FIELD[kind];
  return field === "left out" ? [] : LANGUAGES.map((language: FixtureLanguage) => ({ kind, language, field }));
});
const leavingOut = ASSET_KINDS.filter((kind) => OFFER_FIELD[kind] === "left out").flatMap((kind) => LANGUAGES.map((language: FixtureLanguage) => ({ kind, language })));

function write(kind: AssetKind, language: FixtureLanguage) {
  const brief = briefFor(kind, language, { offer });
  const sources = sourcesFor(language);
  return { brief, sources, asset: LOCAL_ASSET_WRITERS[kind](inputFor(brief, sources)) as WithOmissions<Asset> };
}

describe.each(stating)("the local $kind writer with a campaign offer ($language)", ({ kind, language, field }) => {
  const { brief, sources, asset } = write(kind, language);

  it("states the campaign's code, value and end date in the asset's date format", () => {
    const text = field(asset);
    expect(text).toContain("FJELL15");
    expect(text).toContain("15 %");
    expect(text).toContain(END[language]);
  });

  it("validates with the campaign's facts supplied, and is flagged without them", () => {
    const withCampaign = validateAsset(asset, { ...contextFor(brief, sources), campaignOffers: [offer] });
    expect(withCampaign.issues).toEqual([]);
    // The same copy from a brief outside the campaign: the code and the numbers have no source.
    const rules = validateAsset(asset, contextFor(brief, sources)).issues.map((issue) => issue.rule);
    expect(rules).toContain("grounding.unsupported_code");
    expect(rules).toContain("grounding.unsupported_number");
  });
});

describe.each(leavingOut)("the local $kind writer with a campaign offer ($language)", ({ kind, language }) => {
  const { brief, sources, asset } = write(kind, language);

  it("leaves the offer out of every text, notes why, and stays valid", () => {
    const visible = visibleTextFields(asset).map((entry) => entry.text).join("\n");
    expect(visible).not.toContain("FJELL15");
    expect(visible).not.toContain(END[language]);
    expect(asset.omissions.map((omission) => omission.item)).toEqual(expect.arrayContaining(["Discount code FJELL15", "Offer value 15 %", `End date ${END[language]}`]));
    const report = validateAsset(asset, { ...contextFor(brief, sources), campaignOffers: [offer] });
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
  });
});

describe("the e-mail with a campaign offer", () => {
  it("names the code in its subject and states the offer whole in its preheader too", () => {
    const { asset } = write("email", "en");
    expect(asset.kind === "email" && asset.subject.text).toContain("FJELL15");
    expect(asset.kind === "email" && asset.preheader.text).toBe("Use code FJELL15 for 15 % off until 31 May 2027.");
  });
});

describe("the X post with a campaign offer", () => {
  it("keeps the offer within 280 characters as X counts them", () => {
    for (const language of ["en", "de"] as const) {
      const { asset } = write("x-post", language);
      expect(asset.kind === "x-post" && socialPostLength(asset)).toBeLessThanOrEqual(SOCIAL_POST_LIMITS["x-post"].maxLength);
    }
  });
});

describe("the Meta ad's short line", () => {
  it("names the code where the sentence does not fit", () => {
    const asset = LOCAL_ASSET_WRITERS["meta-ad"](inputFor(briefFor("meta-ad", "en", { offer }), sourcesFor("en")));
    expect(asset.kind === "meta-ad" && asset.description.text).toBe("Code FJELL15");
    expect(visibleTextFields(asset).length).toBeGreaterThan(0);
  });
});
