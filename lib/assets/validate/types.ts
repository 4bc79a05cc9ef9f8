import type { IssueCode, IssueParams } from "./issue-codes";

export type Severity = "error" | "warning";

export type ValidationIssue = {
  /** Where in the asset, e.g. `headlines[2].text`; "" for the asset as a whole. */
  path: string;
  /** Stable id for filtering and analytics, e.g. `rsa.headline.max_length`. */
  rule: string;
  severity: Severity;
  /** A sentence a marketer (or a model) can act on: names the limit and the actual value. */
  message: string;
  /** The message as a key of `validationIssues.codes` plus its values, for the UI in the member's language; absent on issues without a translation (the UI shows `message`). */
  code?: IssueCode;
  params?: IssueParams;
};

export type ValidationReport = {
  /** True when there are no errors; warnings alone do not block publishing. */
  valid: boolean;
  issues: ValidationIssue[];
  counts: { errors: number; warnings: number };
};
