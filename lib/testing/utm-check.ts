import type { Utm } from "@/lib/assets/schemas/utm";
import type { ValidationIssue } from "@/lib/assets/validate/types";
import { validateUtm } from "@/lib/assets/validate/utm";
import { checkUtmConventionRules, type UtmCheckOptions } from "@/lib/campaigns/utm-check";

/**
 * A UTM value set checked as validation checks it, both halves in one call: the format
 * (validateUtm, run with the channel's platform rules) and the convention's rules (run once per
 * asset). Tests use it to hold generated values against everything validation would say.
 */
export function checkUtmValues(utm: Utm, options: UtmCheckOptions): ValidationIssue[] {
  return [...validateUtm(utm, options.basePath ?? "utm", options.convention), ...checkUtmConventionRules(utm, options)];
}
