import { z } from "zod";
import { citedTextSchema } from "./cited-text";
import { LanguageSchema } from "./language";
import { UtmSchema } from "./utm";

/** LinkedIn sponsored content (single image ad). */
export const LinkedInAdSchema = z.object({
  kind: z.enum(["linkedin-ad"]).describe('Always "linkedin-ad".'),
  language: LanguageSchema,
  intro: citedTextSchema("The introductory text above the image: keep it within 150 characters (LinkedIn truncates there); never above 600."),
  headline: citedTextSchema("The headline below the image: keep it within 70 characters; never above 200."),
  finalUrl: z.string().describe("Absolute https URL of the landing page, without UTM parameters."),
  utm: UtmSchema,
});

export type LinkedInAd = z.infer<typeof LinkedInAdSchema>;
