import { z } from "zod";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { isIsoCurrency } from "@/lib/kpi/metrics/currency";
import { isIsoDate } from "@/lib/kpi/metrics/period";

/*
 * What the campaign, persona and offer forms send, validated at the action boundary. Rules that
 * need the database (a unique code, a persona or owner of this workspace, the workspace's
 * languages and UTM convention, products of its feed) are checked in the domain functions.
 * No server imports: the forms import the limits and the offer-code normalisation from here.
 */

export const CAMPAIGN_LIMITS = {
  name: 120,
  code: 60,
  goal: 1_000,
  landingPages: 20,
  landingPageLabel: 80,
  offers: 20,
  personaName: 80,
  personaDescription: 500,
  pains: 20,
  pain: 200,
  vocabulary: 50,
  word: 60,
  offerCode: 40,
  offerValue: 100,
  offerConditions: 500,
  eligibleProducts: 200,
  eligibleCategories: 50,
  category: 120,
} as const;

const isoDate = (message: "validation.campaigns.validUntilDate" | "validation.campaigns.startDate" | "validation.campaigns.endDate") => z.string().trim().refine(isIsoDate, { message });
const idOrNull = z.string().trim().max(64).nullable().transform((value) => (value ? value : null));
const languageSchema = z.enum(["de", "en"], { error: "validation.campaigns.languagesDeEn" });

export const PersonaInputSchema = z.object({
  name: z.string().trim().min(1, "validation.campaigns.givePersonaName").max(CAMPAIGN_LIMITS.personaName, "validation.campaigns.keepPersonaSName"),
  description: z.string().trim().max(CAMPAIGN_LIMITS.personaDescription, "validation.campaigns.keepWhoTheyAre").default(""),
  pains: z.array(z.string().trim().min(1).max(CAMPAIGN_LIMITS.pain, "validation.campaigns.keepEachPainUnder")).max(CAMPAIGN_LIMITS.pains, "validation.campaigns.atMostPains").default([]),
  vocabulary: z.array(z.string().trim().min(1).max(CAMPAIGN_LIMITS.word, "validation.campaigns.keepEachVocabularyEntry")).max(CAMPAIGN_LIMITS.vocabulary, "validation.campaigns.atMostVocabularyEntries").default([]),
  language: languageSchema,
});
export type PersonaInput = z.output<typeof PersonaInputSchema>;

/**
 * Offer codes as shops print them: upper case, no spaces ("spring 15" → "SPRING15"). Only letters,
 * digits, "-" and "_" remain valid, so a code in the copy is exactly what the checkout accepts.
 */
export function normalizeOfferCode(code: string): string {
  return code.replace(/\s+/g, "").toUpperCase();
}

export const OFFER_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]*$/;

export const OfferInputSchema = z.object({
  code: z
    .string()
    .transform(normalizeOfferCode)
    .pipe(
      z
        .string()
        .min(1, "validation.campaigns.giveOfferCode")
        .max(CAMPAIGN_LIMITS.offerCode, "validation.campaigns.keepOfferCodeUnder")
        .regex(OFFER_CODE_PATTERN, "validation.campaigns.offerCodesUseOnly"),
    ),
  value: z.string().trim().min(1, "validation.campaigns.sayWhatOfferWorth").max(CAMPAIGN_LIMITS.offerValue),
  conditions: z.string().trim().max(CAMPAIGN_LIMITS.offerConditions, "validation.campaigns.keepConditionsUnderCharacters").default(""),
  eligibleProductIds: z.array(z.string().trim().min(1).max(64)).max(CAMPAIGN_LIMITS.eligibleProducts, "validation.campaigns.atMostProductsPer").default([]),
  eligibleCategories: z.array(z.string().trim().min(1).max(CAMPAIGN_LIMITS.category)).max(CAMPAIGN_LIMITS.eligibleCategories, "validation.campaigns.atMostCategoriesPer").default([]),
  validUntil: isoDate("validation.campaigns.validUntilDate"),
});
export type OfferInput = z.output<typeof OfferInputSchema>;

export const LandingPageInputSchema = z.object({
  url: z.url({ protocol: /^https$/, message: "validation.campaigns.landingPagesNeedAbsolute" }),
  label: z.string().trim().max(CAMPAIGN_LIMITS.landingPageLabel, "validation.campaigns.keepLandingPageS").default(""),
});

/**
 * The campaign's own fields, without refinements: actions extend this shape with the workspace id
 * (zod refuses to extend a refined object), then add `refineCampaignDates`.
 */
export const CampaignFieldsSchema = z.object({
  name: z.string().trim().min(1, "validation.campaigns.giveCampaignName").max(CAMPAIGN_LIMITS.name, "validation.campaigns.keepNameUnderCharacters"),
  /** Normalised to a UTM value part under the workspace's convention by the domain function. */
  code: z.string().trim().min(1, "validation.campaigns.giveCampaignCodePart").max(CAMPAIGN_LIMITS.code, "validation.campaigns.keepCodeUnderCharacters"),
  startsOn: isoDate("validation.campaigns.startDate"),
  endsOn: isoDate("validation.campaigns.endDate"),
  goal: z.string().trim().max(CAMPAIGN_LIMITS.goal, "validation.campaigns.keepGoalUnderCharacters").default(""),
  personaId: idOrNull.default(null),
  landingPages: z.array(LandingPageInputSchema).max(CAMPAIGN_LIMITS.landingPages, "validation.campaigns.atMostLandingPages").default([]),
  channels: z
    .array(z.enum(ASSET_KINDS, { error: () => `Channels are asset kinds: ${ASSET_KINDS.join(", ")}` }))
    .max(ASSET_KINDS.length * 2)
    .default([])
    .transform((kinds) => [...new Set(kinds)]),
  languages: z
    .array(languageSchema)
    .max(10)
    .default([])
    .transform((languages) => [...new Set(languages)]),
  /** Minor units (cents) of `currency`; null when no budget is planned. */
  budgetMinor: z.number().int("validation.campaigns.budgetCountedWholeCents").min(0, "validation.campaigns.budgetCannotNegative").max(Number.MAX_SAFE_INTEGER).nullable().default(null),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isIsoCurrency, { message: "validation.campaigns.useISO4217Currency" })
    .default("EUR"),
  ownerId: idOrNull.default(null),
});

type CampaignDates = { startsOn: string; endsOn: string };

/** End on or after the start: a one-day campaign starts and ends on the same date. */
export function refineCampaignDates(value: CampaignDates, context: z.RefinementCtx) {
  if (isIsoDate(value.startsOn) && isIsoDate(value.endsOn) && value.endsOn < value.startsOn) {
    context.addIssue({ code: "custom", path: ["endsOn"], message: "validation.campaigns.endsBeforeStart", params: { endsOn: value.endsOn, startsOn: value.startsOn } });
  }
}

/** A new campaign may bring its first offers, created with it in one transaction. */
export const CreateCampaignFieldsSchema = CampaignFieldsSchema.extend({
  offers: z.array(OfferInputSchema).max(CAMPAIGN_LIMITS.offers, "validation.campaigns.atMostOffersPer").default([]),
});

export const CampaignInputSchema = CampaignFieldsSchema.superRefine(refineCampaignDates);
export const CreateCampaignInputSchema = CreateCampaignFieldsSchema.superRefine(refineCampaignDates);
export type CampaignInput = z.output<typeof CampaignFieldsSchema>;
export type CreateCampaignInput = z.output<typeof CreateCampaignFieldsSchema>;
