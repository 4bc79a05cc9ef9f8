import { describe, expect, it } from "vitest";
import { adPlatformLabel, assetKindLabel, assetTitleLabel, modelTaskLabel } from "./labels";

describe("dashboard labels", () => {
  it("names ad platforms, asset kinds and model tasks as people do", () => {
    expect(adPlatformLabel("google-ads")).toBe("Google Ads");
    expect(assetKindLabel("google-rsa")).toBe("Google responsive search ad");
    expect(assetKindLabel("meta-ad")).toBe("Meta ad");
    expect(modelTaskLabel("rewrite-field")).toBe("Regenerate a field");
    expect(modelTaskLabel("ad-variants")).toBe("Write ad variants");
  });

  it("shows unknown codes as typed and a deleted asset as such", () => {
    expect(adPlatformLabel("tiktok")).toBe("tiktok");
    expect(assetKindLabel(null)).toBe("");
    expect(modelTaskLabel("toString")).toBe("toString");
    expect(assetTitleLabel(null)).toBe("(deleted asset)");
    expect(assetTitleLabel("Fjell jacket")).toBe("Fjell jacket");
  });
});
