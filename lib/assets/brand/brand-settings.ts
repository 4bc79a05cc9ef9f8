import "server-only";
import { z } from "zod";
import { brandSettings } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { BannedTermSchema, BrandRulesSchema, PreferredTermSchema, RequiredDisclaimerSchema } from "@/lib/assets/schemas/brand-rules";
import { UtmConventionInputSchema } from "@/lib/campaigns/utm-convention-input";
import { hasUnsubscribeLink, UNSUBSCRIBE_MERGE_TAG } from "@/lib/assets/email/unsubscribe";
import { compileDisclaimerPattern } from "./disclaimer-conditions";

// An e-mail footer the brand sets must let recipients opt out: one without a link would make
// every e-mail generated with it fail validation, so it is refused here, where it is typed.
const EmailFooterTextSchema = z
  .string()
  .trim()
  .max(1_000, "validation.assets.keepMailFooterUnder")
  .refine((text) => text === "" || hasUnsubscribeLink(text), { message: "validation.assets.footerNeedsUnsubscribeLink", params: { mergeTag: UNSUBSCRIBE_MERGE_TAG } })
  .transform((text) => text || null)
  .nullable()
  .optional();

export const BrandSettingsInputSchema = z.object({
  siteUrl: z.union([z.url({ protocol: /^https?$/, message: "validation.assets.enterAbsoluteHttpS" }), z.literal("")]).transform((value) => value || null),
  languages: z.array(z.enum(["de", "en"])).min(1, "validation.assets.chooseAtLeastOne"),
  rules: BrandRulesSchema.extend({
    bannedTerms: z.array(BannedTermSchema.extend({ term: z.string().trim().min(1).max(100), reason: z.string().trim().max(200).nullable() })).max(500),
    preferredTerms: z.array(PreferredTermSchema.extend({ avoid: z.string().trim().min(1).max(100), use: z.string().trim().min(1).max(100) })).max(500),
    requiredDisclaimers: z
      .array(
        RequiredDisclaimerSchema.extend({
          text: z.string().trim().min(1).max(300),
          categories: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
          pattern: z
            .string()
            .trim()
            .max(200)
            .refine((pattern) => compileDisclaimerPattern(pattern) !== null, { message: "validation.assets.textPatternNotValid" })
            .nullable()
            .optional(),
        }),
      )
      .max(50),
    toneNotes: z.string().trim().max(2_000).nullable(),
    emailFooter: z.object({ de: EmailFooterTextSchema, en: EmailFooterTextSchema }).optional(),
    // Stored without "#"; only what the networks link as one hashtag.
    hashtags: z
      .array(
        z
          .string()
          .trim()
          .transform((tag) => tag.replace(/^#+/, ""))
          .pipe(
            z
              .string()
              .min(1, "validation.assets.hashtagEmpty")
              .max(100, "validation.assets.keepEachHashtagUnder")
              .regex(/^[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*$/u, "validation.assets.hashtagMayHoldLetters"),
          ),
      )
      .max(100, "validation.assets.atMost100Hashtags")
      .optional(),
  }),
  /** The workspace's UTM convention; null goes back to the built-in one, absent leaves the saved one as it is. */
  utmConvention: UtmConventionInputSchema.nullable().optional(),
});
export type BrandSettingsInput = z.output<typeof BrandSettingsInputSchema>;

/** One row per workspace: insert or replace. */
export async function saveBrandSettings(db: Database, options: BrandSettingsInput & { workspaceId: string; userId: string }) {
  const values = {
    siteUrl: options.siteUrl,
    languages: options.languages,
    rules: options.rules,
    ...(options.utmConvention !== undefined ? { utmConvention: options.utmConvention } : {}),
    updatedBy: options.userId,
    updatedAt: new Date(),
  };
  await db
    .insert(brandSettings)
    .values({ workspaceId: options.workspaceId, ...values })
    .onConflictDoUpdate({ target: brandSettings.workspaceId, set: values });
}
