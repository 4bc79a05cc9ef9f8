import { z } from "zod";

export const ASSET_LANGUAGES = ["de", "en"] as const;

export const LanguageSchema = z
  .enum(ASSET_LANGUAGES)
  .describe('Language of every visible text in this asset: "de" (German) or "en" (English).');

export type AssetLanguage = z.infer<typeof LanguageSchema>;
