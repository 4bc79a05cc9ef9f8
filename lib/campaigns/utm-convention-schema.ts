import { z } from "zod";

/** Placeholders a UTM campaign template may use; anything else in braces is refused. */
export const UTM_TEMPLATE_PLACEHOLDERS = ["brand", "campaign", "season", "year", "product", "kind", "variant", "language"] as const;

/**
 * A workspace's UTM convention (Admin → Brand): how `utm_campaign` is built, which characters
 * values may hold, and source/medium per asset kind (keys are asset kinds; missing ones keep the
 * built-in defaults). Stored in brand_settings.utm_convention; null = the built-in convention.
 */
export const UtmConventionSchema = z.object({
  /** e.g. "{brand}_{campaign}_{season}{year}"; placeholders from UTM_TEMPLATE_PLACEHOLDERS. */
  campaignTemplate: z.string().trim().min(1).max(200),
  /** The `{brand}` value, e.g. "spw". */
  brandToken: z.string().trim().max(40).default(""),
  /** Join character for words inside one value ("summer sale" → "summer_sale"). */
  separator: z.enum(["_", "-"]).default("_"),
  lowercase: z.boolean().default(true),
  /** Characters values may hold besides the separator: letters and digits only, or also "-", "_" and ".". */
  allowedCharacters: z.enum(["alphanumeric", "alphanumeric-dash-underscore", "alphanumeric-dash-underscore-dot"]).default("alphanumeric-dash-underscore"),
  maxLength: z.number().int().min(10).max(200).default(100),
  sourceMedium: z.record(z.string(), z.object({ source: z.string().trim().min(1).max(60), medium: z.string().trim().min(1).max(60) })).default({}),
});
export type UtmConvention = z.infer<typeof UtmConventionSchema>;
