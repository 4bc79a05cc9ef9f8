import "server-only";
import { z } from "zod";
import { brandSettings } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { BrandRulesSchema } from "@/lib/assets/schemas/brand-rules";

export const BrandSettingsInputSchema = z.object({
  siteUrl: z.union([z.url({ protocol: /^https?$/, message: "Enter an absolute http(s) URL" }), z.literal("")]).transform((value) => value || null),
  languages: z.array(z.enum(["de", "en"])).min(1, "Choose at least one language"),
  rules: BrandRulesSchema.extend({
    bannedTerms: z.array(z.object({ term: z.string().trim().min(1).max(100), reason: z.string().trim().max(200).nullable() })).max(500),
    preferredTerms: z.array(z.object({ avoid: z.string().trim().min(1).max(100), use: z.string().trim().min(1).max(100) })).max(500),
    requiredDisclaimers: z
      .array(z.object({ channel: BrandRulesSchema.shape.requiredDisclaimers.element.shape.channel, language: z.enum(["de", "en"]).nullable(), text: z.string().trim().min(1).max(300) }))
      .max(50),
    toneNotes: z.string().trim().max(2_000).nullable(),
  }),
});
export type BrandSettingsInput = z.output<typeof BrandSettingsInputSchema>;

/** One row per workspace: insert or replace. */
export async function saveBrandSettings(db: Database, options: BrandSettingsInput & { workspaceId: string; userId: string }) {
  const values = { siteUrl: options.siteUrl, languages: options.languages, rules: options.rules, updatedBy: options.userId, updatedAt: new Date() };
  await db
    .insert(brandSettings)
    .values({ workspaceId: options.workspaceId, ...values })
    .onConflictDoUpdate({ target: brandSettings.workspaceId, set: values });
}
