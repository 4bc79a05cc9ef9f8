import type { LinkedInAd } from "@/lib/assets/schemas/linkedin-ad";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
import { checkFinalUrl } from "./final-url";
import type { ValidationIssue } from "./types";
import { checkTextLength } from "./text-length";
import { validateUtm } from "./utm";

/** LinkedIn sponsored content: truncation points (warnings) and hard limits (errors). */
export const LINKEDIN_LIMITS = {
  intro: { softMax: 150, hardMax: 600 },
  headline: { softMax: 70, hardMax: 200 },
} as const;

/** `utmConvention`: the workspace's (UTM values in its spelling); the built-in one when absent. */
export function checkLinkedInAd(ad: LinkedInAd, utmConvention?: UtmConvention): ValidationIssue[] {
  return [
    ...checkTextLength(ad.intro.text, {
      path: "intro.text",
      rule: "linkedin.intro",
      label: "Intro text",
      ...LINKEDIN_LIMITS.intro,
      truncation: 'LinkedIn hides the rest behind "see more"',
      required: true,
    }),
    ...checkTextLength(ad.headline.text, {
      path: "headline.text",
      rule: "linkedin.headline",
      label: "Headline",
      ...LINKEDIN_LIMITS.headline,
      truncation: "LinkedIn truncates headlines on most screens",
      required: true,
    }),
    ...checkFinalUrl(ad.finalUrl),
    ...validateUtm(ad.utm, "utm", utmConvention),
  ];
}
