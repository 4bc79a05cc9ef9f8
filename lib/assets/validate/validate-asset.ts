import { AssetSchema } from "@/lib/assets/schemas/asset";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import type { GroundedOffer } from "@/lib/campaigns/offer-facts";
import { checkBrandRules } from "./brand-rules";
import { checkEndedOffers } from "./ended-offers";
import { checkGrounding, type GroundingContext } from "./grounding";
import { buildReport } from "./issues";
import { checkPlatformRules, type PlatformContext } from "./platform-rules";
import { schemaIssuesToValidationIssues } from "./schema-issues";
import { checkSentenceFragments } from "./sentence-fragments";
import { checkUtmConvention } from "./utm-convention";
import type { ValidationReport } from "./types";

export type AssetValidationContext = GroundingContext &
  PlatformContext & {
    brandRules: BrandRules;
    /** The product's category path (category-conditioned disclaimers); null or missing for a topic. */
    productCategory?: string | null;
    /** Brand and product names, which the sentence-case rule leaves capitalised. */
    properNouns?: readonly string[];
    /** Offers of the asset's campaign that have ended and the edited version did not state before (ended-offers.ts). */
    endedOffers?: readonly GroundedOffer[];
  };

/**
 * Validates raw model output or an edited asset. Structural problems stop here: rules cannot
 * run on data of the wrong shape, and the schema errors are what a repair attempt must fix
 * first. A parsed asset gets platform, editorial, brand and grounding rules together.
 */
export function validateAsset(asset: unknown, context: AssetValidationContext): ValidationReport {
  const parsed = AssetSchema.safeParse(asset);
  if (!parsed.success) return buildReport(schemaIssuesToValidationIssues(parsed.error.issues));
  const disclaimerTexts = context.brandRules.requiredDisclaimers.map((disclaimer) => disclaimer.text);
  return buildReport([
    ...checkPlatformRules(parsed.data, { ...context, disclaimerTexts }),
    ...checkUtmConvention(parsed.data, context),
    ...checkSentenceFragments(parsed.data),
    ...checkBrandRules(parsed.data, context.brandRules, { productCategory: context.productCategory, properNouns: context.properNouns }),
    ...checkGrounding(parsed.data, { ...context, disclaimerTexts }),
    ...checkEndedOffers(parsed.data, context.endedOffers ?? []),
  ]);
}
