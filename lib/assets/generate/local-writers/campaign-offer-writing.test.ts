import { describe, expect, it } from "vitest";
import type { Asset, AssetKind } from "@/lib/assets/schemas/asset";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { visibleTextFields } from "@/lib/assets/validate/visible-text";
import { LOCAL_ASSET_WRITERS } from "@/lib/ai/tasks/generate-asset/local-writer";
import type { GroundedOffer } from "@/lib/campaigns/offer-facts";
import { briefFor, contextFor, inputFor, sourcesFor, type FixtureLanguage } from "@/lib/testing/assets/writer-fixtures";

const offer: GroundedOffer = { code: "FJELL15", value: "15 %", conditions: "", validUntil: "2027-05-31" };
const END = { en: "31 May 2027", de: "31.05.2027" } as const;

/** The field the channel states its offer in, as each writer puts it (where the platform has room). */
const OFFER_FIELD: Partial<Record<AssetKind, (asset: Asset) => string>> = {
  "meta-ad": (asset) => (asset.kind === "meta-ad" ? asset.primaryText.text : ""),
  "linkedin-ad": (asset) => (asset.kind === "linkedin-ad" ? asset.intro.text : ""),
  "google-rsa": (asset) => (asset.kind === "google-rsa" ? asset.descriptions.map((description) => description.text).join("\n") : ""),
  "seo-page": (asset) => (asset.kind === "seo-page" ? (asset.outline[0]?.brief.text ?? "") : ""),
};

const cases = (["meta-ad", "linkedin-ad", "google-rsa", "seo-page"] as const).flatMap((kind) => (["en", "de"] as const).map((language: FixtureLanguage) => ({ kind, language })));

describe.each(cases)("the local $kind writer with a campaign offer ($language)", ({ kind, language }) => {
  const brief = briefFor(kind, language, { offer });
  const sources = sourcesFor(language);
  const asset = LOCAL_ASSET_WRITERS[kind](inputFor(brief, sources));

  it("states the campaign's code, value and end date in the asset's date format", () => {
    const text = OFFER_FIELD[kind]!(asset);
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

describe("the Meta ad's short line", () => {
  it("names the code where the sentence does not fit", () => {
    const asset = LOCAL_ASSET_WRITERS["meta-ad"](inputFor(briefFor("meta-ad", "en", { offer }), sourcesFor("en")));
    expect(asset.kind === "meta-ad" && asset.description.text).toBe("Code FJELL15");
    expect(visibleTextFields(asset).length).toBeGreaterThan(0);
  });
});
