import { describe, expect, it } from "vitest";
import type { MetaAd } from "@/lib/assets/schemas/meta-ad";
import { assetTitle, titleAfterEdit } from "./asset-title";

const ad = (headline: string) => ({ kind: "meta-ad", headline: { text: headline, citations: [] } }) as unknown as MetaAd;

describe("asset title", () => {
  it("is taken from the content when the asset is created", () => {
    expect(assetTitle(ad("  Fjell Jacket "))).toBe("Fjell Jacket");
    expect(assetTitle(ad(" "))).toBe("(untitled)");
  });

  it("does not follow a regenerated or edited headline", () => {
    expect(titleAfterEdit("Fjell Jacket", ad("Zurück in Hamburg nähten sie in einer Altonaer"))).toBe("Fjell Jacket");
  });

  it("is taken from the content once when the asset never had one", () => {
    expect(titleAfterEdit("(untitled)", ad("Sarek Boot"))).toBe("Sarek Boot");
    expect(titleAfterEdit("", ad("Sarek Boot"))).toBe("Sarek Boot");
  });
});
