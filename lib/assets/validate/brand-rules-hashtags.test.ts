import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_RULES, hashtagsOf, readBrandRules, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { checkBrandRules, evaluateBrandRules } from "./brand-rules";
import { hashtagContainsTerm } from "./social-post";
import { validateAsset } from "./validate-asset";
import { context, instagramPost, linkedInPost, metaAd, xPost } from "@/lib/testing/assets/validate-fixtures";

const listed: BrandRules = { ...EMPTY_BRAND_RULES, hashtags: ["Fjell", "RainJacket", "Nordlicht"] };
const summary = (issues: { severity: string; rule: string; path: string }[]) => issues.map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);

describe("the brand's hashtag list", () => {
  it("accepts hashtags from the list in any case", () => {
    expect(checkBrandRules(linkedInPost({ hashtags: ["fjell", "RAINJACKET"] }), listed)).toEqual([]);
  });

  it("refuses a hashtag not on the list, naming the list", () => {
    const issues = checkBrandRules(xPost({ hashtags: ["Fjell", "Sale"] }), listed);
    expect(summary(issues)).toEqual(["error:brand.hashtag@hashtags[1]"]);
    expect(issues[0]?.message).toBe("#Sale is not one of the brand's hashtags: #Fjell, #RainJacket, #Nordlicht.");
  });

  it("checks hashtags typed into the text too", () => {
    const issues = checkBrandRules(linkedInPost({ text: { text: "The Fjell weighs 350 g. #Fjell #Sale", citations: ["chk_jacket"] }, hashtags: [] }), listed);
    expect(summary(issues)).toEqual(["error:brand.hashtag@text.text"]);
    expect(issues[0]?.message).toMatch(/^#Sale is not one/);
  });

  it("allows any hashtag when the brand lists none", () => {
    expect(checkBrandRules(instagramPost({ hashtags: ["Anything"] }), EMPTY_BRAND_RULES)).toEqual([]);
    expect(evaluateBrandRules(instagramPost(), { rules: EMPTY_BRAND_RULES }).some((rule) => rule.ruleType === "hashtag_list")).toBe(false);
  });

  it("is one rule of the score, not applicable to kinds without hashtags", () => {
    const [rule] = evaluateBrandRules(metaAd(), { rules: listed }).filter((entry) => entry.ruleType === "hashtag_list");
    expect(rule).toMatchObject({ ruleId: "hashtag_list", applicable: false, passed: true });
    const [failing] = evaluateBrandRules(linkedInPost({ hashtags: ["Sale", "Deal"] }), { rules: listed }).filter((entry) => entry.ruleType === "hashtag_list");
    expect(failing).toMatchObject({ applicable: true, passed: false, severity: "error" });
    expect(failing?.violations.map((violation) => violation.path)).toEqual(["hashtags[0]", "hashtags[1]"]);
  });

  it("blocks a post in full validation", () => {
    const report = validateAsset(linkedInPost({ hashtags: ["Sale"] }), context({ brandRules: listed }));
    expect(report.valid).toBe(false);
    expect(summary(report.issues)).toContain("error:brand.hashtag@hashtags[0]");
  });
});

describe("banned terms in hashtags", () => {
  const banned: BrandRules = { ...EMPTY_BRAND_RULES, bannedTerms: [{ term: "billig", reason: null }] };

  it("finds a banned term run together with other words", () => {
    expect(summary(checkBrandRules(instagramPost({ hashtags: ["BilligJacke"] }), banned))).toEqual(["error:brand.banned_term@hashtags[0]"]);
  });

  it("matches short terms only as the whole hashtag", () => {
    expect(hashtagContainsTerm("#Radtour", "Rad")).toBe(false);
    expect(hashtagContainsTerm("#rad", "Rad")).toBe(true);
    expect(hashtagContainsTerm("#Wasserdichtigkeit", "wasserdicht")).toBe(true);
  });
});

describe("hashtagsOf and stored rules", () => {
  it("reads the list without '#', blanks and repeats", () => {
    expect(hashtagsOf({ hashtags: ["#Fjell", " ", "fjell", "Nordlicht"] })).toEqual(["Fjell", "Nordlicht"]);
    expect(hashtagsOf(EMPTY_BRAND_RULES)).toEqual([]);
  });

  it("keeps the hashtags when another stored rule no longer parses", () => {
    const rules = readBrandRules({ bannedTerms: [{ term: 1 }], preferredTerms: [], requiredDisclaimers: [], toneNotes: null, hashtags: ["Fjell", 3] });
    expect(rules.hashtags).toEqual(["Fjell"]);
  });
});
