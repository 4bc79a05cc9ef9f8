import { bannedTermsCheck, disclaimersCheck, preferredTermsCheck, pricesCheck, styleCheck } from "./rule-checks";
import { citationsCheck, groundedNumbersCheck, injectedClaimsCheck } from "./grounding-checks";
import { languageCheck, listLabelsCheck, metaTextCheck } from "./copy-quality-checks";
import { feedProductIdCheck, internalLinksCheck, jsonLdCheck, lengthsCheck } from "./platform-checks";
import { offerCheck, omissionsCheck, requiredFactsCheck } from "./brief-checks";
import type { Check, CheckContext, CheckResult } from "./types";

/** Every check of the brand-kit evaluation, in report order. */
export const BRAND_KIT_CHECKS: readonly Check[] = [
  lengthsCheck,
  bannedTermsCheck,
  preferredTermsCheck,
  disclaimersCheck,
  pricesCheck,
  groundedNumbersCheck,
  jsonLdCheck,
  internalLinksCheck,
  feedProductIdCheck,
  citationsCheck,
  injectedClaimsCheck,
  metaTextCheck,
  listLabelsCheck,
  offerCheck,
  omissionsCheck,
  requiredFactsCheck,
  languageCheck,
  styleCheck,
];

/** Runs the checks that apply to the brief; a check that throws counts as failed, with the error. */
export function runChecks(context: CheckContext, checks: readonly Check[] = BRAND_KIT_CHECKS): CheckResult[] {
  return checks
    .filter((check) => check.appliesTo?.(context) ?? true)
    .map((check) => {
      try {
        const problems = check.run(context);
        return { id: check.id, passed: problems.length === 0, problems };
      } catch (error) {
        return { id: check.id, passed: false, problems: [`the check failed: ${error instanceof Error ? error.message : String(error)}`] };
      }
    });
}
