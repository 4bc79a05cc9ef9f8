import { UTM_FIELDS, type Utm } from "@/lib/assets/schemas/utm";
import { allowedValuePattern, BUILT_IN_UTM_CONVENTION, utmPart } from "@/lib/campaigns/utm-convention";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import { error, joinPath, quote } from "./issues";
import type { ValidationIssue } from "./types";

const REQUIRED_FIELDS = new Set(["source", "medium", "campaign"]);

const CHARACTER_RULES: Record<UtmConvention["allowedCharacters"], string> = {
  alphanumeric: "a-z and 0-9",
  "alphanumeric-dash-underscore": 'a-z, 0-9, "_" and "-"',
  "alphanumeric-dash-underscore-dot": 'a-z, 0-9, "_", "-" and "."',
};

/** "lowercase without spaces, using only a-z, 0-9, "_" and "-"" for the convention. */
function describeFormat(convention: UtmConvention): string {
  const characters = CHARACTER_RULES[convention.allowedCharacters].replace("a-z", convention.lowercase ? "a-z" : "letters");
  const separator = convention.allowedCharacters === "alphanumeric" ? ` (and "${convention.separator}" between words)` : "";
  return `${convention.lowercase ? "lowercase " : ""}without spaces, using only ${characters}${separator}`;
}

/**
 * source, medium and campaign are required; every value must already be in the convention's
 * spelling (its characters, its casing, at most its length), because analytics tools group by the
 * exact value: "Spring Sale" and "spring_sale" would split a report. Without a convention the
 * built-in one applies (lowercase a-z, 0-9, "_", "-", ".").
 */
export function validateUtm(utm: Utm, basePath = "utm", convention: UtmConvention = BUILT_IN_UTM_CONVENTION): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const allowed = allowedValuePattern(convention);
  for (const field of UTM_FIELDS) {
    const value = utm[field];
    const path = joinPath(basePath, field);
    const parameter = `utm_${field}`;
    if (value === null || value.trim() === "") {
      if (REQUIRED_FIELDS.has(field)) {
        issues.push(error(path, `utm.${field}.required`, `${parameter} is required; every ad link needs source, medium and campaign.`, { code: "utmRequired", params: { parameter } }));
      } else if (value !== null) {
        issues.push(error(path, `utm.${field}.empty`, `${parameter} is empty; use null when there is no value.`, { code: "utmEmpty", params: { parameter } }));
      }
      continue;
    }
    if (!allowed.test(value)) {
      // The suggestion keeps the parts of "55+10" apart ("55_10"), as the generator writes them.
      const suggestion = utmPart(value, convention);
      const hint = suggestion === "" ? "" : `; use ${quote(suggestion)}`;
      issues.push(error(path, `utm.${field}.format`, `${parameter} ${quote(value)} must be ${describeFormat(convention)}${hint}.`));
      continue;
    }
    if (value.length > convention.maxLength) {
      issues.push(error(path, `utm.${field}.max_length`, `${parameter} is ${value.length} characters; the workspace's UTM convention allows at most ${convention.maxLength}.`, { code: "utmMaxLength", params: { parameter, length: value.length, max: convention.maxLength } }));
    }
  }
  return issues;
}
