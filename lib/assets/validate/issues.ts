import type { IssueText } from "./issue-codes";
import type { ValidationIssue, ValidationReport } from "./types";

/** `text`: the message's code and values for the UI; the English `message` stays for models, exports and the API. */
export function error(path: string, rule: string, message: string, text?: IssueText): ValidationIssue {
  return { path, rule, severity: "error", message, ...text };
}

export function warning(path: string, rule: string, message: string, text?: IssueText): ValidationIssue {
  return { path, rule, severity: "warning", message, ...text };
}

export function buildReport(issues: ValidationIssue[]): ValidationReport {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return { valid: errors === 0, issues, counts: { errors, warnings: issues.length - errors } };
}

/** `["headlines", 2, "text"]` → `headlines[2].text`, the notation editors and models both read. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else path += path === "" ? String(segment) : `.${String(segment)}`;
  }
  return path;
}

export function joinPath(base: string, segment: string | number): string {
  if (typeof segment === "number") return `${base}[${segment}]`;
  return base === "" ? segment : `${base}.${segment}`;
}

/** Quotes user text inside messages so leading or trailing spaces stay visible. */
export function quote(text: string): string {
  return JSON.stringify(text);
}
