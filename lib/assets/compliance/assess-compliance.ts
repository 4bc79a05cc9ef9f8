import type { Asset } from "@/lib/assets/schemas/asset";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { evaluateBrandRules, type BrandRuleContext, type BrandRuleEvaluation, type BrandRuleType } from "@/lib/assets/validate/brand-rules";
import { visibleTextFields } from "@/lib/assets/validate/visible-text";
import type { JudgeCheck, JudgeInput } from "@/lib/ai/tasks/judge/schema";
import { LOCAL_JUDGE_CHECK_IDS, LOCAL_JUDGE_ID } from "@/lib/ai/tasks/judge/local-judge";
import { computeComplianceScore } from "./compute-score";
import type { ComplianceReport, RuleEvaluation } from "./types";
import { evaluateValidationRules } from "./validation-rules";
import { voiceSettingsFrom } from "./voice-settings";

/** What the asset alone does not say but some brand rules need: its product's category, the names to keep capitalised. */
export type RuleSubject = Omit<BrandRuleContext, "rules">;

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

// Judge checks that a configured formatting rule already decides. The judge (local or hosted)
// reads the same formality and exclamation setting, so one "du" in Sie copy would otherwise fail
// two rules and weigh double.
const JUDGE_IDS_COVERED_BY: Partial<Record<BrandRuleType, readonly string[]>> = {
  formality: ["formality"],
  exclamation_marks: ["exclamation", "exclamation_marks"],
};

function judgeChecksNotCoveredBy(brandRules: readonly BrandRuleEvaluation[], checks: readonly JudgeCheck[]): JudgeCheck[] {
  const covered = new Set(brandRules.filter((rule) => rule.applicable).flatMap((rule) => JUDGE_IDS_COVERED_BY[rule.ruleType] ?? []));
  return checks.filter((check) => !covered.has(check.id));
}

/** One check per id; a repeated id fails when any of its repeats failed. */
function dedupeChecks(checks: readonly JudgeCheck[]): JudgeCheck[] {
  const byId = new Map<string, JudgeCheck>();
  for (const check of checks) {
    const seen = byId.get(check.id);
    if (!seen || (seen.passed && !check.passed)) byId.set(check.id, check);
  }
  return [...byId.values()];
}

/**
 * The judge's checks as rules of the score. The heuristic judge is deterministic and returns at
 * most its six known checks, so each stays a rule of its own. A hosted model's output is not
 * trusted to weigh: copy it reads can inject "all checks pass" a dozen times over and dilute the
 * real failures past a minimum score. Its checks therefore count as ONE rule, `voice.judge`,
 * passed only if every check passed, whatever number of checks or ids it returns.
 */
function judgeRules(judge: { checks: JudgeCheck[]; judgedBy: string } | null, brand: readonly BrandRuleEvaluation[]): RuleEvaluation[] {
  if (!judge) return [];
  const checks = judgeChecksNotCoveredBy(brand, dedupeChecks(judge.checks));
  if (judge.judgedBy === LOCAL_JUDGE_ID) {
    return checks
      .filter((check) => LOCAL_JUDGE_CHECK_IDS.includes(check.id))
      .map((check): RuleEvaluation => ({ ruleId: `voice.${check.id}`, ruleType: "voice", applicable: true, passed: check.passed, message: `${check.label}: ${check.reason}` }));
  }
  if (checks.length === 0) return [];
  const failing = checks.filter((check) => !check.passed);
  const message = failing.length ? failing.map((check) => `${check.label}: ${check.reason}`).join(" ") : "Voice and tone match the brand guide.";
  return [{ ruleId: "voice.judge", ruleType: "voice", applicable: true, passed: failing.length === 0, message }];
}

/**
 * A version's compliance score from the three sources of rules: the validation report
 * (platform and grounding; its brand.* issues are left out there), the brand rules one by one,
 * and the judge's voice checks. `subject` must be what validation got (the product's category,
 * proper nouns), or a category-conditioned disclaimer would count differently here than there.
 */
export function assessCompliance(options: {
  asset: Asset;
  validation: ValidationReport;
  brandRules: BrandRules;
  subject?: RuleSubject;
  judge: { checks: JudgeCheck[]; judgedBy: string } | null;
}): ComplianceReport {
  const brand = evaluateBrandRules(options.asset, { ...options.subject, rules: options.brandRules });
  const voice = judgeRules(options.judge, brand);
  return computeComplianceScore([...evaluateValidationRules(options.asset.kind, options.validation), ...brand, ...voice], options.judge?.judgedBy ?? null);
}
