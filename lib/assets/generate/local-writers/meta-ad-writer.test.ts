import { describe, expect, it } from "vitest";
import { META_LIMITS } from "@/lib/assets/validate/meta-ad";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { chooseCallToAction } from "./meta-call-to-action";
import { writeMetaAd } from "./meta-ad-writer";
import { briefFor, inputFor, sourcesFor } from "@/lib/testing/assets/writer-fixtures";

describe("writeMetaAd", () => {
  it("writes the best sentence with the disclaimer, the name with its price, and an attribute", () => {
    const ad = writeMetaAd(inputFor(briefFor("meta-ad", "en"), sourcesFor("en")));
    expect(ad.primaryText.text).toBe("The Fjell is a weatherproof three-layer hardshell for alpine tours in wind and rain. While stocks last.");
    expect(ad.headline.text).toBe("Fjell 3L Hardshell Jacket from €349");
    expect(ad.description.text).toBe("Material recycled nylon");
    expect(ad.callToAction).toBe("SHOP_NOW");
    expect(visibleLength(ad.primaryText.text)).toBeLessThanOrEqual(META_LIMITS.primaryText);
    expect(visibleLength(ad.headline.text)).toBeLessThanOrEqual(META_LIMITS.headline);
    expect(visibleLength(ad.description.text)).toBeLessThanOrEqual(META_LIMITS.description);
  });

  it("writes German copy for a German brief", () => {
    const ad = writeMetaAd(inputFor(briefFor("meta-ad", "de"), sourcesFor("de")));
    expect(ad.headline.text).toBe("Fjell 3L Hardshelljacke ab 349\u00a0€");
    expect(ad.primaryText.text.endsWith("Solange der Vorrat reicht.")).toBe(true);
  });
});

describe("chooseCallToAction", () => {
  it("follows the goal in German or English, else shops for products and informs otherwise", () => {
    expect(chooseCallToAction("Newsletter-Anmeldungen steigern", false)).toBe("SUBSCRIBE");
    expect(chooseCallToAction("More sign-ups for the tour", false)).toBe("SIGN_UP");
    expect(chooseCallToAction("Katalog herunterladen", true)).toBe("DOWNLOAD");
    expect(chooseCallToAction("Verkauf der neuen Hardshell", true)).toBe("SHOP_NOW");
    expect(chooseCallToAction("Awareness for our repair service", true)).toBe("LEARN_MORE");
    expect(chooseCallToAction("", true)).toBe("SHOP_NOW");
    expect(chooseCallToAction("", false)).toBe("LEARN_MORE");
  });
});
