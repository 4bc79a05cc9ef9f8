import { describe, expect, it } from "vitest";
import { budgetMinorToText, parseBudgetToMinor } from "./budget";

describe("parseBudgetToMinor", () => {
  it("reads whole and decimal amounts in either notation, exactly", () => {
    expect(parseBudgetToMinor("1500", "EUR")).toEqual({ ok: true, minor: 150_000 });
    expect(parseBudgetToMinor("1500.5", "EUR")).toEqual({ ok: true, minor: 150_050 });
    expect(parseBudgetToMinor("1,500.50", "EUR")).toEqual({ ok: true, minor: 150_050 });
    expect(parseBudgetToMinor("1.500,50", "EUR")).toEqual({ ok: true, minor: 150_050 });
    expect(parseBudgetToMinor("1 500", "EUR")).toEqual({ ok: true, minor: 150_000 });
    // Three digits after the mark are grouping, not cents.
    expect(parseBudgetToMinor("1,500", "EUR")).toEqual({ ok: true, minor: 150_000 });
    expect(parseBudgetToMinor("0.10", "EUR")).toEqual({ ok: true, minor: 10 });
  });

  it("uses the currency's minor digits", () => {
    expect(parseBudgetToMinor("1500", "JPY")).toEqual({ ok: true, minor: 1500 });
    expect(parseBudgetToMinor("1.5", "BHD")).toEqual({ ok: true, minor: 1500 });
  });

  it("reads an empty field as no budget", () => {
    expect(parseBudgetToMinor("  ", "EUR")).toEqual({ ok: true, minor: null });
  });

  it("refuses negative amounts, words and unknown currencies with a sentence", () => {
    expect(parseBudgetToMinor("-5", "EUR")).toEqual({ ok: false, message: "The budget cannot be negative." });
    expect(parseBudgetToMinor("lots", "EUR")).toMatchObject({ ok: false, message: expect.stringContaining("is not an amount") });
    expect(parseBudgetToMinor("10", "XYZ")).toMatchObject({ ok: false, message: "“XYZ” is not an ISO 4217 currency code." });
  });
});

describe("budgetMinorToText", () => {
  it("writes minor units back so they parse to the same amount", () => {
    for (const [minor, currency] of [[150_050, "EUR"], [7, "EUR"], [1500, "JPY"], [1500, "BHD"]] as const) {
      const text = budgetMinorToText(minor, currency);
      expect(parseBudgetToMinor(text, currency)).toEqual({ ok: true, minor });
    }
    expect(budgetMinorToText(150_050, "EUR")).toBe("1500.50");
    expect(budgetMinorToText(null, "EUR")).toBe("");
  });
});
