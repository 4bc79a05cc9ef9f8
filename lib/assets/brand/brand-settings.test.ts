import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import { BrandSettingsInputSchema } from "./brand-settings";
import { englishIssueMessage } from "@/lib/i18n/validation-messages";

const input = (hashtags: unknown) => ({ siteUrl: "", languages: ["de"], rules: { ...EMPTY_BRAND_RULES, hashtags } });

describe("BrandSettingsInputSchema: hashtags", () => {
  it("stores hashtags without '#'", () => {
    expect(BrandSettingsInputSchema.parse(input(["#Nordlicht", " Wandern "])).rules.hashtags).toEqual(["Nordlicht", "Wandern"]);
  });

  it("keeps rules without a hashtag list valid", () => {
    expect(BrandSettingsInputSchema.parse(input(undefined)).rules.hashtags).toBeUndefined();
  });

  it("refuses a hashtag the networks would not link, saying why", () => {
    const result = BrandSettingsInputSchema.safeParse(input(["Rain Jacket"]));
    expect(result.success).toBe(false);
    expect(englishIssueMessage(result.error!.issues[0]!)).toMatch(/letters, digits and underscores only/);
    expect(BrandSettingsInputSchema.safeParse(input(["2026"])).success).toBe(false);
    expect(BrandSettingsInputSchema.safeParse(input(["#"])).success).toBe(false);
  });
});
