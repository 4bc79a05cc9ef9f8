import { describe, expect, it } from "vitest";
import { extractNumbers, numbersMatch, readingsOf } from "./numbers";

const only = (text: string) => {
  const numbers = extractNumbers(text);
  expect(numbers).toHaveLength(1);
  return numbers[0]!;
};
const match = (a: string, b: string) => numbersMatch(only(a), only(b));

describe("extractNumbers", () => {
  it("reads German and English prices as the same amount", () => {
    for (const price of ["1.299,00 €", "1299,00 EUR", "€1,299.00", "EUR 1.299", "1.299,- €", "1299 Euro"]) {
      expect(only(price)).toMatchObject({ unit: "EUR" });
      expect(only(price).readings).toContain("1299");
    }
  });
  it("keeps the raw text including a recognised unit", () => {
    expect(extractNumbers("Nur 1.299,00 € statt 1.499 € und 2026 Jacken").map((number) => number.raw)).toEqual(["1.299,00 €", "1.499 €", "2026"]);
  });
  it("normalises percentages and measurements", () => {
    expect(only("20 %")).toMatchObject({ readings: ["20"], unit: "%" });
    expect(only("20 Prozent")).toMatchObject({ readings: ["20"], unit: "%" });
    expect(only("3,5 kg")).toMatchObject({ readings: ["3.5"], unit: "kg" });
    expect(only("3.5kg")).toMatchObject({ readings: ["3.5"], unit: "kg" });
  });
  it("skips digits inside codes and URLs", () => {
    expect(extractNumbers("CO2-neutral, H2O, B2B, www.shop.example/sale-2026")).toEqual([]);
  });
  it("finds each number of a range", () => {
    expect(extractNumbers("10–20 %").map((number) => number.readings[0])).toEqual(["10", "20"]);
  });
});

describe("readingsOf", () => {
  it("keeps both readings of an ambiguous single separator before three digits", () => {
    expect(readingsOf("1.299")).toEqual(["1299", "1.299"]);
    expect(readingsOf("1,299")).toEqual(["1299", "1.299"]);
  });
  it("reads a separator before one, two or four digits as a decimal mark", () => {
    expect(readingsOf("3,5")).toEqual(["3.5"]);
    expect(readingsOf("12.50")).toEqual(["12.5"]);
    expect(readingsOf("12.3456")).toEqual(["12.3456"]);
  });
  it("reads mixed separators by position", () => {
    expect(readingsOf("1.299,00")).toEqual(["1299"]);
    expect(readingsOf("1,299.00")).toEqual(["1299"]);
    expect(readingsOf("1.000.000,50")).toEqual(["1000000.5"]);
  });
  it("reads repeated separators as thousands grouping", () => {
    expect(readingsOf("1.299.000")).toEqual(["1299000"]);
    expect(readingsOf("1\u202F299")).toEqual(["1299"]);
  });
});

describe("numbersMatch", () => {
  it("matches German and English spellings of one price", () => {
    expect(match("1.299,00 €", "€1,299.00")).toBe(true);
    expect(match("1299,00 EUR", "1.299 €")).toBe(true);
  });
  it("matches percent with and without a space, and decimal comma with decimal point", () => {
    expect(match("20 %", "20%")).toBe(true);
    expect(match("3,5 kg", "3.5 kg")).toBe(true);
  });
  it("accepts a match under either reading of an ambiguous number", () => {
    expect(match("1.299", "1299")).toBe(true);
    expect(match("1,299 kg", "1.299 kg")).toBe(true);
  });
  it("rejects different values and conflicting units", () => {
    expect(match("1.299 €", "1.399 €")).toBe(false);
    expect(match("20 %", "20 kg")).toBe(false);
    expect(match("3,5 kg", "35 kg")).toBe(false);
  });
  it("treats a missing unit as no conflict", () => {
    expect(match("1.299 €", "Preis: 1299")).toBe(true);
  });
});

describe("extractNumbers: unit lookup", () => {
  it("ignores words after a number that are not units, even Object.prototype names", () => {
    expect(extractNumbers("5 constructor")).toEqual([{ raw: "5", index: 0, readings: ["5"], unit: null }]);
  });
});
