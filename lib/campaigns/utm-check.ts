import type { AssetKind } from "@/lib/assets/schemas/asset-kind";
import { holdsForLanguage, type BannedTerm } from "@/lib/assets/schemas/brand-rules";
import { UTM_FIELDS, type Utm } from "@/lib/assets/schemas/utm";
import { error, joinPath, quote } from "@/lib/assets/validate/issues";
import { containsTerm } from "@/lib/assets/validate/term-match";
import type { ValidationIssue } from "@/lib/assets/validate/types";
import { followsCampaignShape, utmCampaignShape } from "./utm-campaign-shape";
import { allowedValuePattern, utmPart } from "./utm-convention";
import type { UtmConvention } from "./utm-convention-schema";

/** The workspace's side of a UTM check: its convention, its name and the asset's campaign. */
export type UtmContext = {
  convention: UtmConvention;
  /** The `{brand}` value when the convention has no brand token. */
  brandName: string;
  /** The campaign the asset was briefed in; null outside a campaign. */
  campaign: { code: string; startsOn: string } | null;
};

export type UtmCheckOptions = UtmContext & {
  kind: AssetKind;
  language: "de" | "en";
  bannedTerms: readonly BannedTerm[];
  /** Where the UTM object sits in the asset ("utm", "callToAction.utm"). */
  basePath?: string;
};

/** UTM values read as words: "spw_billig_sale" is the words "spw billig sale" to a banned-term rule. */
function asWords(value: string): string {
  return value.replace(/[_.-]+/g, " ");
}

/** The banned terms of the language that appear in a UTM value. */
export function bannedTermsIn(value: string, bannedTerms: readonly BannedTerm[], language: "de" | "en"): string[] {
  const words = asWords(value);
  return bannedTerms.filter((banned) => banned.term.trim() !== "" && holdsForLanguage(banned, language) && containsTerm(words, banned.term)).map((banned) => banned.term.trim());
}

/**
 * What a UTM value set must follow beyond its format (validateUtm): `utm_campaign` has the shape
 * the convention's template gives for this asset (brand, campaign code, season and year of its
 * campaign), source and medium are the ones the convention sets for the asset kind, and no value
 * carries a banned term (URLs are shared, logged and shown in reports: a banned claim there is
 * still said).
 */
export function checkUtmConventionRules(utm: Utm, options: UtmCheckOptions): ValidationIssue[] {
  const { convention } = options;
  const basePath = options.basePath ?? "utm";
  const issues: ValidationIssue[] = [];
  const template = convention.campaignTemplate;
  // A value in the wrong format already has its issue (with the spelling to use); one is enough.
  const allowed = allowedValuePattern(convention);
  const wellFormed = (value: string | null): value is string => value !== null && allowed.test(value);

  const campaign = utm.campaign;
  if (wellFormed(campaign)) {
    const shape = utmCampaignShape(convention, { brandName: options.brandName, campaign: options.campaign, kind: options.kind, language: options.language });
    if (!followsCampaignShape(campaign, shape, convention)) {
      const inCampaign = options.campaign ? ` for the campaign ${quote(options.campaign.code)}` : "";
      issues.push(
        error(
          joinPath(basePath, "campaign"),
          "utm.campaign.convention",
          `utm_campaign ${quote(campaign)} does not follow the workspace's UTM convention ${quote(template)}${inCampaign}; expected ${quote(shape.expected)}.`,
        ),
      );
    }
  }

  // Only where the convention sets the kind's pair: the built-in defaults are what the generator
  // writes, not a rule (a workspace that never set a convention may tag Meta ads "facebook").
  const expected = convention.sourceMedium[options.kind];
  if (expected) {
    for (const field of ["source", "medium"] as const) {
      const value = utm[field];
      const wanted = utmPart(expected[field], convention);
      if (!wellFormed(value) || wanted === "" || value === wanted) continue;
      issues.push(error(joinPath(basePath, field), `utm.${field}.convention`, `utm_${field} ${quote(value)} is not the workspace's ${field} for this channel; the UTM convention says ${quote(wanted)}.`));
    }
  }

  for (const field of UTM_FIELDS) {
    const value = utm[field];
    if (!value) continue;
    for (const term of bannedTermsIn(value, options.bannedTerms, options.language)) {
      issues.push(error(joinPath(basePath, field), `utm.${field}.banned_term`, `utm_${field} ${quote(value)} contains the banned term ${quote(term)}; banned terms never go into UTM values.`));
    }
  }
  return issues;
}
