import type { ValidationReport } from "@/lib/assets/validate/types";
import { formatIssueCounts } from "./issue-paths";

/** The report of the saved version, all issues listed; per-field issues repeat next to their fields. */
export function ValidationSummary({ validation, version, stale }: { validation: ValidationReport; version: number; stale: boolean }) {
  const { errors, warnings } = validation.counts;
  const tone = errors > 0 ? "border-red-300 bg-red-50 text-red-900" : warnings > 0 ? "border-amber-300 bg-amber-50 text-amber-900" : "border-green-300 bg-green-50 text-green-900";
  const symbol = errors > 0 ? "✕" : warnings > 0 ? "⚠" : "✓";
  return (
    <div data-testid="validation-summary" className={`rounded-md border px-3 py-2 text-sm ${tone}`}>
      <p className="font-semibold">
        <span aria-hidden="true">{symbol}</span> Validation: {formatIssueCounts(validation.counts)}
      </p>
      <p className="text-xs">
        Checked for version {version}.{stale ? " Your unsaved edits are checked when you save the draft." : ""}
      </p>
      {validation.issues.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {validation.issues.map((issue, index) => (
            <li key={`${issue.path}-${issue.rule}-${index}`}>
              <span className="font-semibold">{issue.severity === "error" ? "Error:" : "Warning:"}</span> {issue.message}
              {issue.path ? <code className="ml-1 text-xs opacity-75">{issue.path}</code> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
