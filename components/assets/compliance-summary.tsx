import type { ComplianceReport } from "@/lib/assets/compliance/types";
import { useTranslations } from "next-intl";
import { useRuleText } from "@/components/generate/use-issue-text";
import { complianceTone } from "./compliance-tone";

/**
 * A version's compliance score with the failing rules listed (rule, type, why). `live` marks a
 * score of unsaved edits: voice checked by the heuristic judge, stored when the draft is saved.
 */
export function ComplianceSummary({ compliance, version, live }: { compliance: ComplianceReport | null; version: number; live: boolean }) {
  const t = useTranslations("assets.compliance");
  const ruleText = useRuleText();
  if (!compliance) {
    return (
      <p data-testid="compliance-summary" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-700">
        {t("summaryNotScored", { version })}
      </p>
    );
  }
  const tone = complianceTone(compliance.score);
  return (
    <div data-testid="compliance-summary" className={`rounded-md border px-3 py-2 text-sm ${tone.box}`}>
      <p className="font-semibold">
        {t("summaryScore", { score: compliance.score, passed: compliance.passed, applicable: compliance.applicable })}
      </p>
      <p className="text-xs">
        {live ? t("live") : t("storedWith", { version })}
        {compliance.judgedBy ? ` ${t("judgedBy", { judge: compliance.judgedBy })}` : ""}
      </p>
      {compliance.failing.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5" aria-label={t("failingRules")}>
          {compliance.failing.map((rule) => (
            <li key={rule.ruleId}>
              {/* Built-in rules are named by their type: "hashtag_list (hashtag_list)" said nothing twice. */}
              <code className="text-xs">{rule.ruleId}</code>
              {rule.ruleType !== rule.ruleId ? <span className="text-xs opacity-75"> ({rule.ruleType})</span> : null}: {ruleText(rule)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
