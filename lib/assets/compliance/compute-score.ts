import type { ComplianceReport, RuleEvaluation } from "./types";

/**
 * The share of applicable rules passed, rounded down so 99.6 % never shows as a clean 100, with
 * the failing rules in the order they were evaluated. No applicable rule means nothing to fail: 100.
 */
export function computeComplianceScore(evaluations: readonly RuleEvaluation[], judgedBy: string | null): ComplianceReport {
  const applicable = evaluations.filter((rule) => rule.applicable);
  const failing = applicable.filter((rule) => !rule.passed);
  const passed = applicable.length - failing.length;
  const score = applicable.length === 0 ? 100 : Math.floor((100 * passed) / applicable.length);
  return {
    score,
    applicable: applicable.length,
    passed,
    failing: failing.map(({ ruleId, ruleType, message, texts }) => ({ ruleId, ruleType, message, ...(texts ? { texts } : {}) })),
    judgedBy,
  };
}
