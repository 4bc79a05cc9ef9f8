import { describe, expect, it } from "vitest";
import { BUILT_IN_UTM_CONVENTION } from "@/lib/campaigns/utm-convention";
import { exampleCampaignValue, parseDraft, toDraft } from "./utm-convention-draft";

const spurwerk = toDraft({ ...BUILT_IN_UTM_CONVENTION, campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}", brandToken: "spw", allowedCharacters: "alphanumeric-dash-underscore" });

describe("the UTM convention editor's draft", () => {
  it("starts with a source/medium row for every channel, the built-in ones where none is set", () => {
    expect(spurwerk.sourceMedium["google-rsa"]).toEqual({ source: "google", medium: "cpc" });
    expect(spurwerk.sourceMedium["meta-ad"]).toEqual({ source: "meta", medium: "paid_social" });
    expect(spurwerk.maxLength).toBe("100");
  });

  it("shows the live example from the template", () => {
    expect(exampleCampaignValue(spurwerk, "Spurwerk")).toBe("spw_pendeln_spring2027_1");
    expect(exampleCampaignValue({ ...spurwerk, campaignTemplate: "{brand}-{campaign}-{season}{year}-{variant}", brandToken: "", separator: "-" }, "Spurwerk Bikes")).toBe("spurwerk-bikes-pendeln-spring2027-1");
    expect(exampleCampaignValue({ ...spurwerk, campaignTemplate: "{brand}_{product}" }, "Spurwerk")).toBe("spw_pendler-set_55_10");
  });

  it("parses a valid draft into the convention the server stores", () => {
    const parsed = parseDraft(spurwerk);
    expect(parsed.errors).toBeNull();
    expect(parsed.convention).toMatchObject({ campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}", maxLength: 100, sourceMedium: { "seo-page": { source: "organic", medium: "seo" } } });
  });

  it("puts each schema message at its field", () => {
    const parsed = parseDraft({ ...spurwerk, campaignTemplate: "{brand}_{campain}", maxLength: "abc", sourceMedium: { ...spurwerk.sourceMedium, "meta-ad": { source: "Face Book", medium: "paid_social" } } });
    expect(parsed.convention).toBeNull();
    expect(parsed.errors).toEqual({
      campaignTemplate: expect.stringMatching(/unknown placeholder \{campain\}/),
      maxLength: "Enter a whole number from 10 to 200.",
      "sourceMedium.meta-ad.source": 'The source for meta-ad must be written as it appears in UTM values: "face_book".',
    });
  });
});
