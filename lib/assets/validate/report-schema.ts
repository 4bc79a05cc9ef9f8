import { z } from "zod";
import { ISSUE_CODES } from "./issue-codes";
import type { ValidationIssue, ValidationReport } from "./types";

/**
 * A validation report as it travels to the browser. Lenient where a reader can still show
 * something useful (an unknown severity counts as an error), and the counts are recomputed from
 * the issues, so a summary and its list can never disagree.
 */
export const ValidationIssueSchema = z.object({
  path: z.string().catch(""),
  rule: z.string().catch(""),
  severity: z.enum(["error", "warning"]).catch("error"),
  message: z.string().catch("Unnamed validation issue."),
  // An unknown code (a newer server, an older client) drops to the English message rather than the whole issue.
  code: z.enum(ISSUE_CODES).optional().catch(undefined),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional().catch(undefined),
}) satisfies z.ZodType<ValidationIssue>;

export const ValidationReportSchema = z
  .object({
    valid: z.boolean().catch(false),
    issues: z.array(ValidationIssueSchema).catch([]),
    counts: z.object({ errors: z.number(), warnings: z.number() }).catch({ errors: 0, warnings: 0 }),
  })
  .catch({ valid: false, issues: [], counts: { errors: 0, warnings: 0 } })
  .transform(({ issues }): ValidationReport => {
    const errors = issues.filter((issue) => issue.severity === "error").length;
    return { valid: errors === 0, issues, counts: { errors, warnings: issues.length - errors } };
  });
