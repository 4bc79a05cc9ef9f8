import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { campaignLabels } from "./labels";

const labels = (locale: "en" | "de") => campaignLabels(createTranslator({ locale, messages: locale === "de" ? de : en, namespace: "campaigns.labels" }), locale);

describe("campaignLabels.minutes", () => {
  it("reads minutes, hours and days at their boundaries", () => {
    expect([null, 0.2, 1, 59.4, 60, 80, 47 * 60 + 59, 48 * 60, 50 * 60 + 30].map(labels("en").minutes)).toEqual(["—", "under a minute", "1 min", "59 min", "1 h", "1 h 20 min", "47 h 59 min", "2 d", "2 d 2 h"]);
  });
  it("speaks German units in German", () => {
    expect([0.2, 80, 50 * 60 + 30].map(labels("de").minutes)).toEqual(["unter einer Minute", "1 Std. 20 Min.", "2 T 2 Std."]);
  });
});

describe("campaignLabels", () => {
  it("names known channels and shows unknown ones as stored", () => {
    expect(labels("en").channel("google-rsa")).toBe("Google responsive search ad");
    expect(labels("de").channel("google-rsa")).toBe("Google-Responsive-Suchanzeige");
    expect(labels("de").channel("fax-ad")).toBe("fax-ad");
  });
  it("writes dates in the member's format and a one-day campaign as one date", () => {
    expect(labels("en").dateRange("2027-03-01", "2027-03-01")).toBe("03/01/2027");
    expect(labels("en").dateRange("2027-03-01", "2027-03-31")).toBe("03/01/2027 – 03/31/2027");
    expect(labels("de").dateRange("2027-03-01", "2027-03-31")).toBe("01.03.2027 – 31.03.2027");
  });
  it("names content languages in the UI language", () => {
    expect(labels("en").language("de")).toBe("German");
    expect(labels("de").language("en")).toBe("Englisch");
    expect(labels("de").language("fr")).toBe("fr");
  });
});
