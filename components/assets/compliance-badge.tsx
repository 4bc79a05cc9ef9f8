import type { ComplianceReport } from "@/lib/assets/compliance/types";
import { useTranslations } from "next-intl";
import { useRuleText } from "@/components/generate/use-issue-text";
import { complianceTone } from "./compliance-tone";

/**
 * The score as a badge for tables; the failing rules open on click, and the summary is in the
 * title for hover, so both mouse and keyboard users can read why.
 */
export function ComplianceBadge({ compliance }: { compliance: ComplianceReport | null }) {
  const t = useTranslations("assets.compliance");
  const ruleText = useRuleText();
  if (!compliance) return <span className="text-xs text-slate-500">{t("notScored")}</span>;
  const tone = complianceTone(compliance.score);
  const label = `${compliance.score}`;
  if (compliance.failing.length === 0) {
    return (
      <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${tone.badge}`} title={t("allPassed", { count: compliance.applicable })}>
        {label}
      </span>
    );
  }
  const summary = compliance.failing.map((rule) => `${rule.ruleId}: ${ruleText(rule)}`).join("\n");
  return (
    <details className="text-xs">
      <summary className={`inline cursor-pointer rounded px-1.5 py-0.5 font-semibold ${tone.badge}`} title={summary} aria-label={t("badgeLabel", { score: compliance.score, failing: compliance.failing.length })}>
        {label}
      </summary>
      <ul className="mt-1 max-w-xs list-disc space-y-0.5 pl-4 text-slate-700">
        {compliance.failing.map((rule) => (
          <li key={rule.ruleId}>
            <code>{rule.ruleId}</code>: {ruleText(rule)}
          </li>
        ))}
      </ul>
    </details>
  );
}
