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

const isoDate = (what: string) => z.string().trim().refine(isIsoDate, { message: `${what}: use a calendar date like 2027-03-01` });
const idOrNull = z.string().trim().max(64).nullable().transform((value) => (value ? value : null));
const languageSchema = z.enum(["de", "en"], { error: () => "Languages are German (de) or English (en)" });

export const PersonaInputSchema = z.object({
  name: z.string().trim().min(1, "Give the persona a name").max(CAMPAIGN_LIMITS.personaName, `Keep the persona's name under ${CAMPAIGN_LIMITS.personaName} characters`),
  description: z.string().trim().max(CAMPAIGN_LIMITS.personaDescription, `Keep “who they are” under ${CAMPAIGN_LIMITS.personaDescription} characters`).default(""),
  pains: z.array(z.string().trim().min(1).max(CAMPAIGN_LIMITS.pain, `Keep each pain under ${CAMPAIGN_LIMITS.pain} characters`)).max(CAMPAIGN_LIMITS.pains, `At most ${CAMPAIGN_LIMITS.pains} pains`).default([]),
  vocabulary: z.array(z.string().trim().min(1).max(CAMPAIGN_LIMITS.word, `Keep each vocabulary entry under ${CAMPAIGN_LIMITS.word} characters`)).max(CAMPAIGN_LIMITS.vocabulary, `At most ${CAMPAIGN_LIMITS.vocabulary} vocabulary entries`).default([]),
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
        .min(1, "Give the offer a code")
        .max(CAMPAIGN_LIMITS.offerCode, `Keep the offer code under ${CAMPAIGN_LIMITS.offerCode} characters`)
        .regex(OFFER_CODE_PATTERN, "Offer codes use only letters A–Z, digits, “-” and “_”"),
    ),
  value: z.string().trim().min(1, "Say what the offer is worth (“15 %”, “20 €”, “free shipping”)").max(CAMPAIGN_LIMITS.offerValue),
  conditions: z.string().trim().max(CAMPAIGN_LIMITS.offerConditions, `Keep the conditions under ${CAMPAIGN_LIMITS.offerConditions} characters`).default(""),
  eligibleProductIds: z.array(z.string().trim().min(1).max(64)).max(CAMPAIGN_LIMITS.eligibleProducts, `At most ${CAMPAIGN_LIMITS.eligibleProducts} products per offer`).default([]),
  eligibleCategories: z.array(z.string().trim().min(1).max(CAMPAIGN_LIMITS.category)).max(CAMPAIGN_LIMITS.eligibleCategories, `At most ${CAMPAIGN_LIMITS.eligibleCategories} categories per offer`).default([]),
  validUntil: isoDate("Valid until"),
});
export type OfferInput = z.output<typeof OfferInputSchema>;

export const LandingPageInputSchema = z.object({
  url: z.url({ protocol: /^https$/, message: "Landing pages need an absolute https:// URL" }),
  label: z.string().trim().max(CAMPAIGN_LIMITS.landingPageLabel, `Keep a landing page's label under ${CAMPAIGN_LIMITS.landingPageLabel} characters`).default(""),
});

/**
 * The campaign's own fields, without refinements: actions extend this shape with the workspace id
 * (zod refuses to extend a refined object), then add `refineCampaignDates`.
 */
export const CampaignFieldsSchema = z.object({
  name: z.string().trim().min(1, "Give the campaign a name").max(CAMPAIGN_LIMITS.name, `Keep the name under ${CAMPAIGN_LIMITS.name} characters`),
  /** Normalised to a UTM value part under the workspace's convention by the domain function. */
  code: z.string().trim().min(1, "Give the campaign a code (the {campaign} part of its UTM values)").max(CAMPAIGN_LIMITS.code, `Keep the code under ${CAMPAIGN_LIMITS.code} characters`),
  startsOn: isoDate("Start"),
  endsOn: isoDate("End"),
  goal: z.string().trim().max(CAMPAIGN_LIMITS.goal, `Keep the goal under ${CAMPAIGN_LIMITS.goal} characters`).default(""),
  personaId: idOrNull.default(null),
  landingPages: z.array(LandingPageInputSchema).max(CAMPAIGN_LIMITS.landingPages, `At most ${CAMPAIGN_LIMITS.landingPages} landing pages`).default([]),
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
  budgetMinor: z.number().int("The budget is counted in whole cents").min(0, "The budget cannot be negative").max(Number.MAX_SAFE_INTEGER).nullable().default(null),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isIsoCurrency, { message: "Use an ISO 4217 currency code such as EUR" })
    .default("EUR"),
  ownerId: idOrNull.default(null),
});

type CampaignDates = { startsOn: string; endsOn: string };

/** End on or after the start: a one-day campaign starts and ends on the same date. */
export function refineCampaignDates(value: CampaignDates, context: z.RefinementCtx) {
  if (isIsoDate(value.startsOn) && isIsoDate(value.endsOn) && value.endsOn < value.startsOn) {
    context.addIssue({ code: "custom", path: ["endsOn"], message: `The campaign ends (${value.endsOn}) before it starts (${value.startsOn})` });
  }
}

/** A new campaign may bring its first offers, created with it in one transaction. */
export const CreateCampaignFieldsSchema = CampaignFieldsSchema.extend({
  offers: z.array(OfferInputSchema).max(CAMPAIGN_LIMITS.offers, `At most ${CAMPAIGN_LIMITS.offers} offers per campaign`).default([]),
});

export const CampaignInputSchema = CampaignFieldsSchema.superRefine(refineCampaignDates);
export const CreateCampaignInputSchema = CreateCampaignFieldsSchema.superRefine(refineCampaignDates);
export type CampaignInput = z.output<typeof CampaignFieldsSchema>;
export type CreateCampaignInput = z.output<typeof CreateCampaignFieldsSchema>;
