import type { MetaAd } from "@/lib/assets/schemas/meta-ad";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import { checkFinalUrl } from "./final-url";
import type { ValidationIssue } from "./types";
import { checkTextLength } from "./text-length";
import { validateUtm } from "./utm";

/**
 * Meta's recommended lengths: longer text is allowed but truncated in most placements, so only
 * warnings. The call to action is checked by the schema (an enum of Meta's button types).
 */
export const META_LIMITS = { primaryText: 125, headline: 40, description: 30 } as const;

export function checkMetaAd(ad: MetaAd, utmConvention?: UtmConvention): ValidationIssue[] {
  return [
    ...checkTextLength(ad.primaryText.text, {
      path: "primaryText.text",
      rule: "meta.primary_text",
      label: "Primary text",
      softMax: META_LIMITS.primaryText,
      hardMax: null,
      truncation: 'Meta hides the rest behind "See more"',
      required: true,
    }),
    ...checkTextLength(ad.headline.text, {
      path: "headline.text",
      rule: "meta.headline",
      label: "Headline",
      softMax: META_LIMITS.headline,
      hardMax: null,
      truncation: "Meta truncates headlines",
      required: true,
    }),
    ...checkTextLength(ad.description.text, {
      path: "description.text",
      rule: "meta.description",
      label: "Description",
      softMax: META_LIMITS.description,
      hardMax: null,
      truncation: "Meta truncates descriptions",
      required: false,
    }),
    ...checkFinalUrl(ad.finalUrl),
    ...validateUtm(ad.utm, "utm", utmConvention),
  ];
}
