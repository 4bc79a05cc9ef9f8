import { useTranslations } from "next-intl";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { useIssueText } from "./use-issue-text";
import { issueCountsText } from "./use-generation-text";

/** The report of the saved version, all issues listed; per-field issues repeat next to their fields. */
export function ValidationSummary({ validation, version, stale }: { validation: ValidationReport; version: number; stale: boolean }) {
  const t = useTranslations("generate.validation");
  const status = useTranslations("generate.status");
  const issueText = useIssueText();
  const { errors, warnings } = validation.counts;
  const tone = errors > 0 ? "border-red-300 bg-red-50 text-red-900" : warnings > 0 ? "border-amber-300 bg-amber-50 text-amber-900" : "border-green-300 bg-green-50 text-green-900";
  const symbol = errors > 0 ? "✕" : warnings > 0 ? "⚠" : "✓";
  return (
    <div data-testid="validation-summary" className={`rounded-md border px-3 py-2 text-sm ${tone}`}>
      <p className="font-semibold">
        <span aria-hidden="true">{symbol}</span> {t("heading", { counts: issueCountsText(status, validation.counts) })}
      </p>
      <p className="text-xs">
        {t(stale ? "checkedStale" : "checked", { version })}
      </p>
      {validation.issues.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {validation.issues.map((issue, index) => (
            <li key={`${issue.path}-${issue.rule}-${index}`}>
              {t.rich(issue.severity === "error" ? "issueError" : "issueWarning", { message: issueText(issue), strong: (chunks) => <span className="font-semibold">{chunks}</span> })}
              {issue.path ? <code className="ml-1 text-xs opacity-75">{issue.path}</code> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
