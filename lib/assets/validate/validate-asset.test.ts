import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import { cited, context, linkedInAd, metaAd, rsa, seoPage } from "@/lib/testing/assets/validate-fixtures";
import { validateAsset } from "./validate-asset";

describe("validateAsset", () => {
  it("passes a valid asset of every kind", () => {
    for (const asset of [seoPage(), rsa(), metaAd(), linkedInAd()]) {
      expect(validateAsset(asset, context())).toEqual({ valid: true, issues: [], counts: { errors: 0, warnings: 0 } });
    }
  });

  it("turns parse failures into errors at their paths and runs no other rule", () => {
    const report = validateAsset({ ...rsa(), headlines: [{ text: 5, citations: [], pin: null }], finalUrl: "kaputt" }, context());
    expect(report.valid).toBe(false);
    expect(report.issues).toEqual([expect.objectContaining({ path: "headlines[0].text", rule: "schema.invalid_type", severity: "error" })]);
    expect(report.issues[0]?.message).toMatch(/^Field headlines\[0\]\.text does not match the asset structure: .*expected string/);
  });

  it("reports an unknown kind at the kind field", () => {
    expect(validateAsset({ kind: "tiktok-ad" }, context()).issues.map((issue) => issue.path)).toEqual(["kind"]);
  });

  it("rejects something that is not an object at the root", () => {
    expect(validateAsset(null, context()).issues).toEqual([expect.objectContaining({ path: "", severity: "error" })]);
  });

  it("combines platform, editorial, brand and grounding rules", () => {
    const ad = rsa();
    const asset = rsa({
      headlines: [
        { text: "Billig und wasserdicht!", citations: ["chk_jacket"], pin: null },
        { text: "Jetzt 30 % Rabatt sichern", citations: ["chk_jacket"], pin: null },
        ...ad.headlines.slice(2),
      ],
      path1: null,
    });
    const report = validateAsset(asset, context({ brandRules: { ...EMPTY_BRAND_RULES, bannedTerms: [{ term: "billig", reason: null }] } }));
    expect(report.issues.map((issue) => issue.rule).sort()).toEqual(["brand.banned_term", "grounding.unsupported_number", "rsa.headline.exclamation", "rsa.path2.without_path1"]);
    expect(report.counts).toEqual({ errors: 4, warnings: 0 });
  });

  it("stays valid with warnings only", () => {
    const report = validateAsset(metaAd({ headline: cited("Fjell Regenjacke: wasserdicht und leicht für jeden Tag") }), context());
    expect(report).toMatchObject({ valid: true, counts: { errors: 0, warnings: 1 } });
  });

  it("passes workspace abbreviations to the editorial rules", () => {
    const ad = rsa();
    const asset = rsa({ headlines: [{ ...ad.headlines[0]!, text: "FJELL Regenjacke für Damen" }, ...ad.headlines.slice(1)] });
    expect(validateAsset(asset, context()).valid).toBe(false);
    expect(validateAsset(asset, context({ allowedAbbreviations: ["FJELL"] })).valid).toBe(true);
  });
});

describe("validateAsset: the workspace's UTM convention", () => {
  const convention = {
    campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}",
    brandToken: "spw",
    separator: "_" as const,
    lowercase: true,
    allowedCharacters: "alphanumeric-dash-underscore" as const,
    maxLength: 60,
    sourceMedium: {},
  };
  const utm = { convention, brandName: "Spurwerk", campaign: { code: "pendeln", startsOn: "2027-03-01" } };

  it("flags a link off the convention for every kind with UTM, with the expected value", () => {
    for (const asset of [rsa(), metaAd(), linkedInAd()]) {
      const report = validateAsset(asset, { ...context(), utm });
      expect(report.valid).toBe(false);
      expect(report.issues).toEqual([expect.objectContaining({ path: "utm.campaign", rule: "utm.campaign.convention", severity: "error" })]);
      expect(report.issues[0]?.message).toContain('expected "spw_pendeln_spring2027_{variant}"');
    }
  });

  it("accepts the same ad with the convention's value, and checks the format by the convention (no dot here)", () => {
    const ad = metaAd();
    expect(validateAsset(metaAd({ utm: { ...ad.utm, campaign: "spw_pendeln_spring2027_2" } }), { ...context(), utm }).issues).toEqual([]);
    const dotted = validateAsset(metaAd({ utm: { ...ad.utm, campaign: "spw_pendeln_spring2027_2", content: "carousel.a" } }), { ...context(), utm });
    expect(dotted.issues.map((issue) => `${issue.rule}@${issue.path}`)).toEqual(["utm.content.format@utm.content"]);
  });

  it("flags a banned term in a UTM value", () => {
    const rules = { ...EMPTY_BRAND_RULES, bannedTerms: [{ term: "launch", reason: null }] };
    const report = validateAsset(metaAd(), { ...context(), brandRules: rules });
    expect(report.issues.map((issue) => `${issue.rule}@${issue.path}`)).toEqual(["utm.campaign.banned_term@utm.campaign"]);
  });
});
