import { normalizeUtmValue, UTM_FIELDS, UTM_VALUE_PATTERN, type Utm } from "@/lib/assets/schemas/utm";
import { error, joinPath, quote } from "./issues";
import type { ValidationIssue } from "./types";

const REQUIRED_FIELDS = new Set(["source", "medium", "campaign"]);

/** source, medium and campaign are required; every value must already be in normalised form. */
export function validateUtm(utm: Utm, basePath = "utm"): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const field of UTM_FIELDS) {
    const value = utm[field];
    const path = joinPath(basePath, field);
    const parameter = `utm_${field}`;
    if (value === null || value.trim() === "") {
      if (REQUIRED_FIELDS.has(field)) {
        issues.push(error(path, `utm.${field}.required`, `${parameter} is required; every ad link needs source, medium and campaign.`));
      } else if (value !== null) {
        issues.push(error(path, `utm.${field}.empty`, `${parameter} is empty; use null when there is no value.`));
      }
      continue;
    }
    if (UTM_VALUE_PATTERN.test(value)) continue;
    const suggestion = normalizeUtmValue(value);
    const hint = suggestion === "" ? "" : `; use ${quote(suggestion)}`;
    issues.push(
      error(
        path,
        `utm.${field}.format`,
        `${parameter} ${quote(value)} must be lowercase without spaces, using only a-z, 0-9, "_", "-" and "."${hint}.`,
      ),
    );
  }
  return issues;
}
