import { describe, expect, it } from "vitest";
import type { GroundedOffer } from "@/lib/campaigns/offer-facts";
import { checkGrounding } from "./grounding";
import { findCodeLikeTokens } from "./offer-grounding";
import { cited, CHUNKS, metaAd } from "@/lib/testing/assets/validate-fixtures";

// A source that states none of the offer's facts: the code, value, conditions and end date are the campaign's alone.
const chunks = new Map([...CHUNKS, ["chk_plain", "Die Fjell Jacke ist wasserdicht und atmungsaktiv."]]);
const offer: GroundedOffer = { code: "PENDELN15", value: "15 %", conditions: "ab 50 € Bestellwert", validUntil: "2027-05-31" };
const check = (text: string, campaignOffers: readonly GroundedOffer[] | null = [offer]) =>
  checkGrounding(metaAd({ primaryText: cited(text, ["chk_plain"]) }), { chunks, campaignOffers });
const rules = (text: string, campaignOffers?: readonly GroundedOffer[] | null) => check(text, campaignOffers).map((issue) => issue.rule);

describe("checkGrounding: a campaign's offer", () => {
  it("accepts the offer stated whole, in either language's date form, with its conditions in a sentence that names it", () => {
    expect(check("15 % sparen mit dem Code PENDELN15, gültig bis 31.05.2027.")).toEqual([]);
    expect(check("Use code PENDELN15 for 15 % off until 31 May 2027.")).toEqual([]);
    expect(check("Mit PENDELN15 sparen Sie 15 %. Gilt ab 50 € Bestellwert bis 31. Mai 2027.")).toEqual([]);
    expect(check("Bis 2027-05-31: 15 % Rabatt ab 50 €.")).toEqual([]);
  });

  it("counts a code-like token as a code in a campaign asset, though no keyword introduces it", () => {
    const issues = check("Jetzt mit PENDELN20 sparen.");
    expect(issues).toEqual([expect.objectContaining({ rule: "grounding.unsupported_code", path: "primaryText.text", severity: "error" })]);
    expect(issues[0]?.message).toContain('"PENDELN20"');
    expect(issues[0]?.message).toContain("PENDELN15");
    // Outside a campaign only a keyword makes a code (product names such as "Fjell X200" stay words).
    expect(rules("Jetzt mit PENDELN20 sparen.", null)).toEqual([]);
  });

  it("compares the whole end date, year included", () => {
    const issues = check("Gültig bis 31.05.2026.");
    expect(issues.map((issue) => issue.rule)).toEqual(["grounding.offer_date"]);
    expect(issues[0]?.message).toContain("ends on 2027-05-31");
    expect(rules("Valid until 31 May 2026.")).toEqual(["grounding.offer_date"]);
    expect(rules("Valid until May 31, 2026.")).toEqual(["grounding.offer_date"]);
    // A day and month alone are the offer's end; another day is no fact of it.
    expect(rules("Gültig bis 31.05.")).toEqual([]);
    expect(rules("Gültig bis 30.05.2027.")).toEqual(["grounding.unsupported_number"]);
  });

  it("does not let the offer's value or conditions excuse the same numbers in a sentence that does not name the offer", () => {
    const issues = check("Die Jacke ist 15 % leichter und hält 50 € Regen ab.");
    expect(issues.map((issue) => issue.rule)).toEqual(["grounding.unsupported_number", "grounding.unsupported_number"]);
    expect(issues[0]?.message).toContain("only in a sentence that names its code or its end date");
    // The naming sentence excuses its own numbers, not the next sentence's.
    expect(rules("Code PENDELN15: 15 % Rabatt. Die Jacke ist 15 % leichter.")).toEqual(["grounding.unsupported_number"]);
  });

  it("grounds nothing without offers: a campaign without one has no given facts", () => {
    expect(rules("Mit dem Code PENDELN15 sparen Sie 15 %.", [])).toEqual(["grounding.unsupported_code", "grounding.unsupported_number"]);
  });
});

describe("findCodeLikeTokens", () => {
  it("finds capital-and-digit tokens of four or more characters, not sizes, formats or words", () => {
    expect(findCodeLikeTokens("Mit PENDELN20 oder SPRING-15 sparen, in 3XL, 4K und A4; Gore-Tex, CO2-neutral, 2026.")).toEqual(["PENDELN20", "SPRING-15"]);
  });
});
