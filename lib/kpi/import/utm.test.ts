import { describe, expect, it } from "vitest";
import { extractUtm } from "./utm";

describe("extractUtm", () => {
  it("reads utm_campaign and utm_content from a landing page URL", () => {
    expect(extractUtm("https://shop.example/jackets?utm_source=google&utm_campaign=autumn-26&utm_content=ai-v2#top")).toEqual({
      utmCampaign: "autumn-26",
      utmContent: "ai-v2",
    });
  });

  it("decodes encoded values and returns null for absent or empty tags", () => {
    expect(extractUtm("https://shop.example/?utm_campaign=Herbst%20%C3%84ktion&utm_content=")).toEqual({ utmCampaign: "Herbst Äktion", utmContent: null });
    expect(extractUtm("https://shop.example/boots")).toEqual({ utmCampaign: null, utmContent: null });
    expect(extractUtm("")).toEqual({ utmCampaign: null, utmContent: null });
    expect(extractUtm(undefined)).toEqual({ utmCampaign: null, utmContent: null });
  });

  it("tolerates URLs without scheme, bare suffixes and JSON lists", () => {
    expect(extractUtm("shop.example/?utm_content=v1").utmContent).toBe("v1");
    expect(extractUtm("utm_source=meta&utm_campaign=launch").utmCampaign).toBe("launch");
    expect(extractUtm('["https://shop.example/?utm_campaign=list"]').utmCampaign).toBe("list");
  });

  it("keeps ValueTrack placeholders as configured", () => {
    expect(extractUtm("https://shop.example/?utm_campaign={campaignid}").utmCampaign).toBe("{campaignid}");
  });
});
