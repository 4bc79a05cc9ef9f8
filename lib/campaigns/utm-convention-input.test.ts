import { describe, expect, it } from "vitest";
import { UtmConventionInputSchema } from "./utm-convention-input";
import type { UtmConvention } from "./utm-convention-schema";

const base: UtmConvention = {
  campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}",
  brandToken: "spw",
  separator: "_",
  lowercase: true,
  allowedCharacters: "alphanumeric-dash-underscore",
  maxLength: 100,
  sourceMedium: {},
};

/** The messages the schema gives for one field of the convention. */
function messagesAt(convention: Partial<UtmConvention>, field: string): string[] {
  const result = UtmConventionInputSchema.safeParse({ ...base, ...convention });
  if (result.success) return [];
  return result.error.issues.filter((issue) => issue.path.join(".") === field).map((issue) => issue.message);
}

describe("UtmConventionInputSchema: the template", () => {
  it("accepts every known placeholder, with {campaign} or {product} alone", () => {
    expect(UtmConventionInputSchema.safeParse(base).success).toBe(true);
    expect(UtmConventionInputSchema.safeParse({ ...base, campaignTemplate: "{campaign}" }).success).toBe(true);
    expect(UtmConventionInputSchema.safeParse({ ...base, campaignTemplate: "{product}" }).success).toBe(true);
    expect(UtmConventionInputSchema.safeParse({ ...base, campaignTemplate: "{brand}_{product}_{kind}_{language}" }).success).toBe(true);
  });
  it("refuses an unknown placeholder, naming it", () => {
    const [message] = messagesAt({ campaignTemplate: "{brand}_{campain}_{year}" }, "campaignTemplate");
    expect(message).toMatch(/unknown placeholder \{campain\}/);
    expect(message).toContain("{campaign}");
  });
  it("refuses a template with neither {campaign} nor {product}", () => {
    expect(messagesAt({ campaignTemplate: "{brand}_{season}{year}" }, "campaignTemplate")).toEqual([expect.stringMatching(/needs \{campaign\} or \{product\}/)]);
  });
  it("refuses a brace without its partner", () => {
    expect(messagesAt({ campaignTemplate: "{brand}_{campaign" }, "campaignTemplate")).toEqual([
      expect.stringMatching(/brace without its partner/),
      expect.stringMatching(/needs \{campaign\} or \{product\}/),
    ]);
  });
  it("refuses fixed text with characters the convention does not allow, and accepts the allowed ones", () => {
    expect(messagesAt({ campaignTemplate: "sale 2027_{campaign}" }, "campaignTemplate")).toEqual([expect.stringMatching(/a space/)]);
    // A dot only where the convention allows dots.
    expect(messagesAt({ campaignTemplate: "v2.{campaign}" }, "campaignTemplate")).toEqual([expect.stringMatching(/"\."/)]);
    expect(messagesAt({ campaignTemplate: "v2.{campaign}", allowedCharacters: "alphanumeric-dash-underscore-dot" }, "campaignTemplate")).toEqual([]);
    // Capitals in a lowercase convention; fine when it keeps case.
    expect(messagesAt({ campaignTemplate: "SPW_{campaign}" }, "campaignTemplate")).toEqual([expect.stringMatching(/"S", "P", "W" \(the convention is lowercase\)/)]);
    expect(messagesAt({ campaignTemplate: "SPW_{campaign}", lowercase: false }, "campaignTemplate")).toEqual([]);
    // Letters and digits only: a dash is refused, the separator is not.
    expect(messagesAt({ campaignTemplate: "x-{campaign}", allowedCharacters: "alphanumeric" }, "campaignTemplate")).toEqual([expect.stringMatching(/"-"/)]);
    expect(messagesAt({ campaignTemplate: "x_{campaign}", allowedCharacters: "alphanumeric" }, "campaignTemplate")).toEqual([]);
  });
});

describe("UtmConventionInputSchema: the values it fixes", () => {
  it("wants the brand token in the convention's own spelling", () => {
    expect(messagesAt({ brandToken: "spw" }, "brandToken")).toEqual([]);
    expect(messagesAt({ brandToken: "SP W" }, "brandToken")).toEqual(['The brand token must be written as it appears in UTM values: "sp_w".']);
    expect(messagesAt({ brandToken: "!!" }, "brandToken")).toEqual(["The brand token has no character the convention allows."]);
  });
  it("wants source and medium per asset kind in the convention's spelling, and only for asset kinds", () => {
    expect(messagesAt({ sourceMedium: { "meta-ad": { source: "facebook", medium: "paid_social" } } }, "sourceMedium.meta-ad.source")).toEqual([]);
    expect(messagesAt({ sourceMedium: { "meta-ad": { source: "Facebook Ads", medium: "paid_social" } } }, "sourceMedium.meta-ad.source")).toEqual([
      'The source for meta-ad must be written as it appears in UTM values: "facebook_ads".',
    ]);
    expect(messagesAt({ sourceMedium: { tiktok: { source: "tiktok", medium: "paid_social" } } }, "sourceMedium.tiktok")).toEqual([expect.stringMatching(/"tiktok" is not an asset kind/)]);
  });
  it("takes a maximum length from 10 to 200", () => {
    expect(UtmConventionInputSchema.safeParse({ ...base, maxLength: 10 }).success).toBe(true);
    expect(UtmConventionInputSchema.safeParse({ ...base, maxLength: 200 }).success).toBe(true);
    expect(UtmConventionInputSchema.safeParse({ ...base, maxLength: 9 }).success).toBe(false);
    expect(UtmConventionInputSchema.safeParse({ ...base, maxLength: 201 }).success).toBe(false);
  });
});
