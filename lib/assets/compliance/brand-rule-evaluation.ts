import type { Asset } from "@/lib/assets/schemas/asset";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import { checkBrandRules } from "@/lib/assets/validate/brand-rules";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import type { RuleEvaluation } from "./types";

export type BrandRuleContext = { brandRules: BrandRules };

/** The contract of `evaluateBrandRules` in lib/assets/validate/brand-rules.ts: one evaluation per rule. */
export type EvaluateBrandRules = (asset: Asset, context: BrandRuleContext) => RuleEvaluation[];

/**
 * Per-rule evaluation built on today's issue-reporting check: each rule is checked alone, so a
 * passed rule is known too, not only the ones that raised an issue. Stands in until the richer
 * `evaluateBrandRules` (per-language terms, conditioned disclaimers, formatting) replaces it in
 * ./assess-compliance.ts.
 */
export const evaluateBrandRulesFromIssues: EvaluateBrandRules = (asset, { brandRules }) => {
  const only = (rules: Partial<BrandRules>) => checkBrandRules(asset, { ...EMPTY_BRAND_RULES, ...rules });
  const judge = (ruleId: string, ruleType: string, applicable: boolean, issues: { message: string }[], passedMessage: string): RuleEvaluation => ({
    ruleId,
    ruleType,
    applicable,
    passed: issues.length === 0,
    message: issues.length === 0 ? passedMessage : issues.map((issue) => issue.message).join(" "),
  });
  return [
    ...brandRules.bannedTerms
      .filter((banned) => banned.term.trim() !== "")
      .map((banned) => judge(`banned_term:${banned.term}`, "banned_term", true, only({ bannedTerms: [banned] }), `No field uses the banned term "${banned.term}".`)),
    ...brandRules.preferredTerms
      .filter((preferred) => preferred.avoid.trim() !== "")
      .map((preferred) => judge(`preferred_term:${preferred.avoid}`, "preferred_term", true, only({ preferredTerms: [preferred] }), `"${preferred.use}" is used instead of "${preferred.avoid}".`)),
    ...brandRules.requiredDisclaimers
      .filter((disclaimer) => disclaimer.text.trim() !== "")
      .map((disclaimer) =>
        judge(
          `disclaimer:${disclaimer.channel}:${disclaimer.language ?? "any"}:${disclaimer.text}`,
          "disclaimer",
          disclaimer.channel === asset.kind && (!disclaimer.language || disclaimer.language === asset.language),
          only({ requiredDisclaimers: [disclaimer] }),
          `The disclaimer "${disclaimer.text}" is included.`,
        ),
      ),
  ];
};
