import { describe, expect, it } from "vitest";
import { kitProduct, passingMetaAd, withMetaText } from "@/lib/testing/brand-kit-fixtures";
import { SPURWERK_RULES } from "../kit/kit-rules";
import { bannedTermsCheck, disclaimersCheck, formatPrice, preferredTermsCheck, pricesCheck, styleCheck } from "./rule-checks";

const DISCLAIMERS = "Preise inkl. MwSt., zzgl. Versand. Lux-Werte gemessen in 10 m Abstand.";

describe("banned terms", () => {
  it("finds a banned term of the brief's language, inflected", () => {
    const problems = bannedTermsCheck.run(withMetaText(passingMetaAd(), "description", "Garantierte Sicht"));
    expect(problems).toEqual([expect.stringContaining("“Garantierte”")]);
  });

  it("ignores the other language's banned terms", () => {
    expect(bannedTermsCheck.run(withMetaText(passingMetaAd(), "description", "Kein cheap Licht"))).toEqual([]);
  });
});

describe("preferred terms", () => {
  it("flags the avoided term of the brief's language, also inside a compound", () => {
    const problems = preferredTermsCheck.run(withMetaText(passingMetaAd(), "description", "Für den E-Bike-Akku"));
    expect(problems).toEqual([expect.stringContaining("where the brand writes “Pedelec”")]);
  });

  it("leaves the German word alone that only the English rule avoids", () => {
    expect(preferredTermsCheck.run(withMetaText(passingMetaAd(), "description", "Licht für Ihr Pedelec"))).toEqual([]);
  });

  it("flags the English rule's term in English copy", () => {
    const context = passingMetaAd();
    const english = withMetaText({ ...context, brief: { ...context.brief, language: "en" } }, "description", "Light for your pedelec");
    expect(preferredTermsCheck.run(english)).toContain("description says “pedelec” where the brand writes “e-bike”: “Light for your pedelec”");
  });
});

describe("disclaimers", () => {
  it("requires the VAT note when a price is stated and the lux note when a lux value is", () => {
    const context = withMetaText(passingMetaAd(), "primaryText", "Das Leuchtfeuer 70 leuchtet mit 70 Lux. Für 49,90 €.");
    const problems = disclaimersCheck.run(context);
    expect(problems).toEqual([expect.stringContaining("prices-vat"), expect.stringContaining("lux-measurement")]);
  });

  it("refuses a disclaimer whose condition does not hold", () => {
    const context = withMetaText(passingMetaAd(), "primaryText", `Das Leuchtfeuer 70 blendet nicht. ${DISCLAIMERS}`);
    expect(disclaimersCheck.run(context)).toEqual([
      expect.stringContaining("appears though its condition does not hold"),
      expect.stringContaining("appears though its condition does not hold"),
    ]);
  });

  it("requires the battery note for a product of the battery category only", () => {
    const context = { ...passingMetaAd(), product: kitProduct("SW-A01") };
    expect(disclaimersCheck.run(context)).toEqual([expect.stringContaining("battery-charger")]);
  });
});

describe("prices", () => {
  it("formats prices per language", () => {
    expect(formatPrice(1299, SPURWERK_RULES.priceFormat.de)).toBe("1.299,00 €");
    expect(formatPrice(49.9, SPURWERK_RULES.priceFormat.en)).toBe("€49.90");
  });

  it("flags a price in the other language's format", () => {
    const problems = pricesCheck.run(withMetaText(passingMetaAd(), "headline", "Nur €49.90"));
    expect(problems).toEqual([expect.stringContaining("the de price format is “49,90 €”")]);
  });

  it("flags a price without its decimals", () => {
    const context = { ...withMetaText(passingMetaAd(), "headline", "Für 89 €"), product: kitProduct("SW-L02") };
    expect(pricesCheck.run(context)).toContain("headline writes “89 €”; the de price format is “89,00 €”");
  });

  it("flags a price that is not the feed's", () => {
    const problems = pricesCheck.run(withMetaText(passingMetaAd(), "headline", "Für 39,90 €"));
    expect(problems).toEqual([expect.stringContaining("not the feed's 49.90")]);
  });

  it("allows the policy's shipping prices next to the product's", () => {
    expect(pricesCheck.run(withMetaText(passingMetaAd(), "description", "Versandfrei ab 60,00 €"))).toEqual([]);
  });
});

describe("style", () => {
  it("flags the informal du, exclamation marks and words in capitals in German copy", () => {
    const problems = styleCheck.run(withMetaText(passingMetaAd(), "headline", "Dein Licht, jetzt SUPER hell!"));
    expect(problems).toHaveLength(3);
  });

  it("lets codes with digits pass as capitals", () => {
    expect(styleCheck.run(withMetaText(passingMetaAd(), "description", "Mit dem Code LICHT20"))).toEqual([]);
  });
});
