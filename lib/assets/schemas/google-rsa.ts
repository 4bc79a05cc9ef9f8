import { z } from "zod";
import { CitationsSchema } from "./cited-text";
import { LanguageSchema } from "./language";
import { UtmSchema } from "./utm";

/*
 * Counts (3–15 headlines, 2–4 descriptions) and lengths are validation rules, not schema limits:
 * a 16th headline should be reported and trimmed in the editor, not make the whole ad unparsable.
 * Pin positions are schema limits because Google has no other positions to offer.
 */
export const GoogleRsaSchema = z.object({
  kind: z.enum(["google-rsa"]).describe('Always "google-rsa".'),
  language: LanguageSchema,
  headlines: z
    .array(
      z.object({
        text: z
          .string()
          .describe('At most 30 characters. No "!", no all-caps words except abbreviations, no emoji, no decorative symbols, no repeated punctuation.'),
        citations: CitationsSchema,
        pin: z
          .literal([1, 2, 3])
          .nullable()
          .describe("Headline position this text is pinned to (1, 2 or 3), or null to let Google rotate it. Pin rarely."),
      }),
    )
    .describe("3 to 15 distinct headlines that each make sense on their own, in any combination."),
  descriptions: z
    .array(
      z.object({
        text: z
          .string()
          .describe("At most 90 characters. At most one \"!\" in the whole ad; no all-caps words except abbreviations, no emoji, no decorative symbols."),
        citations: CitationsSchema,
        pin: z
          .literal([1, 2])
          .nullable()
          .describe("Description position this text is pinned to (1 or 2), or null to let Google rotate it."),
      }),
    )
    .describe("2 to 4 distinct descriptions."),
  path1: z.string().nullable().describe('First display URL path segment, at most 15 characters, no "/", or null.'),
  path2: z.string().nullable().describe('Second display URL path segment, at most 15 characters, no "/"; only when path1 is set, else null.'),
  finalUrl: z.string().describe("Absolute https URL of the landing page, without UTM parameters."),
  utm: UtmSchema,
});

export type GoogleRsa = z.infer<typeof GoogleRsaSchema>;
export type RsaHeadline = GoogleRsa["headlines"][number];
export type RsaDescription = GoogleRsa["descriptions"][number];
