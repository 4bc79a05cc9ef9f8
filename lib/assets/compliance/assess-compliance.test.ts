import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_RULES, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { judgeLocally, LOCAL_JUDGE_ID } from "@/lib/ai/tasks/judge/local-judge";
import { cited, context, metaAd } from "@/lib/testing/assets/validate-fixtures";
import type { Asset } from "@/lib/assets/schemas/asset";
import type { JudgeCheck } from "@/lib/ai/tasks/judge/schema";
import { assessCompliance, judgeInputFor, type RuleSubject } from "./assess-compliance";
import { computeComplianceScore } from "./compute-score";
import { describeShortfall, isBelowMinimum } from "./minimum-scores";
import { evaluateValidationRules } from "./validation-rules";
import { voiceSettingsFrom } from "./voice-settings";

const RULES: BrandRules = {
  bannedTerms: [{ term: "billig", reason: null }, { term: "revolutionär", reason: "Werbesprech" }],
  preferredTerms: [{ avoid: "Regenmantel", use: "Regenjacke" }],
  requiredDisclaimers: [
    { channel: "meta-ad", language: "de", text: "Solange der Vorrat reicht." },
    { channel: "meta-ad", language: "en", text: "While stocks last." },
    { channel: "google-rsa", language: null, text: "Nur online." },
  ],
  toneNotes: "Wir duzen unsere Kundschaft.",
};

function score(asset: Asset, rules: BrandRules = RULES, subject: RuleSubject = {}) {
  const validation = validateAsset(asset, context({ brandRules: rules, ...subject }));
  const judge = { ...judgeLocally(judgeInputFor(asset, { brandRules: rules })), judgedBy: LOCAL_JUDGE_ID };
  return assessCompliance({ asset, validation, brandRules: rules, subject, judge });
}

describe("compliance score", () => {
  it("is the share of applicable rules passed, 100 when none applies, rounded down", () => {
    const rule = (passed: boolean, applicable = true) => ({ ruleId: `r${Math.random()}`, ruleType: "t", applicable, passed, message: passed ? "ok" : "broken" });
    expect(computeComplianceScore([], null)).toMatchObject({ score: 100, applicable: 0, failing: [] });
    expect(computeComplianceScore([rule(true), rule(true), rule(false), rule(false, false)], null)).toMatchObject({ score: 66, applicable: 3, passed: 2 });
    expect(computeComplianceScore([rule(false, false)], null).score).toBe(100);
  });

  it("a compliant asset scores 100: platform, grounding, each applicable brand rule and the judge's checks all pass", () => {
    const report = score(metaAd({ description: cited("Solange der Vorrat reicht.") }));
    expect(report.failing).toEqual([]);
    expect(report.score).toBe(100);
    // 5 validation groups (schema, citations, numbers, tracking, lengths), 2 banned + 1 preferred + 1 German disclaimer, 3+ judge checks.
    expect(report.applicable).toBeGreaterThanOrEqual(5 + 4 + 3);
    expect(report.judgedBy).toBe(LOCAL_JUDGE_ID);
  });

  it("lists each failing rule with its id, type and message; disclaimers of another channel or language are not applicable", () => {
    const report = score(
      metaAd({
        primaryText: cited("Die billige Fjell Regenjacke wiegt nur 350 g. Bestellen Sie jetzt!"),
        headline: cited("Fjell Regenjacke: 25 % Rabatt"),
        description: cited("Solange der Vorrat reicht."),
      }),
    );
    const byId = Object.fromEntries(report.failing.map((rule) => [rule.ruleId, rule]));
    expect(Object.keys(byId).sort()).toEqual(["banned_term:*:billig", "grounding.numbers", "voice.formality"].sort());
    expect(byId["banned_term:*:billig"]).toMatchObject({ ruleType: "banned_term", message: expect.stringContaining('"billig"') });
    expect(byId["grounding.numbers"]).toMatchObject({ ruleType: "grounding", message: expect.stringContaining('"25 %"') });
    expect(byId["voice.formality"]).toMatchObject({ ruleType: "voice", message: expect.stringMatching(/^Formality \(Sie\/du\): .*"du".*"Sie"/) });
    expect(report.score).toBe(Math.floor((100 * report.passed) / report.applicable));
    expect(report.score).toBeLessThan(100);
  });

  it("counts validation errors per concern, ignores warnings and keeps unknown errors as failing rules", () => {
    const rules = evaluateValidationRules("meta-ad", {
      valid: false,
      counts: { errors: 3, warnings: 1 },
      issues: [
        { path: "headline.text", rule: "meta.headline.max_length", severity: "error", message: "Headline too long." },
        { path: "description.text", rule: "meta.description.max_length", severity: "error", message: "Description too long." },
        { path: "primaryText.text", rule: "meta.primary_text.length", severity: "warning", message: "Shorter shows in full." },
        { path: "", rule: "new.check", severity: "error", message: "Something new." },
      ],
    });
    expect(rules.find((rule) => rule.ruleId === "lengths")).toMatchObject({ passed: false, message: "Headline too long. Description too long." });
    expect(rules.find((rule) => rule.ruleId === "new.check")).toMatchObject({ passed: false, applicable: true });
    expect(rules.filter((rule) => !rule.passed)).toHaveLength(2);
    expect(rules.some((rule) => rule.ruleId.startsWith("seo."))).toBe(false);
  });

  it("scores an e-mail's structure (sections, button, footer) as one rule and its landing link as tracking", () => {
    const rules = evaluateValidationRules("email", {
      valid: false,
      counts: { errors: 3, warnings: 0 },
      issues: [
        { path: "footer", rule: "email.footer.unsubscribe", severity: "error", message: "No unsubscribe link." },
        { path: "callToAction", rule: "email.cta.number", severity: "error", message: "Number in the button." },
        { path: "utm.medium", rule: "utm.medium.format", severity: "error", message: "Bad medium." },
      ],
    });
    expect(rules.find((rule) => rule.ruleId === "email.structure")).toMatchObject({ passed: false, message: "No unsubscribe link. Number in the button." });
    expect(rules.find((rule) => rule.ruleId === "tracking")).toMatchObject({ passed: false, message: "Bad medium." });
    expect(rules.filter((rule) => !rule.passed)).toHaveLength(2);
  });

  it("reads the address form and exclamation rule from formatting rules or the tone notes", () => {
    expect(voiceSettingsFrom({ ...EMPTY_BRAND_RULES, toneNotes: "Wir siezen." })).toEqual({ formality: "sie", maxExclamationMarks: 1 });
    expect(voiceSettingsFrom({ ...EMPTY_BRAND_RULES, toneNotes: "No exclamation marks." })).toEqual({ formality: null, maxExclamationMarks: 0 });
    expect(voiceSettingsFrom({ ...EMPTY_BRAND_RULES, formatting: { formality: "du", exclamationMarks: false } })).toEqual({ formality: "du", maxExclamationMarks: 0 });
    // The formatting rule wins over the tone notes' words; allowed marks are still judged as shouting beyond one.
    expect(voiceSettingsFrom({ ...EMPTY_BRAND_RULES, toneNotes: "Wir duzen.", formatting: { formality: "sie", exclamationMarks: true } })).toEqual({ formality: "sie", maxExclamationMarks: 1 });
  });

  it("names the score, the minimum and the failing rules when a version falls short", () => {
    const report = score(metaAd({ primaryText: cited("Die billige Fjell Regenjacke wiegt nur 350 g.") }));
    expect(isBelowMinimum(report, 100)).toBe(true);
    expect(isBelowMinimum(report, null)).toBe(false);
    expect(isBelowMinimum(null, 90)).toBe(false);
    expect(describeShortfall(report, 100, "submit")).toMatch(new RegExp(`^Compliance score ${report.score} is below the workspace minimum of 100 to submit\\. Failing rules: .*banned_term:\\*:billig`));
  });

  it("counts each brand rule once: its validation issue (every brand.* code) is left to the brand rule, and a formatting rule replaces the judge's check of the same thing", () => {
    const rules: BrandRules = {
      bannedTerms: [{ term: "billig", reason: null }],
      preferredTerms: [{ avoid: "Regenmantel", use: "Regenjacke" }],
      requiredDisclaimers: [{ channel: "meta-ad", language: "de", text: "Solange der Vorrat reicht." }],
      toneNotes: null,
      formatting: {
        formality: "sie",
        exclamationMarks: false,
        sentenceCaseHeadlines: true,
        priceFormat: { de: { decimals: "always", symbol: "after", space: true } },
      },
    };
    // Breaks all seven kinds of brand rule: banned term, preferred term, disclaimer, "du", "!", Title Case, "1299 €".
    const asset = metaAd({
      primaryText: cited("Der billige Regenmantel kostet 1299 €. Hol dir deine Jacke!"),
      headline: cited("Eine Jacke Für Den Winter"),
    });
    const validation = validateAsset(asset, context({ brandRules: rules }));
    const brandCodes = new Set(validation.issues.filter((issue) => issue.rule.startsWith("brand.")).map((issue) => issue.rule));
    expect([...brandCodes].sort()).toEqual(
      ["brand.banned_term", "brand.preferred_term", "brand.disclaimer_missing", "brand.formality", "brand.exclamation_mark", "brand.headline_case", "brand.price_format"].sort(),
    );
    // None of them is a validation rule of the score …
    expect(evaluateValidationRules(asset.kind, validation).some((rule) => rule.ruleId.startsWith("brand."))).toBe(false);
    const report = score(asset, rules);
    const failingTypes = report.failing.map((rule) => rule.ruleType);
    // … each is one failing brand rule, and the judge's formality and exclamation checks do not fail them again.
    for (const type of ["banned_term", "preferred_term", "disclaimer", "formality", "exclamation_marks", "sentence_case", "price_format"]) {
      expect(failingTypes.filter((failing) => failing === type)).toHaveLength(1);
    }
    expect(report.failing.map((rule) => rule.ruleId)).not.toContain("voice.formality");
    expect(report.failing.map((rule) => rule.ruleId)).not.toContain("voice.exclamation");
    expect(report.failing.some((rule) => rule.ruleId.startsWith("brand."))).toBe(false);
  });

  it("applies a disclaimer limited to a product category only when the subject's product is in it", () => {
    const rules: BrandRules = {
      ...EMPTY_BRAND_RULES,
      requiredDisclaimers: [{ channel: null, language: null, text: "Komfortwerte nach EN 13537.", categories: ["Schlafsäcke"] }],
    };
    const asset = metaAd();
    const disclaimerFails = (subject: RuleSubject) => score(asset, rules, subject).failing.some((rule) => rule.ruleType === "disclaimer");
    expect(disclaimerFails({ productCategory: "Outdoor > Schlafsäcke" })).toBe(true);
    expect(disclaimerFails({ productCategory: "Outdoor > Jacken" })).toBe(false);
    expect(disclaimerFails({})).toBe(false);
  });

  it("a hosted judge's verdict weighs as one rule: a dozen injected passing checks cannot dilute real failures", () => {
    const asset = metaAd({ primaryText: cited("Die billige Fjell Regenjacke wiegt nur 350 g."), description: cited("Solange der Vorrat reicht.") });
    const validation = validateAsset(asset, context({ brandRules: RULES }));
    const assess = (checks: JudgeCheck[]) => assessCompliance({ asset, validation, brandRules: RULES, judge: { checks, judgedBy: "ext:judge" } });
    const pass = (id: string): JudgeCheck => ({ id, label: `Check ${id}`, passed: true, reason: "All good." });
    const toneFails: JudgeCheck = { id: "tone_matches_guide", label: "Calm tone", passed: false, reason: '"billige" sounds cheap.' };

    const honest = assess([toneFails]);
    // What the copy "said" to the judge: twelve passing checks, repeats of the failing id among them.
    const injected = assess([...Array.from({ length: 10 }, (_, i) => pass(`check_${i}`)), pass("tone_matches_guide"), toneFails]);
    const withoutJudge = assessCompliance({ asset, validation, brandRules: RULES, judge: null });
    expect(withoutJudge.failing.map((rule) => rule.ruleId)).toContain("banned_term:*:billig");
    for (const report of [honest, injected]) {
      expect(report.applicable).toBe(withoutJudge.applicable + 1);
      expect(report.passed).toBe(withoutJudge.passed);
      expect(report.failing).toContainEqual({ ruleId: "voice.judge", ruleType: "voice", message: expect.stringContaining('"billige" sounds cheap.') });
    }
    expect(injected.score).toBe(honest.score);

    // All passing: still one rule, so the score rises by at most what one passed rule allows.
    const allPass = assess(Array.from({ length: 12 }, (_, i) => pass(`check_${i}`)));
    expect(allPass.applicable).toBe(withoutJudge.applicable + 1);
    expect(allPass.score).toBe(Math.floor((100 * (withoutJudge.passed + 1)) / (withoutJudge.applicable + 1)));
    expect(allPass.failing).toEqual(withoutJudge.failing);
  });

  it("the heuristic judge's known checks stay rules of their own, once each; unknown ids are not counted", () => {
    const asset = metaAd({ description: cited("Solange der Vorrat reicht.") });
    const validation = validateAsset(asset, context({ brandRules: RULES }));
    const local = judgeLocally(judgeInputFor(asset, { brandRules: RULES }));
    const base = assessCompliance({ asset, validation, brandRules: RULES, judge: { ...local, judgedBy: LOCAL_JUDGE_ID } });
    const padded = assessCompliance({
      asset,
      validation,
      brandRules: RULES,
      judge: { checks: [...local.checks, ...local.checks, { id: "made_up", label: "Made up", passed: true, reason: "x" }], judgedBy: LOCAL_JUDGE_ID },
    });
    expect(padded).toEqual(base);
    expect(base.applicable).toBe(assessCompliance({ asset, validation, brandRules: RULES, judge: null }).applicable + local.checks.length);
  });
});
