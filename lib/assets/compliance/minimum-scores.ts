import type { ErrorMessage } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";
import type { ComplianceReport } from "./types";

export type MinimumScores = { toSubmit: number | null; toApprove: number | null };

/** Whether a version falls short of a minimum; null minimum or null report (never scored) do not block. */
export function isBelowMinimum(report: ComplianceReport | null, minimum: number | null): boolean {
  return minimum !== null && report !== null && report.score < minimum;
}

/** The score and minimum when a version is below the minimum to approve, for the UI to ask for a reason. */
export function belowApproveMinimum(report: ComplianceReport | null, minimum: number | null): { score: number; minimum: number } | null {
  return report !== null && minimum !== null && report.score < minimum ? { score: report.score, minimum } : null;
}

/** "Compliance score 67 is below the minimum of 80 to submit. Failing: …": names the rules to fix. */
export function describeShortfall(report: ComplianceReport, minimum: number, step: "submit" | "approve"): string {
  const message = shortfallMessage(report, minimum, step);
  return renderEnglishErrorMessage(message.key, message.params ?? {});
}

/** The same sentence as a message key, for the reader's language (the failing rules' own messages stay as scored). */
export function shortfallMessage(report: ComplianceReport, minimum: number, step: "submit" | "approve") {
  const failing = report.failing.slice(0, 5).map((rule) => `${rule.ruleId} (${rule.message})`);
  return {
    key: "assets.complianceBelowMinimum",
    params: { score: report.score, minimum, step, failing: failing.join("; "), more: Math.max(0, report.failing.length - 5) },
  } satisfies ErrorMessage;
}
