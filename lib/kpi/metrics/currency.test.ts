import { describe, expect, it } from "vitest";
import { currencyMinorDigits, isIsoCurrency, minorToMajor } from "./currency";

describe("currencies", () => {
  it("knows ISO 4217 codes and their minor units", () => {
    expect(isIsoCurrency("EUR")).toBe(true);
    expect(isIsoCurrency("eur")).toBe(false);
    expect(isIsoCurrency("EUX")).toBe(false);
    expect([currencyMinorDigits("EUR"), currencyMinorDigits("JPY"), currencyMinorDigits("BHD")]).toEqual([2, 0, 3]);
    expect(() => currencyMinorDigits("XYZ")).toThrow(RangeError);
    expect(minorToMajor(1_234, "EUR")).toBe(12.34);
    expect(minorToMajor(1_234, "JPY")).toBe(1_234);
  });
});
