import type { Asset } from "@/lib/assets/schemas/asset";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { visibleTextFields } from "@/lib/assets/validate/visible-text";
import type { JudgeCheck, JudgeInput } from "@/lib/ai/tasks/judge/schema";
import { evaluateBrandRulesFromIssues, type EvaluateBrandRules } from "./brand-rule-evaluation";
import { computeComplianceScore } from "./compute-score";
import type { ComplianceReport, RuleEvaluation } from "./types";
import { evaluateValidationRules } from "./validation-rules";
import { voiceSettingsFrom } from "./voice-settings";

/**
 * MERGE POINT: replace with `evaluateBrandRules` from lib/assets/validate/brand-rules.ts once it
 * exists (same contract, see EvaluateBrandRules); nothing else here changes.
 */
const evaluateBrandRules: EvaluateBrandRules = evaluateBrandRulesFromIssues;

/** What the judge reads for one asset: its visible copy and the brand's voice rules. */
export function judgeInputFor(asset: Asset, options: { brandRules: BrandRules; guidePassages?: string[]; allowedCapsWords?: readonly string[] }): JudgeInput {
  const voice = voiceSettingsFrom(options.brandRules);
  return {
    language: asset.language,
    fields: visibleTextFields(asset).filter((field) => field.text.trim() !== ""),
    guidePassages: options.guidePassages ?? [],
    toneNotes: options.brandRules.toneNotes,
    formality: voice.formality,
    maxExclamationMarks: voice.maxExclamationMarks,
    bannedTerms: options.brandRules.bannedTerms.map((banned) => banned.term),
    allowedCapsWords: [...(options.allowedCapsWords ?? [])],
  };
}

/**
 * A version's compliance score from the three sources of rules: the validation report
 * (platform and grounding), the brand rules one by one, and the judge's voice checks.
 */
export function assessCompliance(options: {
  asset: Asset;
  validation: ValidationReport;
  brandRules: BrandRules;
  judge: { checks: JudgeCheck[]; judgedBy: string } | null;
}): ComplianceReport {
  const voice = (options.judge?.checks ?? []).map(
    (check): RuleEvaluation => ({ ruleId: `voice.${check.id}`, ruleType: "voice", applicable: true, passed: check.passed, message: `${check.label}: ${check.reason}` }),
  );
  return computeComplianceScore(
    [...evaluateValidationRules(options.asset.kind, options.validation), ...evaluateBrandRules(options.asset, { brandRules: options.brandRules }), ...voice],
    options.judge?.judgedBy ?? null,
  );
}
