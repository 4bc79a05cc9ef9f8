import { describe, expect, it } from "vitest";
import { parseLocaleNumber, toMinorUnits, type NumberParse } from "./numbers";

const value = (parsed: NumberParse) => (parsed.kind === "number" ? parsed.value : parsed.kind);

describe("parseLocaleNumber", () => {
  it.each([
    ["1,234.56", ".", 1234.56],
    ["1.234,56", ",", 1234.56],
    ["1.234,56", ".", 1234.56], // both separators: the last one is decimal, whatever the hint
    ["1,234,567", ".", 1234567],
    ["1.234.567", ",", 1234567],
    ["12.5", ",", 12.5], // not three digits after the separator: decimal
    ["0,123", ".", 0.123], // leading zero: decimal
    ["1234,56", ".", 1234.56],
    ["987", ".", 987],
  ] as const)("reads %s (hint %s) as %d", (raw, hint, expected) => {
    expect(value(parseLocaleNumber(raw, hint))).toBe(expected);
  });

  it("resolves a lone separator before three digits by the export's locale", () => {
    expect(value(parseLocaleNumber("1,234", "."))).toBe(1234); // English: thousands
    expect(value(parseLocaleNumber("1,234", ","))).toBe(1.234); // German: decimal comma
    expect(value(parseLocaleNumber("1.234", ","))).toBe(1234); // German: thousands
    expect(value(parseLocaleNumber("1.234", "."))).toBe(1.234);
  });

  it("strips currency symbols, codes and grouping spaces", () => {
    expect(value(parseLocaleNumber("€1,234.56", "."))).toBe(1234.56);
    expect(value(parseLocaleNumber("1.234,56 €", ","))).toBe(1234.56);
    expect(value(parseLocaleNumber("1 234,56\u00a0EUR", ","))).toBe(1234.56);
    expect(value(parseLocaleNumber("US$12.00", "."))).toBe(12);
    expect(value(parseLocaleNumber("CHF 1'234.50", "."))).toBe(1234.5);
  });

  it("treats empty and -- as empty, which callers count as 0", () => {
    expect(parseLocaleNumber("", ".").kind).toBe("empty");
    expect(parseLocaleNumber("  --  ", ".").kind).toBe("empty");
  });

  it("recognises negatives, including accounting parentheses", () => {
    const parsed = parseLocaleNumber("(12.50)", ".");
    expect(parsed.kind === "number" && parsed.decimal.negative).toBe(true);
    expect(value(parseLocaleNumber("-€3", "."))).toBe(-3);
    expect(value(parseLocaleNumber("−7", "."))).toBe(-7); // U+2212 minus sign
  });

  it("rejects text, percentages and malformed grouping", () => {
    expect(parseLocaleNumber("abc", ".")).toEqual({ kind: "invalid", reason: "format" });
    expect(parseLocaleNumber("12abc", ".")).toEqual({ kind: "invalid", reason: "format" });
    expect(parseLocaleNumber("12 XYZ", ".")).toEqual({ kind: "invalid", reason: "format" }); // not a currency code
    expect(parseLocaleNumber("7.23%", ".")).toEqual({ kind: "invalid", reason: "percent" });
    expect(parseLocaleNumber("1.2.3", ".")).toEqual({ kind: "invalid", reason: "format" });
    expect(parseLocaleNumber("1,23.4", ".")).toEqual({ kind: "invalid", reason: "format" });
    expect(parseLocaleNumber("12.", ".")).toEqual({ kind: "invalid", reason: "format" });
  });
});

describe("toMinorUnits", () => {
  const minor = (raw: string, digits: number) => {
    const parsed = parseLocaleNumber(raw, ".");
    if (parsed.kind !== "number") throw new Error(`not a number: ${raw}`);
    return toMinorUnits(parsed.decimal, digits);
  };

  it("converts exactly, where float arithmetic would not", () => {
    expect(minor("1234.56", 2)).toBe(123_456);
    expect(minor("1234.565", 2)).toBe(123_457); // Math.round(1234.565 * 100) gives 123456
    expect(minor("0.1", 2)).toBe(10);
    expect(minor("19.999", 2)).toBe(2_000);
    expect(minor("1500", 0)).toBe(1_500); // JPY
    expect(minor("1.2345", 3)).toBe(1_235); // BHD
    expect(minor("-2.50", 2)).toBe(-250);
  });
});
