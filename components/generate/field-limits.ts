import { EMAIL_LIMITS } from "@/lib/assets/validate/email";
import { LINKEDIN_LIMITS } from "@/lib/assets/validate/linkedin-ad";
import { MERCHANT_LIMITS } from "@/lib/assets/validate/merchant-limits";
import { META_LIMITS } from "@/lib/assets/validate/meta-ad";
import { RSA_LIMITS } from "@/lib/assets/validate/google-rsa";
import { SEO_LIMITS } from "@/lib/assets/validate/seo-page";
import type { FieldLimit } from "./length-status";

/*
 * Built from the validators' own constants so the live counter in the editor and the saved
 * report can never disagree about a limit.
 */
export const FIELD_LIMITS = {
  seoTitle: { min: SEO_LIMITS.title.min, max: SEO_LIMITS.title.max, hardMax: SEO_LIMITS.title.hardMax, required: true },
  seoMetaDescription: {
    min: SEO_LIMITS.metaDescription.min,
    max: SEO_LIMITS.metaDescription.max,
    hardMax: SEO_LIMITS.metaDescription.hardMax,
    required: true,
  },
  rsaHeadline: { max: RSA_LIMITS.headlines.maxLength, hardMax: RSA_LIMITS.headlines.maxLength, required: true },
  rsaDescription: { max: RSA_LIMITS.descriptions.maxLength, hardMax: RSA_LIMITS.descriptions.maxLength, required: true },
  rsaPath: { max: RSA_LIMITS.pathMaxLength, hardMax: RSA_LIMITS.pathMaxLength },
  // Meta accepts longer texts and truncates them: warnings only, like validate/meta-ad.ts.
  metaPrimaryText: { max: META_LIMITS.primaryText, hardMax: null, required: true },
  metaHeadline: { max: META_LIMITS.headline, hardMax: null, required: true },
  metaDescription: { max: META_LIMITS.description, hardMax: null },
  linkedinIntro: { max: LINKEDIN_LIMITS.intro.softMax, hardMax: LINKEDIN_LIMITS.intro.hardMax, required: true },
  linkedinHeadline: { max: LINKEDIN_LIMITS.headline.softMax, hardMax: LINKEDIN_LIMITS.headline.hardMax, required: true },
  emailSubject: { max: EMAIL_LIMITS.subject.softMax, hardMax: EMAIL_LIMITS.subject.hardMax, required: true },
  emailPreheader: { max: EMAIL_LIMITS.preheader.softMax, hardMax: EMAIL_LIMITS.preheader.hardMax, required: true },
  emailHeading: { max: EMAIL_LIMITS.heading.softMax, hardMax: null, required: true },
  emailCallToAction: { max: EMAIL_LIMITS.callToAction.softMax, hardMax: null, required: true },
  // The 500-character minimum is advice only where the sources say more (validate/merchant-feed.ts), so the live count shows none.
  merchantTitle: { max: MERCHANT_LIMITS.title.softMax, hardMax: MERCHANT_LIMITS.title.hardMax, required: true },
  merchantDescription: { max: MERCHANT_LIMITS.description.hardMax, hardMax: MERCHANT_LIMITS.description.hardMax, required: true },
  merchantHighlight: { max: MERCHANT_LIMITS.highlights.maxLength, hardMax: MERCHANT_LIMITS.highlights.maxLength, required: true },
} as const satisfies Record<string, FieldLimit>;
