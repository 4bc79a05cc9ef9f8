import { ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset-kind";
import { renderUtmCampaign, utmPart } from "@/lib/campaigns/utm-convention";
import { UtmConventionInputSchema } from "@/lib/campaigns/utm-convention-input";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import { sourceMediumFor } from "@/lib/campaigns/utm-source-medium";

/** The editor's state: the convention with its length as typed and a source/medium row per asset kind. */
export type UtmConventionDraft = Omit<UtmConvention, "maxLength" | "sourceMedium"> & {
  maxLength: string;
  sourceMedium: Record<AssetKind, { source: string; medium: string }>;
};

/** Field → the first message the schema gives for it; keys are `campaignTemplate`, `brandToken`, `maxLength`, `sourceMedium.<kind>.source`, … */
export type UtmConventionErrors = Partial<Record<string, string>>;

export function toDraft(convention: UtmConvention): UtmConventionDraft {
  const sourceMedium = Object.fromEntries(ASSET_KINDS.map((kind) => [kind, { ...sourceMediumFor(convention, kind) }])) as UtmConventionDraft["sourceMedium"];
  return { ...convention, maxLength: String(convention.maxLength), sourceMedium };
}

/** The convention the draft describes, or the messages to show at each field (the same schema the server applies). */
export function parseDraft(draft: UtmConventionDraft): { convention: UtmConvention; errors: null } | { convention: null; errors: UtmConventionErrors } {
  const maxLength = draft.maxLength.trim() === "" ? Number.NaN : Number(draft.maxLength);
  const lengthIsValid = Number.isInteger(maxLength) && maxLength >= 10 && maxLength <= 200;
  // The schema's template and value rules only run once its fields parse: with a stand-in length
  // the admin sees every mistake at once, not the length first and the template after.
  const result = UtmConventionInputSchema.safeParse({ ...draft, maxLength: lengthIsValid ? maxLength : 100 });
  if (result.success && lengthIsValid) return { convention: result.data, errors: null };
  const errors: UtmConventionErrors = lengthIsValid ? {} : { maxLength: "Enter a whole number from 10 to 200." };
  for (const issue of result.success ? [] : result.error.issues) errors[issue.path.join(".")] ??= issue.message;
  return { convention: null, errors };
}

/**
 * What `utm_campaign` looks like under the draft, for an example campaign ("Pendeln", starting in
 * spring 2027) and product: the admin sees the effect of each change before saving.
 */
export function exampleCampaignValue(draft: UtmConventionDraft, brandName: string): string {
  const length = Number(draft.maxLength);
  const convention: UtmConvention = { ...draft, maxLength: Number.isInteger(length) && length > 0 ? length : 100 };
  const rendered = renderUtmCampaign(convention, {
    brand: draft.brandToken || brandName,
    campaign: "Pendeln",
    season: "spring",
    year: 2027,
    product: "Pendler-Set 55+10",
    kind: "meta ad",
    variant: 1,
    language: "de",
  });
  return rendered || utmPart(brandName, convention);
}
