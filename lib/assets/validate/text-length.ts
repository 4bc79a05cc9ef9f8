import { error, warning } from "./issues";
import type { ValidationIssue } from "./types";
import { visibleLength } from "./visible-length";

export type LengthRule = {
  path: string;
  rule: string;
  label: string;
  /** Above this the platform truncates: a warning. */
  softMax: number;
  /** Above this the platform rejects the text: an error. */
  hardMax: number | null;
  /** What the platform does past softMax, for the message. */
  truncation: string;
  required: boolean;
};

/**
 * What the platform does past softMax, as a select value of `validationIssues.codes.truncated` (the `truncation`
 * sentence above is its English wording for the model and exports). Keyed by the rule's id.
 */
const TRUNCATION_KEYS: Record<string, string> = {
  "email.subject": "inboxSubject",
  "email.preheader": "inboxPreview",
  "email.section.heading": "emailHeading",
  "email.cta": "emailButton",
  "meta.primary_text": "metaSeeMore",
  "meta.headline": "metaHeadline",
  "meta.description": "metaDescription",
  "linkedin.intro": "linkedinSeeMore",
  "linkedin.headline": "linkedinHeadline",
  "merchant.title": "shoppingTitle",
};

/** Two-level length check shared by the social channels. */
export function checkTextLength(text: string, rule: LengthRule): ValidationIssue[] {
  const length = visibleLength(text.trim());
  if (length === 0) return rule.required ? [error(rule.path, `${rule.rule}.empty`, `${rule.label} is empty.`, { code: "fieldEmpty" })] : [];
  if (rule.hardMax !== null && length > rule.hardMax) {
    return [error(rule.path, `${rule.rule}.max_length`, `${rule.label} is ${length} characters; the platform allows at most ${rule.hardMax}.`, { code: "platformMaxLength", params: { length, max: rule.hardMax } })];
  }
  if (length > rule.softMax) {
    return [warning(rule.path, `${rule.rule}.length`, `${rule.label} is ${length} characters; ${rule.truncation} after ${rule.softMax}.`, { code: "truncated", params: { length, max: rule.softMax, cut: TRUNCATION_KEYS[rule.rule] ?? "other" } })];
  }
  return [];
}
