import { describe, expect, it } from "vitest";
import { definedAcronyms, findContactDetails, findPhoneNumbers, findPromotionalText, isMerchantSafe, merchantAllowedCaps, merchantTextFindings } from "./merchant-policy";

describe("findPromotionalText", () => {
  it("finds shipping offers, sales, discounts, prices and codes in German and English", () => {
    expect(findPromotionalText("Versandkostenfrei! Jetzt im Sale mit 20 % Rabatt, nur 129,00 € statt 149 EUR.")).toEqual(["Versandkostenfrei", "Sale", "Rabatt", "129,00 €", "149 EUR"]);
    expect(findPromotionalText("Buy now: 15% off with code AUTUMN15, €49.90 only")).toEqual(["Buy now", "€49.90", "15% off", "code AUTUMN15"]);
  });

  it("leaves measurements, shares and words that only contain a promotional word alone", () => {
    for (const text of ["100 % Merinowolle", "Wassersäule 20.000 mm", "Wholesale quantities on request.", "Das reduziert das Gewicht um 40 g.", "Code of conduct for factories", "-5 °C comfort temperature"]) {
      expect(findPromotionalText(text), text).toEqual([]);
    }
  });
});

describe("findPhoneNumbers and findContactDetails", () => {
  it("finds phone numbers, e-mail addresses and links", () => {
    expect(findPhoneNumbers("Ruf an: 040 / 123 456-78 oder +49 (0)40 1234567.")).toEqual(["040 / 123 456-78", "+49 (0)40 1234567"]);
    expect(findContactDetails("Mail team@nordlicht.example or see https://nordlicht.example/p/fjell")).toEqual(["team@nordlicht.example", "https://nordlicht.example/p/fjell"]);
  });

  it("does not take dates, sizes or large numbers for phone numbers", () => {
    expect(findPhoneNumbers("Gültig bis 01.10.2026, Wassersäule 20.000 mm, EN 13537, 2.140 Reparaturen, 0,5 l")).toEqual([]);
  });
});

describe("capitals", () => {
  it("accepts an acronym the text spells out before it", () => {
    expect(definedAcronyms("Certified to the Responsible Down Standard (RDS) and the Leather Working Group (LWG).")).toEqual(["RDS", "LWG"]);
    expect(definedAcronyms("Made in Europe (XYZ).")).toEqual([]);
    expect(isMerchantSafe("Wool certified to the Responsible Wool Standard (RWS); RWS audits every farm.")).toBe(true);
  });

  it("allows a name's capitals only as the name writes them", () => {
    expect(isMerchantSafe("NORDLICHT Fjell", merchantAllowedCaps(["NORDLICHT Outdoor"]))).toBe(true);
    expect(merchantTextFindings("FJELL jacket", merchantAllowedCaps(["Fjell Hardshell"]))).toEqual([{ rule: "caps", found: ["FJELL"] }]);
  });
});
