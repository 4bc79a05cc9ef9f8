import { describe, expect, it } from "vitest";
import { allowedValuePattern, BUILT_IN_UTM_CONVENTION, campaignTemplateValues, campaignUtmPrefix, readUtmConvention, renderUtmCampaign, seasonOf, utmPart } from "./utm-convention";
import type { UtmConvention } from "./utm-convention-schema";

const convention: UtmConvention = { ...BUILT_IN_UTM_CONVENTION, campaignTemplate: "{brand}_{campaign}_{season}{year}_{variant}", brandToken: "spw", allowedCharacters: "alphanumeric-dash-underscore" };

describe("utmPart", () => {
  it("keeps the parts of a number apart instead of gluing them together", () => {
    expect(utmPart("55+10", convention)).toBe("55_10");
    expect(utmPart("Frühling Sale 2026!", convention)).toBe("fruehling_sale_2026");
  });
  it("turns a dot into the separator when dots are not allowed, and keeps it when they are", () => {
    expect(utmPart("Modell 3.5", convention)).toBe("modell_3_5");
    expect(utmPart("Modell 3.5", BUILT_IN_UTM_CONVENTION)).toBe("modell_3.5");
  });
  it("keeps upper case only when the convention is not lowercase", () => {
    expect(utmPart("Spring Sale", { ...convention, lowercase: false })).toBe("Spring_Sale");
  });
  it("uses the convention's separator", () => {
    expect(utmPart("Spring Sale", { ...convention, separator: "-" })).toBe("spring-sale");
  });
});

describe("renderUtmCampaign", () => {
  it("fills the template and drops a missing placeholder with its separator", () => {
    const values = { ...campaignTemplateValues(convention, { code: "Pendeln", startsOn: "2027-03-01" }, "Spurwerk"), variant: null };
    expect(renderUtmCampaign(convention, values)).toBe("spw_pendeln_spring2027");
    expect(renderUtmCampaign(convention, { ...values, variant: 2 })).toBe("spw_pendeln_spring2027_2");
  });
  it("falls back to the brand name when the convention has no brand token", () => {
    const values = campaignTemplateValues({ ...convention, brandToken: "" }, { code: "x", startsOn: "2027-07-01" }, "Nordlicht Outdoor");
    expect(renderUtmCampaign(convention, values)).toBe("nordlicht_outdoor_x_summer2027");
  });
  it("cuts at the maximum length without a trailing separator", () => {
    const value = renderUtmCampaign({ ...convention, maxLength: 12 }, { brand: "spw", campaign: "pendeln winter" });
    expect(value.length).toBeLessThanOrEqual(12);
    expect(value).not.toMatch(/_$/);
  });
});

describe("campaignUtmPrefix", () => {
  it("stops before the first per-asset placeholder", () => {
    const values = campaignTemplateValues(convention, { code: "pendeln", startsOn: "2027-12-01" }, "Spurwerk");
    expect(campaignUtmPrefix(convention, values)).toBe("spw_pendeln_winter2027");
  });

  it("is empty when the shared start does not name the campaign (it would claim every campaign's rows)", () => {
    const values = campaignTemplateValues(convention, { code: "pendeln", startsOn: "2027-12-01" }, "Spurwerk");
    expect(campaignUtmPrefix({ ...convention, campaignTemplate: "{brand}_{product}_{campaign}" }, values)).toBe("");
    expect(campaignUtmPrefix({ ...convention, campaignTemplate: "{brand}_{season}{year}_{product}" }, values)).toBe("");
    expect(campaignUtmPrefix({ ...convention, campaignTemplate: "{campaign}" }, values)).toBe("pendeln");
  });
});

describe("allowedValuePattern", () => {
  it("holds exactly the convention's characters, whichever separator it uses", () => {
    const dashed = { ...convention, separator: "-" as const };
    expect(["a-b", "a_b"].map((value) => allowedValuePattern(dashed).test(value))).toEqual([true, true]);
    // The dot class must not turn ".-_" into a range that lets capitals and ":" through.
    expect(["ABC", "a:b", "a.b"].map((value) => allowedValuePattern(BUILT_IN_UTM_CONVENTION).test(value))).toEqual([false, false, true]);
    expect(["a-b", "a.b", "a_b"].map((value) => allowedValuePattern(convention).test(value))).toEqual([true, false, true]);
    expect(["a-b", "a_b"].map((value) => allowedValuePattern({ ...convention, allowedCharacters: "alphanumeric" }).test(value))).toEqual([false, true]);
  });
});

describe("readUtmConvention", () => {
  it("reads a stored convention and falls back to the built-in one for none or a malformed one", () => {
    expect(readUtmConvention(convention)).toEqual(convention);
    expect(readUtmConvention(null)).toBe(BUILT_IN_UTM_CONVENTION);
    expect(readUtmConvention({ campaignTemplate: 3 })).toBe(BUILT_IN_UTM_CONVENTION);
  });
});

describe("seasonOf", () => {
  it("maps months to meteorological seasons", () => {
    expect(["2027-01-10", "2027-04-10", "2027-07-10", "2027-10-10", "2027-12-10"].map(seasonOf)).toEqual(["winter", "spring", "summer", "autumn", "winter"]);
  });
});
