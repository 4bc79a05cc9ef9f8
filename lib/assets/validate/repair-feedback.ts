import type { ValidationIssue, ValidationReport } from "./types";

export type RepairFeedbackOptions = {
  /** Warnings are not required fixes; include them only when a retry is cheap. */
  includeWarnings?: boolean;
};

function line(issue: ValidationIssue, index: number): string {
  return `${index + 1}. ${issue.path === "" ? "(asset)" : issue.path} [${issue.rule}]: ${issue.message}`;
}

/**
 * The compact text sent back to the model for a repair attempt: one line per error with path,
 * rule and message. Returns "" when there is nothing to repair.
 */
export function formatIssuesForRepair(report: ValidationReport, options: RepairFeedbackOptions = {}): string {
  const errors = report.issues.filter((issue) => issue.severity === "error");
  const warnings = options.includeWarnings ? report.issues.filter((issue) => issue.severity === "warning") : [];
  if (errors.length === 0 && warnings.length === 0) return "";
  const sections: string[] = [];
  if (errors.length > 0) {
    sections.push(
      `The asset has ${errors.length} error${errors.length === 1 ? "" : "s"}. Fix every one and return the complete corrected asset; keep everything else unchanged:`,
      ...errors.map(line),
    );
  }
  if (warnings.length > 0) {
    sections.push("Also improve these if you can (warnings):", ...warnings.map(line));
  }
  return sections.join("\n");
}
